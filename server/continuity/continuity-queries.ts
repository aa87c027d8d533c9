// Caseworker continuity of the cases decided in P (metrics.md, "Caseworker changes of a case",
// "Turnover-related change"), per scope and calendar month of the decision, from the per-case
// summary filled at import (./summary.ts). The as-of date only decides which cases are decided
// (decided_on ≤ A) and which employment ends are known (end_date ≤ A).
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { FigureQuery } from '../figures/figure-loader';
import type { DepartmentModel } from '../graphql/models';

/** How far (days, either side) an employment end may lie from a change to make it turnover-related. */
export const TURNOVER_WINDOW_DAYS = 30;

/**
 * `cases`: decided cases in the month with `changes` changes (null: no assignment up to the
 * decision); `related`: their turnover-related changes in the month (`changes` null, `value` the count).
 */
export interface ContinuityRow {
  scopeId: string; kind: 'cases' | 'related'; month: string; changes: number | null; value: number;
}

export function continuityRows(db: Database, q: FigureQuery): Promise<ContinuityRow[]> {
  const asOf = sql`${q.asOf}::date`;
  const scopes = sql`${sql.param([...q.scopes])}::text[]`;
  const decided = (alias: string) => sql`${sql.raw(alias)}.decided_on between ${q.period.from}::date and least(${q.period.to}::date, ${asOf})`;
  const window = sql.raw(String(TURNOVER_WINDOW_DAYS));
  return queryRows(db, sql`select cl.ancestor_id as "scopeId", 'cases' as kind, date_trunc('month', s.decided_on)::date::text as month,
      case when s.assignments > 0 then s.changes end as changes, count(*)::int as value
    from case_continuity s join department_closure cl on cl.descendant_id = s.department_id
    where cl.ancestor_id = any(${scopes}) and ${decided('s')}
    group by 1, 3, 4
    union all
    select cl.ancestor_id, 'related', date_trunc('month', ch.decided_on)::date::text, null, count(*)::int
    from case_changes ch join department_closure cl on cl.descendant_id = ch.department_id
    where cl.ancestor_id = any(${scopes}) and ${decided('ch')}
      and exists (select 1 from employments e where e.caseworker_id = ch.previous_caseworker_id and e.end_date <= ${asOf}
        and e.end_date between ch.changed_on - ${window} and ch.changed_on + ${window})
    group by 1, 3`);
}

/** Per scope and citizen with at least 3 contacts: the sums the continuity indices are made of. */
export interface CitizenSumsRow { scopeId: string; n: number; maxCount: number; sumSquares: number; samePairs: number }

/**
 * Contacts in P (and on or before A) on cases in the scope (received by A), pooled per citizen over
 * their cases, ordered by contact_on then caseworker_id; nⱼ per caseworker and the consecutive
 * pairs with the same caseworker. Contacts on one day with one caseworker are adjacent in any order.
 */
export function citizenContactSums(db: Database, q: FigureQuery): Promise<CitizenSumsRow[]> {
  const asOf = sql`${q.asOf}::date`;
  // The contact summary, one index-only range per department of the scopes (the lateral subquery
  // keeps PostgreSQL from scanning the whole period's contacts and joining them to their cases).
  const scopes = sql`${sql.param([...q.scopes])}::text[]`;
  return queryRows(db, sql`with k as materialized (select k.citizen_id, k.department_id, k.caseworker_id, k.contact_on
      from (select distinct descendant_id from department_closure where ancestor_id = any(${scopes})) d
      cross join lateral (select k.citizen_id, k.department_id, k.caseworker_id, k.contact_on from citizen_contacts k
        where k.department_id = d.descendant_id and k.contact_on between ${q.period.from}::date and least(${q.period.to}::date, ${asOf})
          and k.received_on <= ${asOf} offset 0) k)
    select j.scope_id as "scopeId", sum(j.nj)::int as n, max(j.nj)::int as "maxCount",
      sum(j.nj * j.nj)::int as "sumSquares", sum(j.same)::int as "samePairs"
    from (select s.scope_id, s.citizen_id, s.caseworker_id, count(*) as nj, count(*) filter (where s.previous = s.caseworker_id) as same
      from (select cl.ancestor_id as scope_id, k.citizen_id, k.caseworker_id,
          lag(k.caseworker_id) over (partition by cl.ancestor_id, k.citizen_id collate "C" order by k.contact_on, k.caseworker_id collate "C") as previous
        from k join department_closure cl on cl.descendant_id = k.department_id
        where cl.ancestor_id = any(${scopes})) s
      group by 1, 2, 3) j
    group by j.scope_id, j.citizen_id having sum(j.nj) >= 3`);
}

/** The leaf departments of each scope (the scope itself when it is a leaf), by name. */
export function leafDepartments(db: Database, scopes: readonly string[]): Promise<(DepartmentModel & { scopeId: string })[]> {
  return queryRows(db, sql`select cl.ancestor_id as "scopeId", d.department_id as id, d.name, d.parent_id as "parentId",
      (select max(a.depth) from department_closure a where a.descendant_id = d.department_id)::int as depth
    from department_closure cl join departments d on d.department_id = cl.descendant_id
    where cl.ancestor_id = any(${sql.param([...scopes])}::text[])
      and not exists (select 1 from departments child where child.parent_id = d.department_id)
    order by d.name, d.department_id, cl.ancestor_id`);
}
