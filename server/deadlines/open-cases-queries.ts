// The open cases of a scope on the as-of date, one page at a time, limited in SQL to the cases
// the viewer may read (the guard's case scope).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { CaseScope } from '../access/guard';
import type { CaseModel, CaseworkerModel } from '../graphql/models';
import { casesAsOf, openOnSql } from './case-view';

export type OpenCaseFilterKind = 'OVERDUE' | 'DUE_SOON' | 'ALL';

/** How far ahead DUE_SOON looks: due on A … A + 14 days. */
export const DUE_SOON_DAYS = 14;

export interface OpenCasesQuery {
  scope: string; asOf: string; filter: OpenCaseFilterKind; first: number; offset: number; readable: CaseScope;
}

export interface OpenCaseRow {
  case: CaseModel; dueDate: string | null; daysOverdue: number | null; ageDays: number; caseworker: CaseworkerModel | null;
}

/** The guard's case scope as a condition on the case row `c` (nothing readable: false). */
export function readableSql(scope: CaseScope): SQL {
  switch (scope.kind) {
    case 'all': return sql`true`;
    case 'departments': return sql`c.department_id = any(${sql.param([...scope.departmentIds])}::text[])`;
    case 'cases': return sql`c.case_id = any(${sql.param([...scope.caseIds])}::text[])`;
    case 'none': return sql`false`;
  }
}

function filterSql(filter: OpenCaseFilterKind, asOf: SQL): SQL {
  switch (filter) {
    case 'OVERDUE': return sql`v.due_on < ${asOf}`;
    case 'DUE_SOON': return sql`v.due_on between ${asOf} and ${asOf} + ${sql.raw(String(DUE_SOON_DAYS))}`;
    case 'ALL': return sql`true`;
  }
}

interface Row {
  total: number; id: string | null; citizenPseudonym: string; caseTypeId: string; departmentId: string; receivedOn: string;
  decidedOn: string | null; closedOn: string | null; outcome: string | null; dueDate: string | null; ageDays: number;
  daysOverdue: number | null;
  caseworkerId: string | null; caseworkerName: string | null;
}

/** The total and one page, by due date (none last), received date, case id; one round trip. */
export async function openCasesPage(db: Database, q: OpenCasesQuery): Promise<{ total: number; rows: OpenCaseRow[] }> {
  const asOf = sql`${q.asOf}::date`;
  // openOnSql on the stored columns implies isOpen on the view: no filter on the view needed.
  const view = casesAsOf({ scopes: [q.scope], asOf: q.asOf, perDepartment: true, where: sql`${readableSql(q.readable)} and ${openOnSql(asOf)}` });
  const rows = await queryRows<Row>(db, sql`with open_cases as (
      select v.case_id, v.received_on, v.due_on from ${view} v where ${filterSql(q.filter, asOf)})
    select t.total, p.* from (select count(*)::int as total from open_cases) t
    left join lateral (select c.case_id as id, c.citizen_id as "citizenPseudonym", c.case_type_id as "caseTypeId",
        c.department_id as "departmentId", c.received_on::text as "receivedOn", c.decided_on::text as "decidedOn",
        c.closed_on::text as "closedOn", c.outcome::text as outcome, o.due_on::text as "dueDate",
        (${asOf} - o.received_on)::int as "ageDays", case when o.due_on < ${asOf} then (${asOf} - o.due_on)::int end as "daysOverdue",
        cw.caseworker_id as "caseworkerId", cw.display_name as "caseworkerName"
      from open_cases o join cases c on c.case_id = o.case_id
      left join lateral (select a.caseworker_id from assignments a where a.case_id = o.case_id and a.assigned_from <= ${asOf}
        and (a.assigned_to is null or a.assigned_to >= ${asOf}) order by a.assigned_from desc limit 1) a on true
      left join caseworkers cw on cw.caseworker_id = a.caseworker_id
      order by o.due_on asc nulls last, o.received_on, o.case_id limit ${q.first} offset ${q.offset}) p on true
    order by p."dueDate" asc nulls last, p."receivedOn", p.id`);
  const total = rows[0]?.total ?? 0;
  return { total, rows: rows.filter((r) => r.id !== null).map(toOpenCase) };
}

function toOpenCase(r: Row): OpenCaseRow {
  return {
    case: {
      id: r.id!, citizenPseudonym: r.citizenPseudonym, caseTypeId: r.caseTypeId, departmentId: r.departmentId,
      receivedOn: r.receivedOn, decidedOn: r.decidedOn, closedOn: r.closedOn, outcome: r.outcome,
    },
    dueDate: r.dueDate, daysOverdue: r.daysOverdue, ageDays: r.ageDays,
    caseworker: r.caseworkerId === null ? null : { id: r.caseworkerId, displayName: r.caseworkerName! },
  };
}
