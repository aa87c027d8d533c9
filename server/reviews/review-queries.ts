// Reviews as stored, and what their fields need (rounds, reviewers), by id in batches.
import { and, asc, desc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { users } from '../db/access-schema';
import { reviewRounds, reviews, sampledCases } from '../db/review-schema';
import type { ItemAnswerRow, ReviewModel, ReviewRoundModel } from './models';

export async function reviewById(db: Executor, id: number): Promise<ReviewModel | null> {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id));
  return row ?? null;
}

/** The user's reviews in rounds that are not closed: newest round first, then case order. */
export async function openReviewsOf(db: Executor, userId: number): Promise<ReviewModel[]> {
  const rows = await db.select({ review: reviews }).from(reviews)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviews.roundId))
    .where(and(eq(reviews.reviewerId, userId), isNull(reviewRounds.closedAt)))
    .orderBy(desc(reviewRounds.createdAt), desc(reviewRounds.id), asc(reviews.caseId), asc(reviews.level));
  return rows.map((row) => row.review);
}

export function roundsByIds(db: Executor, ids: readonly number[]): Promise<ReviewRoundModel[]> {
  return db.select().from(reviewRounds).where(inArray(reviewRounds.id, [...ids]));
}

export interface ReviewerRow { id: number; username: string; displayName: string; role: string }

export function reviewersByIds(db: Executor, ids: readonly number[]): Promise<ReviewerRow[]> {
  return db.select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role })
    .from(users).where(inArray(users.id, [...ids]));
}

export interface ReviewContent {
  answers: ItemAnswerRow[];
  overall: ReviewModel['overall'];
  decision: ReviewModel['decision'];
  note: string | null;
}

/**
 * Writes a draft, or submits it. Deliberately not filtered on status: if the review was submitted
 * meanwhile, the database trigger refuses the write (see lockedReviewError) instead of a silent no-op.
 */
export async function writeReview(db: Executor, id: number, content: ReviewContent, submit: boolean): Promise<ReviewModel> {
  const now = new Date();
  const [row] = await db.update(reviews).set({
    ...content, savedAt: now, ...(submit ? { status: 'submitted' as const, submittedAt: now } : {}),
  }).where(eq(reviews.id, id)).returning();
  return row!;
}

/** Back to draft with the content unchanged (the only change the trigger allows a submitted review). */
export async function reopenReviewRow(db: Executor, id: number): Promise<ReviewModel> {
  const [row] = await db.update(reviews).set({ status: 'draft', submittedAt: null }).where(eq(reviews.id, id)).returning();
  return row!;
}

/** True while the case is in the round's sample (drawn or a used reserve case, and not eliminated). */
export async function inSampleNow(db: Executor, roundId: number, caseId: string): Promise<boolean> {
  const [row] = await db.select({ caseId: sampledCases.caseId }).from(sampledCases).where(and(
    eq(sampledCases.roundId, roundId), eq(sampledCases.caseId, caseId), isNull(sampledCases.eliminatedAt),
    or(eq(sampledCases.fromReserve, false), isNotNull(sampledCases.replacesCaseId)),
  ));
  return row !== undefined;
}
