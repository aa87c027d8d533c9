// Citizens across departments (metrics.md, "Citizens across departments"): the cases of a scope
// active in P, their citizens and the caseworkers assigned to them in P, all as known on A and
// aggregated in SQL. The figures read one grouped query per batch of scopes (./loaders.ts).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { FigureQuery } from '../figures/figure-loader';
import type { CaseModel } from '../graphql/models';
import { casesAsOf, openSinceSql } from '../deadlines/case-view';

/**
 * The cases of the scopes active in P as of A (a CTE body: rows `scope_id, case_id, citizen_id,
 * department_id, with_due, on_time`): received on or before P's end (and A, by the view), not
 * decided or closed (as of A) before P's start. The stored-column condition only narrows the scan
 * (an index range per department): a decision or closing before P's start is known on A unless it
 * came after A, so `least(from, A + 1)` keeps every case the exact condition on the view may keep.
 * `with_due`, `on_time`: decided in P with a due date, and on time (metrics.md, "Deadlines").
 */
export function activeCasesSql(q: FigureQuery, readable: SQL = sql`true`): SQL {
  const { from, to } = q.period;
  const where = sql`c.received_on <= ${to}::date and ${openSinceSql(sql`least(${from}::date, ${q.asOf}::date + 1)`)} and ${readable}`;
  const view = casesAsOf({ scopes: q.scopes, asOf: q.asOf, perDepartment: true, where });
  const decidedInP = sql`v.decided_on between ${from}::date and ${to}::date`;
  // Text keys in "C" collation: grouping and sorting by them compare bytes, not locale rules.
  return sql`select v.scope_id collate "C" as scope_id, v.case_id, v.citizen_id collate "C" as citizen_id, v.department_id collate "C" as department_id,
      coalesce(${decidedInP} and v.due_on is not null, false) as with_due, coalesce(${decidedInP} and v.decided_on <= v.due_on, false) as on_time
    from ${view} v where coalesce(least(v.decided_on, v.closed_on), 'infinity'::date) >= ${from}::date`;
}

/**
 * An assignment `s` overlapping P as of A: it exists when it starts on or before A, and an end
 * after A is unknown (still held), so it overlaps when it starts by P's end and has not ended
 * before P's start.
 */
export function assignedInPSql(q: Omit<FigureQuery, 'scopes'>): SQL {
  const { from, to } = q.period;
  return sql`s.assigned_from <= least(${to}::date, ${q.asOf}::date)
    and (s.assigned_to is null or s.assigned_to >= ${from}::date or s.assigned_to > ${q.asOf}::date)`;
}

/**
 * Rows `scope_id, citizen_id, caseworker_id` (with repeats): for each citizen with an active case
 * (the `active` CTE), the caseworkers with an assignment overlapping P on any of their cases in
 * the scope as known on A — not only the active ones (metrics.md: "on the citizen's cases in S");
 * an assignment can run on after its case was decided. Found through the citizen's cases
 * (cases_citizen_idx), `readable` a condition on the case row `c`.
 */
function caseworkersInPSql(q: FigureQuery, readable: SQL): SQL {
  return sql`select a.scope_id, a.citizen_id, s.caseworker_id
    from (select distinct scope_id, citizen_id from active) a
    join cases c on c.citizen_id = a.citizen_id and c.received_on <= ${q.asOf}::date and ${readable}
    join department_closure cl on cl.ancestor_id = a.scope_id and cl.descendant_id = c.department_id
    join assignments s on s.case_id = c.case_id and ${assignedInPSql(q)}`;
}

/**
 * `caseworkers` rows: per scope, group (cross-department or not) and number of distinct caseworkers,
 * the citizens with it and their cases decided in P with a due date and on time. `combination` rows:
 * per scope, the cross-department citizens per set of departments (`departments` comma-joined, ids
 * ascending; ids never hold a comma).
 */
export interface CrossDepartmentRow {
  scopeId: string; kind: 'caseworkers' | 'combination'; crossDepartment: boolean | null; caseworkers: number | null;
  departments: string | null; citizens: number; decidedWithDueDate: number; onTime: number;
}

/**
 * One hash aggregate per citizen over their active cases and their distinct caseworkers together
 * (no `count(distinct)`, whose sorts by text keys dominated the time, and no join of citizens to
 * caseworkers, whose row estimates were far off): a citizen is cross-department when the smallest
 * and the largest department id differ. The set of departments is sorted and deduplicated only for
 * the cross-department citizens.
 */
