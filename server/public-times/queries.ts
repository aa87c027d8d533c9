// The SQL behind the public table: one grouped query over the cases decided in the 12-month
// window, per (case's own department, case type, processing days), beside every case type with
// the deadline in force on the date of the figures. Percentiles are taken from these histograms
// in ./table.ts with the same percentile_cont definition as ScopeFigures.processingTime.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { casesAsOf, deadlinesOnSql, timelinessColumns } from '../deadlines/case-view';
import type { DeadlineUnit } from '../deadlines/due-date';

export interface PublicTimesWindow {
  /** Every root department: together their subtrees hold every case exactly once. */
  roots: readonly string[];
  /** First and last day of the window; `to` is also the as-of date. */
  from: string;
  to: string;
}

/** One histogram bin of one (department, case type), or a case type without decisions (`days` null, counts 0). */
export interface PublicTimesRow {
  departmentId: string;
  departmentName: string;
  /** The department and every department above it (publishing one publishes its subtree). */
  ancestorIds: string[];
  caseTypeId: string;
  caseTypeName: string;
  legalBasis: string | null;
  deadlineValue: number | null;
  deadlineUnit: DeadlineUnit | null;
  days: number | null;
  decided: number;
  withDueDate: number;
  onTime: number;
}

export async function rootDepartments(db: Database): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select department_id as id from departments where parent_id is null order by 1`);
  return rows.map((r) => r.id);
}

/**
 * Cases decided in [from, to] as known on `to` (the as-of view of deadlines/case-view.ts, so the
 * due date is the deadline in force on the received date), grouped by department, case type and
 * processing days; plus each case type at its owning department, so a type without decisions is
 * listed (as too few) rather than missing. Ordered by department name, case type name, days.
 */
export async function publicTimesRows(db: Database, w: PublicTimesWindow): Promise<PublicTimesRow[]> {
  const view = casesAsOf({
    scopes: w.roots, asOf: w.to, perDepartment: true,
    where: sql`c.decided_on between ${w.from}::date and ${w.to}::date and c.outcome is distinct from 'withdrawn'`,
  });
  const rows = await queryRows<PublicTimesRow & { ancestorIds: string[] | string }>(db, sql`
    with g as (select v.department_id, v.case_type_id, (v.decided_on - v.received_on)::int as days, ${timelinessColumns}
        from ${view} v group by 1, 2, 3),
      k as (select department_id, case_type_id from g union select department_id, case_type_id from case_types)
    select k.department_id as "departmentId", d.name as "departmentName",
      array(select cl.ancestor_id from department_closure cl where cl.descendant_id = k.department_id order by cl.depth) as "ancestorIds",
      k.case_type_id as "caseTypeId", ct.name as "caseTypeName", ct.legal_basis as "legalBasis",
      dt.value as "deadlineValue", dt.unit::text as "deadlineUnit",
      g.days, coalesce(g.decided, 0) as decided, coalesce(g."withDueDate", 0) as "withDueDate", coalesce(g."onTime", 0) as "onTime"
    from k join departments d on d.department_id = k.department_id
      join case_types ct on ct.case_type_id = k.case_type_id
      left join ${deadlinesOnSql(sql`${w.to}::date`)} dt on dt.case_type_id = k.case_type_id
      left join g on g.department_id = k.department_id and g.case_type_id = k.case_type_id
    order by d.name, k.department_id, ct.name, k.case_type_id, g.days`);
  return rows.map((r) => ({ ...r, ancestorIds: textArray(r.ancestorIds) }));
}

/** node-postgres and PGlite parse text[] into arrays; be safe with the literal form too. */
export function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter((s) => s !== '').map((s) => s.replace(/^"|"$/g, ''));
}
