// What the second-level draw reads: submitted first-level reviews of cases still in the sample that
// have not been drawn before (a SECOND_LEVEL_DRAWN event on the round's log marks a drawn case).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { reviewRounds, sampledCases } from '../db/review-schema';
import type { SampledCaseModel } from './models';

/** Locks the round row for the rest of the transaction, so two draws cannot pick the same cases. */
export async function lockRound(db: Executor, roundId: number): Promise<void> {
  await db.select({ id: reviewRounds.id }).from(reviewRounds).where(eq(reviewRounds.id, roundId)).for('update');
}

export async function casesEligibleForSecondLevel(db: Executor, roundId: number): Promise<string[]> {
  const rows = await queryRows<{ case_id: string }>(db, sql`
    select r.case_id from reviews r
    join sampled_cases sc on sc.round_id = r.round_id and sc.case_id = r.case_id and sc.eliminated_at is null
    where r.round_id = ${roundId} and r.level = 'first' and r.status = 'submitted'
      and not exists (select 1 from review_round_events e
        where e.round_id = r.round_id and e.case_id = r.case_id and e.kind = 'SECOND_LEVEL_DRAWN')`);
  return rows.map((row) => row.case_id);
}

/** The sampled-case rows of the given cases, in the order of `caseIds`. */
export async function sampledCasesInOrder(db: Executor, roundId: number, caseIds: readonly string[]): Promise<SampledCaseModel[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.select().from(sampledCases)
    .where(and(eq(sampledCases.roundId, roundId), inArray(sampledCases.caseId, [...caseIds])));
  const byCase = new Map(rows.map((row) => [row.caseId, row]));
  return caseIds.map((caseId) => byCase.get(caseId)!);
}
