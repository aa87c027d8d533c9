// What Verify reads: the stored frames and sample of a round, and the frame the data gives now
// compared with the stored one, in SQL (a million ids are compared where they are).
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { sampledCases } from '../db/review-schema';
import type { VerificationDifference, VerificationDifferenceKind } from '../graphql/generated';
import type { ReviewRoundModel } from './models';
import { frameRowsSql, frameSpecOf } from './frame-queries';
import type { StoredEntry, StoredStratum } from './verification-compare';

export async function stratumKeysOf(db: Executor, roundId: number): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(db, sql`select stratum_key as key from review_strata where round_id = ${roundId}`);
  return rows.map((r) => r.key);
}

/**
 * The round's stratum with its stored frame (verifyRound stores a waiting frame first). The ids
 * come as JSON: parsing a million-element text[] in the driver took a second, JSON.parse a tenth.
 */
export async function storedStratum(db: Executor, roundId: number, stratumKey: string): Promise<StoredStratum> {
  const rows = await queryRows<Omit<StoredStratum, 'frameCaseIds'> & { frameCaseIds: string[] | null }>(db, sql`select
      stratum_key as "stratumKey", allocated, to_json(frame_case_ids) as "frameCaseIds"
    from review_strata where round_id = ${roundId} and stratum_key = ${stratumKey}`);
  const [row] = rows;
  if (!row) throw new Error(`round ${roundId} has no stratum ${stratumKey}`);
  const { frameCaseIds, ...stratum } = row;
  if (frameCaseIds === null) throw new Error(`the frame of round ${roundId}, stratum ${stratumKey} is not stored yet`);
  return { ...stratum, frameCaseIds };
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
