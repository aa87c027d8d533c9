// The counts behind ReviewRound.results, aggregated in SQL for a batch of rounds: submitted
// first-level reviews of cases still in the sample, per stratum (and per checklist item).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';

const ids = (roundIds: readonly number[]) => sql`${sql.param([...roundIds])}::int[]`;

/** Reviews counted in the results (alias r, with the case's stratum in sc). */
const COUNTED_FROM = sql`
  from reviews r
  join sampled_cases sc on sc.round_id = r.round_id and sc.case_id = r.case_id and sc.eliminated_at is null`;
const COUNTED_WHERE = (roundIds: readonly number[]) =>
  sql`where r.level = 'first' and r.status = 'submitted' and r.round_id = any(${ids(roundIds)})`;

/** The latest earlier round of the same scope, by creation (ties by id). */
export function previousRounds(db: Executor, roundIds: readonly number[]): Promise<{ roundId: number; previousId: number | null }[]> {
  return queryRows(db, sql`
    select r.id as "roundId", (select p.id from review_rounds p
      where p.scope_id = r.scope_id and (p.created_at, p.id) < (r.created_at, r.id)
      order by p.created_at desc, p.id desc limit 1) as "previousId"
    from review_rounds r where r.id = any(${ids(roundIds)})`);
}

export interface RoundStratum { roundId: number; stratumKey: string; frameSize: number }

export function strataOfRounds(db: Executor, roundIds: readonly number[]): Promise<RoundStratum[]> {
  return queryRows(db, sql`
    select round_id as "roundId", stratum_key as "stratumKey", frame_size as "frameSize"
    from review_strata where round_id = any(${ids(roundIds)}) order by round_id, stratum_key`);
}

export interface ItemCounts { roundId: number; stratumKey: string; itemNumber: number; yes: number; no: number; notRelevant: number }

export function itemCounts(db: Executor, roundIds: readonly number[]): Promise<ItemCounts[]> {
  return queryRows(db, sql`
    select r.round_id as "roundId", sc.stratum_key as "stratumKey", (a ->> 'itemNumber')::int as "itemNumber",
      count(*) filter (where a ->> 'answer' = 'yes')::int as "yes",
      count(*) filter (where a ->> 'answer' = 'no')::int as "no",
      count(*) filter (where a ->> 'answer' = 'not_relevant')::int as "notRelevant"
    ${COUNTED_FROM}
    cross join lateral jsonb_array_elements(r.answers) a
    ${COUNTED_WHERE(roundIds)}
    group by 1, 2, 3`);
}

export interface CaseCounts {
  roundId: number; stratumKey: string; reviewed: number; inOrder: number; minor: number; significant: number;
  upheld: number; changed: number; remitted: number; mandatoryBreach: number;
}

/** Per stratum; a breach is a NO on any item whose rule type is mandatory_safeguard in the round's version. */
export function caseCounts(db: Executor, roundIds: readonly number[]): Promise<CaseCounts[]> {
  return queryRows(db, sql`
    with mandatory as (
      select rr.id as round_id, t.n::int as item_number
      from review_rounds rr
      join checklist_templates ct on ct.version = rr.checklist_version
      cross join lateral jsonb_array_elements(ct.items) with ordinality as t(item, n)
      where rr.id = any(${ids(roundIds)}) and t.item ->> 'ruleType' = 'mandatory_safeguard'
    )
    select r.round_id as "roundId", sc.stratum_key as "stratumKey", count(*)::int as "reviewed",
      count(*) filter (where r.overall = 'in_order')::int as "inOrder",
      count(*) filter (where r.overall = 'minor_deficiencies')::int as "minor",
      count(*) filter (where r.overall = 'significant_deficiencies')::int as "significant",
      count(*) filter (where r.decision = 'upheld')::int as "upheld",
      count(*) filter (where r.decision = 'changed')::int as "changed",
      count(*) filter (where r.decision = 'remitted')::int as "remitted",
      count(*) filter (where exists (
        select 1 from jsonb_array_elements(r.answers) a
        join mandatory m on m.round_id = r.round_id and m.item_number = (a ->> 'itemNumber')::int
        where a ->> 'answer' = 'no'))::int as "mandatoryBreach"
    ${COUNTED_FROM}
    ${COUNTED_WHERE(roundIds)}
    group by 1, 2`);
}
