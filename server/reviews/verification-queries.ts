// What Verify reads: the stored frames and sample of a round, and the frame the data gives now
// compared with the stored one, in SQL (a million ids are compared where they are).
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { reviewStrata, sampledCases } from '../db/review-schema';
import type { VerificationDifference, VerificationDifferenceKind } from '../graphql/generated';
import type { ReviewRoundModel } from './models';
import { frameRowsSql, frameSpecOf } from './frame-queries';
import type { StoredEntry, StoredStratum } from './verification-compare';

/** The round's strata with their stored frames (verifyRound stores a waiting frame first). */
export async function storedStrata(db: Executor, roundId: number): Promise<StoredStratum[]> {
  const rows = await db.select({ stratumKey: reviewStrata.stratumKey, allocated: reviewStrata.allocated, frameCaseIds: reviewStrata.frameCaseIds })
    .from(reviewStrata).where(eq(reviewStrata.roundId, roundId));
  return rows.map(({ frameCaseIds, ...stratum }) => {
    if (frameCaseIds === null) throw new Error(`the frame of round ${roundId}, stratum ${stratum.stratumKey} is not stored yet`);
    return { ...stratum, frameCaseIds };
  });
}

/** Every drawn and reserve entry as stored (whatever happened to it since). */
export function storedEntries(db: Executor, roundId: number): Promise<StoredEntry[]> {
  return db.select({
    stratumKey: sampledCases.stratumKey, position: sampledCases.position, caseId: sampledCases.caseId, fromReserve: sampledCases.fromReserve,
  }).from(sampledCases).where(eq(sampledCases.roundId, roundId)).orderBy(asc(sampledCases.stratumKey), asc(sampledCases.position));
}

export interface FrameComparison { total: number; differences: VerificationDifference[] }

/**
 * The frame recomputed from the data now, as the round was defined (earlier rounds as they stood
 * when it was created: see EarlierRounds), against the stored frame, by (stratum, case): a case
 * that moved to another stratum is removed from one and added to the other. The exact count and
 * the first `limit` differences by stratum and case.
 */
export async function frameDifferences(db: Executor, round: ReviewRoundModel, limit: number): Promise<FrameComparison> {
  const rows = await queryRows<{ total: number; kind: VerificationDifferenceKind | null; stratumKey: string; caseId: string }>(db, sql`
    with now_frame as (select f.stratum_key, f.case_id from ${frameRowsSql(frameSpecOf(round), { kind: 'before', roundId: round.id })} f),
    stored as (select s.stratum_key, u.case_id from review_strata s cross join unnest(s.frame_case_ids) u(case_id)
      where s.round_id = ${round.id}),
    diff as (select coalesce(n.stratum_key, s.stratum_key) as stratum_key, coalesce(n.case_id, s.case_id) as case_id,
        case when s.case_id is null then 'ADDED_TO_FRAME' else 'REMOVED_FROM_FRAME' end as kind
      from now_frame n full join stored s on s.stratum_key = n.stratum_key and s.case_id = n.case_id
      where n.case_id is null or s.case_id is null)
    select t.total, d.kind, d.stratum_key as "stratumKey", d.case_id as "caseId"
    from (select count(*)::int as total from diff) t
    left join lateral (select * from diff order by stratum_key collate "C", case_id collate "C" limit ${limit}) d on true
    order by d.stratum_key collate "C", d.case_id collate "C"`);
  return {
    total: rows[0]?.total ?? 0,
    differences: rows.filter((r) => r.kind !== null).map((r) => ({ kind: r.kind!, stratumKey: r.stratumKey, caseId: r.caseId })),
  };
}
