// Filling in, submitting and reopening a review. Checks first, then one write (and its round event)
// in one transaction; the access log has the read before the review is returned.
import type { RequestContext } from '../graphql/context';
import type { ReviewDraftInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import { forbidden } from '../access/errors';
import type { ChecklistTemplateModel, ReviewModel, ReviewRoundModel } from './models';
import { runnableRound } from './round-access';
import { recordRoundEvents } from './events';
import { parseSerialId, requireText } from './review-input';
import { checkSubmittable, draftAnswers, reviewNote } from './review-form';
import { inSampleNow, reopenReviewRow, reviewById, writeReview, type ReviewContent } from './review-queries';
import { checklistOfRound, mayReadReview, recordReviewRead, roundOfReview } from './review-service';
import { lockedReview, mapLockedReview } from './review-errors';

export const MAX_REOPEN_REASON = 500;

interface OwnDraft { review: ReviewModel; round: ReviewRoundModel; template: ChecklistTemplateModel }

/** The viewer's own review, still a draft, in an open round, of a case still in the sample. */
async function ownDraft(ctx: RequestContext, rawId: string, operation: string): Promise<OwnDraft> {
  const viewer = ctx.guard.signedIn();
  const id = parseSerialId(rawId, 'input.reviewId', 'review');
  const review = await reviewById(ctx.db, id);
  if (!review || review.reviewerId !== viewer.userId) {
    if (review && (await mayReadReview(ctx, review))) throw forbidden(`${operation}: only the assigned reviewer may fill in review ${id}`);
    throw badInput('input.reviewId', `review ${id} does not exist or is not assigned to you`);
  }
  const round = await roundOfReview(ctx, review);
  if (round.closedAt) throw badInput('input.reviewId', `review round ${round.id} is closed; its reviews can no longer be changed`);
  if (review.status === 'submitted') throw lockedReview('input.reviewId', id);
  if (!(await inSampleNow(ctx.db, round.id, review.caseId))) {
    throw badInput('input.reviewId', `case ${review.caseId} was eliminated from round ${round.id}; its review cannot be changed`);
  }
  return { review, round, template: await checklistOfRound(ctx, round) };
}

function content(input: ReviewDraftInput, template: ChecklistTemplateModel): ReviewContent {
  return {
    answers: draftAnswers(input.answers, template.items.length, template.version),
    overall: input.overall ? (input.overall.toLowerCase() as ReviewContent['overall']) : null,
    decision: input.decision ? (input.decision.toLowerCase() as ReviewContent['decision']) : null,
    note: reviewNote(input),
  };
}

/** Autosave: partial answers are fine. */
export async function saveReviewDraft(ctx: RequestContext, input: ReviewDraftInput): Promise<ReviewModel> {
  const { review, template } = await ownDraft(ctx, input.reviewId, 'Mutation.saveReviewDraft');
  const draft = content(input, template);
  await recordReviewRead(ctx, 'Mutation.saveReviewDraft', [review]);
  return mapLockedReview('input.reviewId', review.id, () => writeReview(ctx.db, review.id, draft, false));
}

export async function submitReview(ctx: RequestContext, input: ReviewDraftInput): Promise<ReviewModel> {
  const { review, template } = await ownDraft(ctx, input.reviewId, 'Mutation.submitReview');
  const final = content(input, template);
  checkSubmittable(final.answers, template.items.length, input);
  await recordReviewRead(ctx, 'Mutation.submitReview', [review]);
  const userId = ctx.guard.signedIn().userId;
  return mapLockedReview('input.reviewId', review.id, () => ctx.db.transaction(async (tx) => {
    const submitted = await writeReview(tx, review.id, final, true);
    await recordRoundEvents(tx, [{
      roundId: review.roundId, userId, kind: 'REVIEW_SUBMITTED', caseId: review.caseId, detail: { reviewId: review.id, level: review.level },
    }]);
    return submitted;
  }));
}

/** Director or manager who may run the round; the reason goes to the round's log. */
export async function reopenReview(ctx: RequestContext, rawId: string, rawReason: string): Promise<ReviewModel> {
  const id = parseSerialId(rawId, 'id', 'review');
  const review = await reviewById(ctx.db, id);
  if (!review || !(await mayReadReview(ctx, review))) throw badInput('id', `review ${id} does not exist or is not yours to reopen`);
  await runnableRound(ctx, review.roundId, 'Mutation.reopenReview');
  if (review.status !== 'submitted') throw badInput('id', `review ${id} is a draft; only a submitted review can be reopened`);
  const reason = requireText('reason', rawReason, MAX_REOPEN_REASON);
  await recordReviewRead(ctx, 'Mutation.reopenReview', [review]);
  const userId = ctx.guard.signedIn().userId;
  return ctx.db.transaction(async (tx) => {
    const reopened = await reopenReviewRow(tx, id);
    await recordRoundEvents(tx, [{
      roundId: review.roundId, userId, kind: 'REVIEW_REOPENED', caseId: review.caseId, detail: { reviewId: id, level: review.level, reason },
    }]);
    return reopened;
  });
}
