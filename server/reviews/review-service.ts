// Reading reviews: a review is the reviewer's own, or readable by whoever may run its round. A review
// is case-level data (the case, the reviewer's findings), so every read is access-logged first.
import type { RequestContext } from '../graphql/context';
import { apiEnum, type CaseModel } from '../graphql/models';
import type { ReviewerCandidate, Role } from '../graphql/generated';
import { loadAll } from '../graphql/batch';
import { purposeRequired } from '../access-log/service';
import type { ChecklistTemplateModel, ReviewModel, ReviewRoundModel } from './models';
import { mayRunRoundsIn } from './round-access';
import { openReviewsOf, reviewById } from './review-queries';
import { parseSerialId } from './review-input';

/**
 * A mutation that returns case-level data checks for a stated purpose before it writes, so a caller
 * without the header is refused before anything changes (and a retry cannot write twice).
 */
export function requirePurpose(ctx: RequestContext): void {
  if (!ctx.guard.purpose) throw purposeRequired();
}

/** Logs the read of these cases (one log row, with their citizens) before any of them is returned. */
export async function recordCaseRead(ctx: RequestContext, operation: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const caseIds = [...new Set(ids)];
  const cases = (await loadAll(ctx.loaders.case, caseIds)).filter((c): c is CaseModel => c !== null);
  await ctx.recordRead({ operation, caseIds, citizenPseudonyms: cases.map((c) => c.citizenPseudonym) });
}

export function recordReviewRead(ctx: RequestContext, operation: string, rows: readonly ReviewModel[]): Promise<void> {
  return recordCaseRead(ctx, operation, rows.map((r) => r.caseId));
}

export async function roundOfReview(ctx: RequestContext, review: ReviewModel): Promise<ReviewRoundModel> {
  const round = await ctx.loaders.reviewRoundById.load(review.roundId);
  if (!round) throw new Error(`review ${review.id} has no round ${review.roundId}`);
  return round;
}

/** The reviewer themself, or a director or manager who may run the round. */
export async function mayReadReview(ctx: RequestContext, review: ReviewModel): Promise<boolean> {
  const viewer = ctx.guard.signedIn();
  if (review.reviewerId === viewer.userId) return true;
  return mayRunRoundsIn(ctx, (await roundOfReview(ctx, review)).scopeId);
}

/** Null when unknown or not the viewer's to read (no hint which). */
export async function readReview(ctx: RequestContext, rawId: string): Promise<ReviewModel | null> {
  const review = await reviewById(ctx.db, parseSerialId(rawId, 'id', 'review'));
  if (!review || !(await mayReadReview(ctx, review))) return null;
  await recordReviewRead(ctx, 'Query.review', [review]);
  return review;
}

export async function myReviews(ctx: RequestContext): Promise<ReviewModel[]> {
  const rows = await openReviewsOf(ctx.db, ctx.guard.signedIn().userId);
  await recordReviewRead(ctx, 'Query.myReviews', rows);
  return rows;
}

/** The reviewed case; a case gone from the data since the round was drawn is an error, not a null. */
export async function caseOfReview(ctx: RequestContext, review: ReviewModel): Promise<CaseModel> {
  const found = await ctx.loaders.case.load(review.caseId);
  if (!found) throw new Error(`case ${review.caseId} of review ${review.id} is no longer in the data`);
  return found;
}

export async function checklistOfRound(ctx: RequestContext, round: ReviewRoundModel): Promise<ChecklistTemplateModel> {
  const template = await ctx.loaders.checklistByVersion.load(round.checklistVersion);
  if (!template) throw new Error(`checklist version ${round.checklistVersion} of round ${round.id} is missing`);
  return template;
}

export async function reviewerOf(ctx: RequestContext, review: ReviewModel): Promise<ReviewerCandidate> {
  const user = await ctx.loaders.reviewerById.load(review.reviewerId);
  if (!user) throw new Error(`reviewer ${review.reviewerId} of review ${review.id} is missing`);
  return { username: user.username, displayName: user.displayName, role: apiEnum<Role>(user.role) };
}
