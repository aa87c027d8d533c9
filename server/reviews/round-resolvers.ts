// Review rounds: planning, drawing, the sample, eliminations, assignments, verification and
// closing. Thin resolvers over the services (access rules: server/access/operations.ts).
import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { planReviewRound } from './plan-service';
import { createReviewRound } from './round-create';
import { closeReviewRound, listReviewRounds, readReviewRound } from './round-service';
import { sampleSize } from './sample-size-service';
import { eliminateSampledCase } from './elimination';
import { assignReviewer, reviewerCandidates } from './assignment';
import { verifyRound } from './verification';
import {
  eliminationsOf, eventsOf, frameOf, reviewOfSampled, sampleOf, sampledCaseOf, sampledCaseStatus, statusOf, stratumCases,
} from './round-fields';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}

export const roundResolvers: Resolvers = {
  Query: {
    reviewRounds: (_root, { scope }, ctx) => listReviewRounds(ctx, scope ?? null),
    reviewRound: (_root, { id }, ctx) => readReviewRound(ctx, id),
    reviewRoundPlan: (_root, { input }, ctx) => planReviewRound(ctx, input),
    sampleSize: (_root, { input }) => sampleSize(input),
    reviewerCandidates: (_root, _args, ctx) => reviewerCandidates(ctx),
  },
  Mutation: {
    createReviewRound: (_root, { input }, ctx) => createReviewRound(ctx, input),
    eliminateSampledCase: (_root, { input }, ctx) => eliminateSampledCase(ctx, input),
    assignReviewer: (_root, { input }, ctx) => assignReviewer(ctx, input),
    closeReviewRound: (_root, { id }, ctx) => closeReviewRound(ctx, id),
  },
  ReviewRound: {
    id: (r) => String(r.id),
    scope: (r, _args, ctx) => required(ctx.loaders.department.load(r.scopeId), `department ${r.scopeId} of review round ${r.id}`),
    status: (r, _args, ctx) => statusOf(ctx, r),
    createdAt: (r) => r.createdAt.toISOString(),
    createdBy: async (r, _args, ctx) => (await required(ctx.loaders.reviewerById.load(r.createdBy), `creator of review round ${r.id}`)).displayName,
    closedAt: (r) => r.closedAt?.toISOString() ?? null,
    frame: (r) => frameOf(r),
    stratification: (r) => apiEnum(r.stratification),
    allocationMethod: (r) => apiEnum(r.allocationMethod),
    checklist: (r, _args, ctx) => required(ctx.loaders.checklistByVersion.load(r.checklistVersion), `checklist version ${r.checklistVersion}`),
    strata: (r, _args, ctx) => ctx.loaders.roundStrata.load(r.id),
    sample: (r, _args, ctx) => sampleOf(ctx, r),
    eliminations: (r, _args, ctx) => eliminationsOf(ctx, r),
    progress: (r, _args, ctx) => ctx.loaders.roundProgress.load(r.id),
    verification: (r, _args, ctx) => verifyRound(ctx, r),
    events: (r, _args, ctx) => eventsOf(ctx, r),
  },
  Stratum: {
    key: (s) => s.stratumKey,
    department: (s, _args, ctx) => required(ctx.loaders.department.load(s.departmentId), `department ${s.departmentId}`),
    caseType: (s, _args, ctx) => (s.caseTypeId === null ? null : ctx.loaders.caseType.load(s.caseTypeId)),
    drawn: (s, _args, ctx) => stratumCases(ctx, s, 'drawn'),
    reserve: (s, _args, ctx) => stratumCases(ctx, s, 'reserve'),
  },
  SampledCase: {
    case: (c, _args, ctx) => sampledCaseOf(ctx, c),
    replaces: (c) => c.replacesCaseId,
    status: (c, _args, ctx) => sampledCaseStatus(ctx, c),
    review: (c, _args, ctx) => reviewOfSampled(ctx, c, 'first'),
    secondReview: (c, _args, ctx) => reviewOfSampled(ctx, c, 'second'),
  },
};
