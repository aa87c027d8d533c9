// Employment figures of several scopes at once (metrics.md, "Staff turnover"), per calendar month
// of P cut to P: every part of the API (the period, its months and quarters, department-quarters)
// is a sum of months, so one grouped query serves them all. Rows are tagged with `scopeId` (a scope
// includes its subtree through department_closure), like the deadline figures.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { FigureQuery } from '../figures/figure-loader';

/** The days a restart in the scope may follow an end and still be a move inside the scope. */
export const MOVE_WITHIN_DAYS = 7;

/**
 * `days`: person-days employed in the month part (a person counts once a day); `leavers`: ends
 * in the part by end reason, moves inside the scope left out; `asOf`: the headcount on A.
 */
export interface StaffRow {
  scopeId: string; kind: 'days' | 'leavers' | 'asOf'; month: string | null; reason: string | null; value: number;
}

/**
 * The employment periods of the scopes as known on A: periods starting after A do not exist, an
 * end after A is empty (and so is its reason). `stop` is the end, or 'infinity' while employed.
 */
export function employmentsAsOf(q: Pick<FigureQuery, 'scopes' | 'asOf'>): SQL {
  const asOf = sql`${q.asOf}::date`;
  return sql`(select cl.ancestor_id as scope_id, e.caseworker_id, e.start_date,
      case when e.end_date <= ${asOf} then e.end_date end as end_date,
      case when e.end_date <= ${asOf} then e.end_reason::text end as end_reason,
      case when e.end_date <= ${asOf} then e.end_date else 'infinity'::date end as stop
    from employments e join department_closure cl on cl.descendant_id = e.department_id
    where cl.ancestor_id = any(${sql.param([...q.scopes])}::text[]) and e.start_date <= ${asOf})`;
}

/** The calendar months of P cut to P: `month` (first day), `p_from`, `p_to`. */
export function monthPartsSql(from: string, to: string): SQL {
  return sql`(select m::date as month, greatest(m::date, ${from}::date) as p_from,
      least((m + interval '1 month')::date - 1, ${to}::date) as p_to
    from generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') m)`;
}

/**
 * Per scope and caseworker, the periods merged where they overlap (islands), so that a person is
 * counted once a day even if two periods in the scope overlapped.
 */
const islands = sql`(select y.scope_id, y.caseworker_id, min(y.start_date) as start_date, max(y.stop) as stop
  from (select x.*, count(*) filter (where x.reach is null or x.start_date > x.reach)
      over (partition by x.scope_id, x.caseworker_id order by x.start_date) as island
    from (select e.*, max(e.stop) over (partition by e.scope_id, e.caseworker_id order by e.start_date
        rows between unbounded preceding and 1 preceding) as reach from emp e) x) y
  group by y.scope_id, y.caseworker_id, y.island)`;

export function staffRows(db: Database, q: FigureQuery): Promise<StaffRow[]> {
  const asOf = sql`${q.asOf}::date`;
  return queryRows(db, sql`with emp as ${employmentsAsOf(q)}, parts as ${monthPartsSql(q.period.from, q.period.to)}
    select i.scope_id as "scopeId", 'days' as kind, p.month::text as month, null as reason,
      sum(least(i.stop, p.p_to) - greatest(i.start_date, p.p_from) + 1)::int as value
    from ${islands} i join parts p on i.start_date <= p.p_to and i.stop >= p.p_from group by 1, 3
    union all
    select e.scope_id, 'leavers', p.month::text, e.end_reason, count(*)::int
    from emp e join parts p on e.end_date between p.p_from and p.p_to
    where not exists (select 1 from emp r where r.scope_id = e.scope_id and r.caseworker_id = e.caseworker_id
      and r.start_date - e.end_date between 1 and ${sql.raw(String(MOVE_WITHIN_DAYS))})
    group by 1, 3, 4
    union all
    select e.scope_id, 'asOf', null, null, count(distinct e.caseworker_id)::int
    from emp e where e.stop >= ${asOf} group by 1`);
}
