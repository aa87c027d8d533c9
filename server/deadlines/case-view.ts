// The SQL building block every deadline figure stands on (metrics.md, "The as-of view" and
// "Deadlines"): the cases of one or more scopes as known on the as-of date, each with the due date
// the deadline in force on its received date gives. A case appears once per scope whose subtree
// (department_closure) holds its department, tagged with that scope, so the figures of a scope and
// of its children come from one grouped query.
import { sql, type SQL } from 'drizzle-orm';

/**
 * `received` plus `value` units: days and weeks (×7) as calendar days, months as calendar months
 * (PostgreSQL's `date + interval 'n months'` clamps to the month's last day: 31 Jan + 1 month =
 * 28/29 Feb). `unit` is a `deadline_unit` or text; null when the unit is null.
 */
export function dueDateSql(received: SQL, value: SQL, unit: SQL): SQL {
  return sql`(case (${unit})::text
    when 'days' then ${received} + (${value})::int
    when 'weeks' then ${received} + (${value})::int * 7
    when 'months' then (${received} + make_interval(months => (${value})::int))::date end)`;
}

/**
 * A derived table (use it as `join ${deadlineRangesSql} dl on ...`) of every deadline with the
 * half-open range of days it is in force: `valid_from` ≤ day < `valid_to` (null: still in force).
 * (case_type_id, effective_from) is the key of deadlines, so the ranges of a type do not overlap.
 */
export const deadlineRangesSql: SQL = sql`(select d.case_type_id, d.deadline_value as value, d.deadline_unit as unit,
    d.effective_from as valid_from,
    lead(d.effective_from) over (partition by d.case_type_id order by d.effective_from) as valid_to
  from deadlines d)`;

/** The join condition of `deadlineRangesSql` `dl`: the deadline of `caseType` in force on `day`. */
export function inForceOnSql(caseType: SQL, day: SQL): SQL {
  return sql`dl.case_type_id = ${caseType} and dl.valid_from <= ${day} and (dl.valid_to is null or ${day} < dl.valid_to)`;
}

/** Per case type, the deadline in force on `day` (latest effective_from ≤ day): `case_type_id, value, unit`. */
export function deadlinesOnSql(day: SQL): SQL {
  return sql`(select distinct on (d.case_type_id) d.case_type_id, d.deadline_value as value, d.deadline_unit as unit
    from deadlines d where d.effective_from <= ${day} order by d.case_type_id, d.effective_from desc)`;
}

export interface CaseViewOptions {
  /** Department ids; each includes its subtree. */
  scopes: readonly string[];
  /** The as-of date A. */
  asOf: string;
  /** Further conditions on the case row `c` (e.g. one case type), ANDed in. */
  where?: SQL;
  /**
   * Read the cases of each department of the subtrees on their own (a lateral subquery the planner
   * may not flatten), so that a `where` on a column indexed after department_id (decided_on,
   * received_on) is an index range per department. Without it PostgreSQL tends to pick a parallel
   * sequential scan of all cases, several times slower for one year of one scope.
   */
  perDepartment?: boolean;
}

/**
 * A subquery (use it as `from ${casesAsOf(...)} v`) with the columns
 * `scope_id, case_id, citizen_id, case_type_id, department_id, received_on, decided_on, closed_on,
 * outcome, due_on` (dates as `date`). The as-of view: cases received after A do not exist; a
 * decision or closing after A is null, and so is the outcome then; a withdrawn case is never
 * decided. `due_on` is null when the type had no deadline in force on the received date.
 */
export function casesAsOf(options: CaseViewOptions): SQL {
  const asOf = sql`${options.asOf}::date`;
  const known = (column: SQL) => sql`case when ${column} <= ${asOf} then ${column} end`;
  return sql`(select cl.ancestor_id as scope_id, c.case_id, c.citizen_id, c.case_type_id, c.department_id, c.received_on,
      case when c.decided_on <= ${asOf} and c.outcome is distinct from 'withdrawn' then c.decided_on end as decided_on,
      ${known(sql`c.closed_on`)} as closed_on,
      case when c.decided_on <= ${asOf} or c.closed_on <= ${asOf} then c.outcome end as outcome,
      ${dueDateSql(sql`c.received_on`, sql`dl.value`, sql`dl.unit`)} as due_on
    from department_closure cl
    ${options.perDepartment
      ? sql`cross join lateral (select * from cases c where c.department_id = cl.descendant_id and c.received_on <= ${asOf}
          ${options.where ? sql`and (${options.where})` : sql``} offset 0) c`
      : sql`join cases c on c.department_id = cl.descendant_id`}
    left join ${deadlineRangesSql} dl on ${inForceOnSql(sql`c.case_type_id`, sql`c.received_on`)}
    where cl.ancestor_id = any(${sql.param([...options.scopes])}::text[])
      ${options.perDepartment ? sql`` : sql`and c.received_on <= ${asOf} ${options.where ? sql`and (${options.where})` : sql``}`})`;
}

/** Rows of the view `v` decided in P = [from, to] (as of A, which the view has applied). */
export function decidedIn(from: string, to: string): SQL {
  return sql`v.decided_on between ${from}::date and ${to}::date`;
}

/** Rows of the view `v` open on A: neither decided nor closed (as of A). */
export const isOpen: SQL = sql`v.decided_on is null and v.closed_on is null`;

/**
 * "Open on A" on the stored columns of the case row `c`, to narrow the scan before the view applies
 * A: neither decided nor closed on or before A, written as the expression of the index
 * `cases_open_idx` (least() skips nulls: the day the case stopped being open, infinity while open),
 * so the backlog is an index range per department instead of a scan of every case.
 */
export function openOnSql(asOf: SQL): SQL {
  return sql`coalesce(least(c.decided_on, c.closed_on), 'infinity'::date) > ${asOf}`;
}

/** Neither decided nor closed before `day` (still open on the day before it), as the same index range. */
export function openSinceSql(day: SQL): SQL {
  return sql`coalesce(least(c.decided_on, c.closed_on), 'infinity'::date) >= ${day}`;
}

/** The timeliness counts of the rows of `v` in a group (metrics.md, "Timeliness"). */
export const timelinessColumns: SQL = sql`count(*)::int as decided, count(v.due_on)::int as "withDueDate",
  (count(*) filter (where v.decided_on <= v.due_on))::int as "onTime"`;