export function crossDepartmentRows(db: Database, q: FigureQuery): Promise<CrossDepartmentRow[]> {
  return queryRows(db, sql`with active as materialized (${activeCasesSql(q)}),
    citizens as (select u.scope_id, u.citizen_id, min(u.department_id) <> max(u.department_id) as cross_department,
        count(u.caseworker_id)::int as caseworkers, sum(u.with_due)::int as with_due, sum(u.on_time)::int as on_time,
        string_agg(u.department_id, ',') as departments
      from (select a.scope_id, a.citizen_id, a.department_id, null::text as caseworker_id, a.with_due::int as with_due, a.on_time::int as on_time
        from active a
        union all
        select distinct w.scope_id, w.citizen_id, null::text, w.caseworker_id, 0, 0
        from (${caseworkersInPSql(q, sql`true`)}) w) u
      group by 1, 2)
    select c.scope_id as "scopeId", 'caseworkers' as kind, c.cross_department as "crossDepartment", c.caseworkers,
      null::text as departments, count(*)::int as citizens, sum(c.with_due)::int as "decidedWithDueDate", sum(c.on_time)::int as "onTime"
    from citizens c group by c.scope_id, c.cross_department, c.caseworkers
    union all
    select c.scope_id, 'combination', null, null, x.departments, count(*)::int, 0, 0
    from citizens c cross join lateral (select string_agg(distinct d.id, ',' order by d.id) as departments
      from unnest(string_to_array(c.departments, ',')) as d(id)) x
    where c.cross_department group by c.scope_id, x.departments`);
}

export interface CrossDepartmentCitizenRow {
  pseudonym: string; departments: string; activeCases: number; caseworkers: number; caseIds: string;
}

export interface CitizenPageQuery { query: FigureQuery; readable: SQL; first: number; offset: number }

/**
 * The cross-department citizens of one scope among the cases the viewer may read (`readable`, a
 * condition on the case row `c`), by caseworkers, then active cases (most first), then pseudonym;
 * the total and one page in one round trip. `caseIds`: their active cases, comma-joined.
 */
export async function crossDepartmentCitizenPage(db: Database, p: CitizenPageQuery): Promise<{ total: number; rows: CrossDepartmentCitizenRow[] }> {
  const rows = await queryRows<CrossDepartmentCitizenRow & { total: number; pseudonym: string | null }>(db, sql`with active as materialized (
      ${activeCasesSql(p.query, p.readable)}),
    listed as (select a.citizen_id, count(*)::int as active_cases, string_agg(distinct a.department_id, ',' order by a.department_id) as departments,
        string_agg(a.case_id, ',' order by a.case_id) as case_ids
      from active a group by 1 having count(distinct a.department_id) > 1),
    workers as (select w.citizen_id, count(distinct w.caseworker_id)::int as n
      from (${caseworkersInPSql(p.query, p.readable)}) w join listed l on l.citizen_id = w.citizen_id
      group by 1)
    select t.total, r.* from (select count(*)::int as total from listed) t
    left join lateral (select l.citizen_id as pseudonym, l.departments, l.active_cases as "activeCases", coalesce(w.n, 0) as caseworkers,
        l.case_ids as "caseIds"
      from listed l left join workers w on w.citizen_id = l.citizen_id
      order by coalesce(w.n, 0) desc, l.active_cases desc, l.citizen_id collate "C" limit ${p.first} offset ${p.offset}) r on true
    order by r.caseworkers desc, r."activeCases" desc, r.pseudonym collate "C"`);
  return { total: rows[0]?.total ?? 0, rows: rows.filter((r): r is CrossDepartmentCitizenRow & { total: number } => r.pseudonym !== null) };
}

/**
 * Every case of one citizen (all departments) as known on A, by received date: received after A
 * they do not exist; a decision or closing after A is empty, and so is the outcome then (as in
 * `casesAsOf`; a withdrawn case is never decided). `asOf` cuts their timelines too (../cases/as-of.ts).
 */
export function citizenCasesAsOf(db: Database, pseudonym: string, asOf: string): Promise<CaseModel[]> {
  const a = sql`${asOf}::date`;
  return queryRows<CaseModel>(db, sql`select c.case_id as id, c.citizen_id as "citizenPseudonym", c.case_type_id as "caseTypeId",
      c.department_id as "departmentId", c.received_on::text as "receivedOn",
      (case when c.decided_on <= ${a} and c.outcome is distinct from 'withdrawn' then c.decided_on end)::text as "decidedOn",
      (case when c.closed_on <= ${a} then c.closed_on end)::text as "closedOn",
      (case when c.decided_on <= ${a} or c.closed_on <= ${a} then c.outcome end)::text as outcome,
      ${asOf}::text as "asOf"
    from cases c where c.citizen_id = ${pseudonym} and c.received_on <= ${a}
    order by c.received_on, c.case_id collate "C"`);
}
