// Grouped queries behind the complaints and appeals figures (metrics.md, "Complaints and
// appeals"). Like the deadline and staff figures, each reads several scopes at once (a scope and
// its children, batched by ./loaders.ts) through department_closure and tags its rows with
// `scopeId`: one round trip per figure family, whatever the number of departments.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { FigureQuery } from '../figures/figure-loader';

/**
 * Complaints received in P as known on A (received_on ≤ A), in scope by the complaint's own
 * department, per calendar month of receipt (`month` = its first day, the month-part key of
 * ../continuity/periods.ts) and category (the database's lowercase value).
 */
export interface ComplaintRow { scopeId: string; month: string; category: string; count: number }

export function complaintCounts(db: Database, q: FigureQuery): Promise<ComplaintRow[]> {
  return queryRows(db, sql`select cl.ancestor_id as "scopeId", date_trunc('month', k.received_on)::date::text as month,
      k.category::text as category, count(*)::int as count
    from department_closure cl join complaints k on k.department_id = cl.descendant_id
    where cl.ancestor_id = any(${sql.param([...q.scopes])}::text[])
      and k.received_on between ${q.period.from}::date and least(${q.period.to}::date, ${q.asOf}::date)
    group by 1, 2, 3 order by 1, 2, 3`);
}

/**
 * Appeals on the cases of the scope (by the case's department), as known on A: appeals lodged
 * after A and cases received after A do not exist. `outcome` is the outcome of an appeal decided
 * in P (on or before A), or null for an appeal still pending on A (not decided, or decided after A).
 */
export interface AppealRow { scopeId: string; outcome: string | null; count: number }

export function appealCounts(db: Database, q: FigureQuery): Promise<AppealRow[]> {
  const asOf = sql`${q.asOf}::date`;
  // From the few appeals to their cases by primary key: the `limit` keeps the lookup a nested loop,
  // where a join let PostgreSQL hash all cases (1 s instead of 50 ms on 2.4 M cases).
  return queryRows(db, sql`select cl.ancestor_id as "scopeId",
      case when a.decided_on <= ${asOf} then a.outcome::text end as outcome, count(*)::int as count
    from appeals a
    cross join lateral (select c.department_id from cases c
      where c.case_id = a.case_id and c.received_on <= ${asOf} limit 1) c
    join department_closure cl on cl.descendant_id = c.department_id
    where cl.ancestor_id = any(${sql.param([...q.scopes])}::text[]) and a.appealed_on <= ${asOf}
      and (a.decided_on is null or a.decided_on > ${asOf}
        or a.decided_on between ${q.period.from}::date and least(${q.period.to}::date, ${asOf}))
    group by 1, 2`);
}
