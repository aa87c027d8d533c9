// The review form, second-level review, results, follow-up and checklist templates: thin resolvers
// that parse arguments and call the services (access rules: server/access/operations.ts).
import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { checklistTemplates, publishChecklistTemplate } from './checklist-service';
import { caseOfReview, checklistOfRound, myReviews, readReview, reviewerOf, roundOfReview } from './review-service';
import { reopenReview, saveReviewDraft, submitReview } from './review-mutations';
import { drawSecondReviews } from './second-level-service';
import { addFollowUpAction, updateFollowUpAction } from './follow-up-service';
import { answersForApi } from './review-form';

export const reviewResolvers: Resolvers = {
  Query: {
    checklistTemplates: (_root, _args, ctx) => checklistTemplates(ctx),
    myReviews: (_root, _args, ctx) => myReviews(ctx),
    review: (_root, { id }, ctx) => readReview(ctx, id),
  },
  Mutation: {
    saveReviewDraft: (_root, { input }, ctx) => saveReviewDraft(ctx, input),
    submitReview: (_root, { input }, ctx) => submitReview(ctx, input),
    reopenReview: (_root, { id, reason }, ctx) => reopenReview(ctx, id, reason),
    drawSecondReviews: (_root, { roundId, share }, ctx) => drawSecondReviews(ctx, roundId, share),
    addFollowUpAction: (_root, { input }, ctx) => addFollowUpAction(ctx, input),
    updateFollowUpAction: (_root, { input }, ctx) => updateFollowUpAction(ctx, input),
    publishChecklistTemplate: (_root, { input }, ctx) => publishChecklistTemplate(ctx, input),
  },
  ReviewRound: {
    results: (round, _args, ctx) => ctx.loaders.roundResults.load(round.id),
    agreement: (round, _args, ctx) => ctx.loaders.roundAgreement.load(round.id),
    actions: (round, _args, ctx) => ctx.loaders.roundActions.load(round.id),
  },
  Review: {
    id: (r) => String(r.id),
    roundId: (r) => String(r.roundId),
    roundName: async (r, _args, ctx) => (await roundOfReview(ctx, r)).name,
    case: (r, _args, ctx) => caseOfReview(ctx, r),
    level: (r) => apiEnum(r.level),
    reviewer: (r, _args, ctx) => reviewerOf(ctx, r),
    status: (r) => apiEnum(r.status),
    checklist: async (r, _args, ctx) => checklistOfRound(ctx, await roundOfReview(ctx, r)),
    answers: async (r, _args, ctx) => answersForApi(r.answers, (await checklistOfRound(ctx, await roundOfReview(ctx, r))).items.length),
    overall: (r) => apiEnum(r.overall),
    decision: (r) => apiEnum(r.decision),
  },
  ChecklistItem: {
    ruleType: (item) => apiEnum(item.ruleType),
  },
  FollowUpAction: {
    id: (a) => String(a.id),
    roundId: (a) => String(a.roundId),
    status: (a) => apiEnum(a.status),
  },
};
