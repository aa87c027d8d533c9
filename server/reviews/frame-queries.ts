// A round's frame in SQL (metrics.md, "Supervisory sampling"): the cases of the scope's subtree
// decided in P as known on A, or open on A, optionally of some case types, less the cases earlier
// rounds drew or took from a reserve; each case in the stratum of its own department (and type).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { openOnSql } from '../deadlines/case-view';
import type { FrameSpec } from './plan-input';
import type { ReviewRoundModel } from './models';

/**
 * Whose sampled cases leave the frame. Creating a round: every round there is. Verifying round R:
 * only what the earlier rounds had taken when R was created, i.e. rounds with a smaller id (ids
 * follow creation), and of their reserve cases only those that replaced a case eliminated before
 * R's `created_at`. Rounds created after R, and replacements made after it, did not shape R's frame,
 * so counting them would report R's own frame as changed when nothing in the data changed. Both
 * times are clock times taken under the lock round creation holds on sampled_cases, so "before"
 * means exactly "committed before R's frame was read".
 */
export type EarlierRounds = { kind: 'all' } | { kind: 'before'; roundId: number };

function earlierRoundsSql(earlier: EarlierRounds): SQL {
  const before = earlier.kind === 'all' ? sql`` : sql`and s.round_id < ${earlier.roundId}
    and (not s.from_reserve or exists (select 1 from sampled_cases e where e.round_id = s.round_id
      and e.case_id = s.replaces_case_id
      and e.eliminated_at < (select r.created_at from review_rounds r where r.id = ${earlier.roundId})))`;
  return sql`not exists (select 1 from sampled_cases s where s.case_id = c.case_id
    and (not s.from_reserve or s.replaces_case_id is not null) ${before})`;
}

/**
 * The frame's cases of the scope's subtree as known on A, as conditions on the stored case row `c`:
 * the as-of view's rules (server/deadlines/case-view.ts) — a case received after A does not exist;
 * decided means decided on or before A and never withdrawn (as `decidedView` and `decidedIn`); open
 * means neither decided nor closed on A (`openOnSql`, as the backlog). Written on the stored columns
 * rather than through `casesAsOf` because a frame needs no due dates: the view's deadline join and
 * per-department laterals made a million-case frame three times slower and kept PostgreSQL from
 * scanning in parallel.
 */
function scopeCasesSql(spec: FrameSpec): SQL {
  const asOf = sql`${spec.asOf}::date`;
  const when = spec.kind === 'decided_in_period'
    ? sql`c.decided_on between ${spec.period!.from}::date and ${spec.period!.to}::date and c.decided_on <= ${asOf}
        and c.outcome is distinct from 'withdrawn'`
    : openOnSql(asOf);
  return sql`department_closure cl join cases c on c.department_id = cl.descendant_id
    where cl.ancestor_id = ${spec.scopeId} and c.received_on <= ${asOf} and ${when}`;
}

/** A case's (`c`) stratum: its own department, or department and case type. */
export function stratumKeySql(spec: FrameSpec): SQL {
  return spec.stratification === 'department_and_case_type' ? sql`c.department_id || '/' || c.case_type_id` : sql`c.department_id`;
}

/**
 * Rows `case_id, department_id, case_type_id (null by department only), stratum_key` of the frame.
 * `extra` is one more condition on `c` and `cl` (the draw's hash prefilter).
 */
export function frameRowsSql(spec: FrameSpec, earlier: EarlierRounds, extra: SQL = sql`true`): SQL {
  const byType = spec.stratification === 'department_and_case_type';
  const types = spec.caseTypeIds.length === 0 ? sql`true` : sql`c.case_type_id = any(${sql.param(spec.caseTypeIds)}::text[])`;
  const excluded = spec.excludeEarlierRounds ? earlierRoundsSql(earlier) : sql`true`;
  return sql`(select c.case_id, c.department_id, ${byType ? sql`c.case_type_id` : sql`null::text`} as case_type_id,
      ${stratumKeySql(spec)} as stratum_key
    from ${scopeCasesSql(spec)} and ${types} and ${excluded} and ${extra})`;
}

