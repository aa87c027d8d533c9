// Per-caseworker figures of a scope and period as known on A: who was employed in the scope during
// P, with the cases they decided, held open on A and handed over. Limited in SQL to what the viewer
// may read: a manager's departments for employments and cases alike.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { CaseScope } from '../access/guard';
import { readableSql } from '../deadlines/open-cases-queries';
import { openOnSql, openSinceSql } from '../deadlines/case-view';

export interface CaseworkerQuery { scope: string; period: { from: string; to: string }; asOf: string; readable: CaseScope }

export interface CaseworkerRow {
  caseworkerId: string; displayName: string; departmentId: string; employedFrom: string; employedTo: string | null;
  endReason: string | null; decidedCases: number; openCases: number; handovers: number;
}

/** The guard's case scope as a condition on a department column (employments). */
function readableDepartmentSql(scope: CaseScope, column: SQL): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'departments') return sql`${column} = any(${sql.param([...scope.departmentIds])}::text[])`;
  return sql`false`;
}

/**
 * The rows `c` of `table` in the scope's departments that the viewer may read and match `where`,
 * read one department at a time (a lateral subquery the planner keeps) so that `where` on indexed
 * columns is an index range per department instead of a scan of the whole table.
 */
function scopeRows(q: CaseworkerQuery, table: SQL, where: SQL): SQL {
  return sql`department_closure cl cross join lateral (select * from ${table} c where c.department_id = cl.descendant_id
      and ${where} and ${readableSql(q.readable)} offset 0) c`;
}

/** Cases decided in P: the caseworker of the last assignment up to the decision (from the summary). */
function decidedSql(q: CaseworkerQuery): SQL {
  return sql`select c.last_caseworker_id as caseworker_id
    from ${scopeRows(q, sql`case_continuity`, sql`c.decided_on between ${q.period.from}::date and least(${q.period.to}::date, ${q.asOf}::date)`)}
    where cl.ancestor_id = ${q.scope}`;
}

/**
 * Cases open on A: the caseworker holding each on A (an end after A is unknown on A). A few thousand
 * cases: probing their assignments one by one (the lateral) beats the hash join PostgreSQL picks.
 */
function openSql(q: CaseworkerQuery): SQL {
  const asOf = sql`${q.asOf}::date`;
  return sql`select a.caseworker_id from ${scopeRows(q, sql`cases`, sql`c.received_on <= ${asOf} and ${openOnSql(asOf)}`)}
    cross join lateral (select a.caseworker_id from assignments a where a.case_id = c.case_id and a.assigned_from <= ${asOf}
      and (a.assigned_to is null or a.assigned_to >= ${asOf}) offset 0) a
    where cl.ancestor_id = ${q.scope}`;
}

/**
 * Changes dated in P (≤ A) and who handed over: on each case, its assignments up to its decision
 * (or up to A while undecided), consecutive periods of one caseworker merged. Decided cases come
 * from the summary (case_changes, as `c`); the others (open on A, or closed without a decision in
 * or after P) are worked out here.
 */
function handoverSql(q: CaseworkerQuery): SQL {
  const asOf = sql`${q.asOf}::date`;
  const inP = (column: SQL) => sql`${column} between ${q.period.from}::date and least(${q.period.to}::date, ${asOf})`;
  // Neither decided by A nor closed before P; the first condition is implied by the rest and is the
  // range of the index cases_open_idx.
  const undecided = sql`${openSinceSql(sql`${q.period.from}::date`)} and c.received_on <= least(${q.period.to}::date, ${asOf})
    and (c.decided_on is null or c.decided_on > ${asOf}) and (c.closed_on is null or c.closed_on >= ${q.period.from}::date)`;
  return sql`select c.previous_caseworker_id as caseworker_id
    from ${scopeRows(q, sql`case_changes`, sql`c.decided_on <= ${asOf} and ${inP(sql`c.changed_on`)}`)}
    where cl.ancestor_id = ${q.scope}
    union all
    select x.previous from (select a.caseworker_id, a.assigned_from,
        lag(a.caseworker_id) over (partition by a.case_id order by a.assigned_from) as previous
      from ${scopeRows(q, sql`cases`, undecided)} join assignments a on a.case_id = c.case_id and a.assigned_from <= ${asOf}
      where cl.ancestor_id = ${q.scope}) x
    where x.previous <> x.caseworker_id and ${inP(sql`x.assigned_from`)}`;
}

/** Caseworkers with an employment period in the scope overlapping P (as of A), latest such period first. */
function employedSql(q: CaseworkerQuery): SQL {
  const asOf = sql`${q.asOf}::date`;
  return sql`select e.caseworker_id, e.department_id, e.start_date,
      case when e.end_date <= ${asOf} then e.end_date end as end_date,
      case when e.end_date <= ${asOf} then e.end_reason::text end as end_reason,
      row_number() over (partition by e.caseworker_id order by e.start_date desc) as latest
    from employments e join department_closure cl on cl.descendant_id = e.department_id and cl.ancestor_id = ${q.scope}
    where e.start_date <= least(${q.period.to}::date, ${asOf}) and (e.end_date is null or e.end_date > ${asOf} or e.end_date >= ${q.period.from}::date)
      and ${readableDepartmentSql(q.readable, sql`e.department_id`)}`;
}

export function caseworkerRows(db: Database, q: CaseworkerQuery): Promise<CaseworkerRow[]> {
  const counted = (name: string, source: SQL) => sql`left join (select caseworker_id, count(*)::int as n from (${source}) s
    group by 1) ${sql.identifier(name)} on ${sql.identifier(name)}.caseworker_id = e.caseworker_id`;
  return queryRows(db, sql`select e.caseworker_id as "caseworkerId", w.display_name as "displayName", e.department_id as "departmentId",
      e.start_date::text as "employedFrom", e.end_date::text as "employedTo", e.end_reason as "endReason",
      coalesce(d.n, 0) as "decidedCases", coalesce(o.n, 0) as "openCases", coalesce(h.n, 0) as handovers
    from (${employedSql(q)}) e join caseworkers w on w.caseworker_id = e.caseworker_id
    ${counted('d', decidedSql(q))} ${counted('o', openSql(q))} ${counted('h', handoverSql(q))}
    where e.latest = 1
    order by w.display_name, e.caseworker_id`);
}
