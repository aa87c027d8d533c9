// What an elimination reads and writes: the case's first-level review, the stratum's reserve, and
// the rows that record the elimination and the replacement.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { reviews, sampledCases } from '../db/review-schema';
import type { SampledCaseModel } from './models';

export type EliminationReasonRow = NonNullable<SampledCaseModel['eliminationReason']>;

/** The stratum's reserve in hash order, each with the case it replaces (null while unused). */
export function reserveOf(db: Executor, roundId: number, stratumKey: string): Promise<{ caseId: string; replacesCaseId: string | null }[]> {
  return db.select({ caseId: sampledCases.caseId, replacesCaseId: sampledCases.replacesCaseId }).from(sampledCases)
    .where(and(eq(sampledCases.roundId, roundId), eq(sampledCases.stratumKey, stratumKey), eq(sampledCases.fromReserve, true)))
    .orderBy(asc(sampledCases.position));
}

export async function firstLevelStatus(db: Executor, roundId: number, caseId: string): Promise<'draft' | 'submitted' | null> {
  const [row] = await db.select({ status: reviews.status }).from(reviews)
    .where(and(eq(reviews.roundId, roundId), eq(reviews.caseId, caseId), eq(reviews.level, 'first')));
  return row?.status ?? null;
}

export interface EliminationWrite {
  roundId: number; caseId: string; reason: EliminationReasonRow; note: string | null; userId: number; replacementCaseId: string | null;
}

/**
 * Marks the case eliminated, puts the replacement (if any) in its place, and removes unsubmitted
 * reviews of the eliminated case: the case left the sample, so nobody should go on reviewing it.
 * Returns when it happened.
 */
export async function writeElimination(db: Executor, w: EliminationWrite): Promise<Date> {
  const [row] = await db.update(sampledCases).set({
    // When the row is written (after any round creation holding sampled_cases has committed), so
    // Verify can tell whether a round created meanwhile saw the replacement (frame-queries.ts).
    eliminatedAt: sql`clock_timestamp()`, eliminationReason: w.reason, eliminationNote: w.note, eliminatedBy: w.userId,
  }).where(and(eq(sampledCases.roundId, w.roundId), eq(sampledCases.caseId, w.caseId))).returning({ at: sampledCases.eliminatedAt });
  if (w.replacementCaseId !== null) {
    await db.update(sampledCases).set({ replacesCaseId: w.caseId })
      .where(and(eq(sampledCases.roundId, w.roundId), eq(sampledCases.caseId, w.replacementCaseId)));
  }
  await db.delete(reviews).where(and(eq(reviews.roundId, w.roundId), eq(reviews.caseId, w.caseId), eq(reviews.status, 'draft')));
  return row!.at!;
}