export interface StratumFrame { key: string; departmentId: string; caseTypeId: string | null; frameSize: number }

/** Frame size per stratum, only strata present in the frame, by key in code-unit order. */
export function frameStrata(db: Executor, spec: FrameSpec, earlier: EarlierRounds): Promise<StratumFrame[]> {
  return queryRows<StratumFrame>(db, sql`select f.stratum_key as key, f.department_id as "departmentId",
      f.case_type_id as "caseTypeId", count(*)::int as "frameSize"
    from ${frameRowsSql(spec, earlier)} f group by 1, 2, 3 order by f.stratum_key collate "C"`);
}

/**
 * Stores the round's strata with their sizes and allocations, and the round's frame size. Their frames
 * (case ids) are stored afterwards, by `storeFrameIds` (see frame-store.ts); until then they are null.
 */
export async function insertStrata(db: Executor, roundId: number, strata: readonly (StratumFrame & { allocated: number })[]): Promise<void> {
  const column = <K extends keyof (StratumFrame & { allocated: number })>(key: K) => sql.param(strata.map((s) => s[key]));
  await db.execute(sql`insert into review_strata (round_id, stratum_key, department_id, case_type_id, frame_size, allocated)
    select ${roundId}, t.key, t.department_id, t.case_type_id, t.frame_size, t.allocated
    from unnest(${column('key')}::text[], ${column('departmentId')}::text[], ${column('caseTypeId')}::text[],
      ${column('frameSize')}::int[], ${column('allocated')}::int[]) t(key, department_id, case_type_id, frame_size, allocated)`);
  await db.execute(sql`update review_rounds set frame_size = ${strata.reduce((sum, x) => sum + x.frameSize, 0)} where id = ${roundId}`);
}

/**
 * Stores the frame of each of the round's strata not stored yet: the case ids the data gives for the
 * round's definition, as Verify recomputes it (earlier rounds as they stood when it was created), in
 * no particular order (a re-draw orders them by hash anyway). Built in SQL, so a million ids never
 * travel through the server. A stratum the data no longer holds gets an empty frame. Returns, per
 * stratum stored, its size at creation and how many ids were stored.
 */
export async function storeFrameIds(db: Executor, round: ReviewRoundModel): Promise<{ key: string; frameSize: number; stored: number }[]> {
  const rows = await queryRows<{ key: string; frameSize: number; stored: number }>(db, sql`update review_strata s set frame_case_ids = f.ids
    from (select f.stratum_key, array_agg(f.case_id) as ids
      from ${frameRowsSql(frameSpecOf(round), { kind: 'before', roundId: round.id })} f group by f.stratum_key) f
    where s.round_id = ${round.id} and s.stratum_key = f.stratum_key and s.frame_case_ids is null
    returning s.stratum_key as key, s.frame_size as "frameSize", cardinality(s.frame_case_ids) as stored`);
  const emptied = await queryRows<{ key: string; frameSize: number; stored: number }>(db, sql`update review_strata
    set frame_case_ids = '{}' where round_id = ${round.id} and frame_case_ids is null
    returning stratum_key as key, frame_size as "frameSize", 0 as stored`);
  return [...rows, ...emptied];
}

/** The frame a stored round describes (kind, period, as-of date, case types, exclusion, strata). */
export function frameSpecOf(round: ReviewRoundModel): FrameSpec {
  return {
    scopeId: round.scopeId, kind: round.frameKind,
    period: round.periodFrom && round.periodTo ? { from: round.periodFrom, to: round.periodTo } : null,
    asOf: round.asOf, caseTypeIds: round.caseTypeIds, excludeEarlierRounds: round.excludeEarlierRounds,
    stratification: round.stratification,
  };
}
