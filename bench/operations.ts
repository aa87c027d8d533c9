// The GraphQL operations a page sends, as the browser sends them: one entry per operation, so
// another page (staff, continuity) is added by appending entries.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../server/db/client';
import { DeadlineScenarioQuery } from '../client/graphql/deadlineScenario';
import { OpenCasesQuery } from '../client/graphql/cases';
import { TimelinessDepartmentsQuery, TimelinessScopeQuery, TimelinessTrendQuery } from '../client/graphql/timeliness';
import {
  ContinuityDepartmentsQuery, ContinuityScopeQuery, StaffOverTimeQuery, TurnoverVersusContinuityQuery,
} from '../client/graphql/continuity';
import { CaseworkerFiguresQuery } from '../client/graphql/caseworkers';
import { twelveMonthsEndingAt, type Period } from '../client/utils/dates';

/** What a page's variables are built from: the selection the page is opened with. */
export interface PageContext {
  scope: string;
  period: Period;
  asOf: string;
  /** A case type in the scope (the one with most cases received in the period), for scenarios. */
  caseType: string;
  /** A proposed deadline for `caseType`: twice the one in force on `asOf`. */
  deadline: { value: number; unit: 'DAYS' | 'WEEKS' | 'MONTHS' };
}

export interface BenchOperation {
  /** Shown in the table, e.g. "Rettidighed: TimelinessScope". */
  name: string;
  /** The operation's text as the client sends it (fragments included). */
  document: string;
  variables: (context: PageContext) => Record<string, unknown>;
  /** The X-Tilsyn-Purpose header (case-level reads). */
  purpose?: string;
  /** Sent when the page opens; these add up to "whole page". */
  onLoad: boolean;
}

const scoped = (c: PageContext) => ({ scope: c.scope, period: c.period, asOf: c.asOf });

export const OPERATIONS: readonly BenchOperation[] = [
  { name: 'Rettidighed: TimelinessScope', document: String(TimelinessScopeQuery), variables: scoped, onLoad: true },
  { name: 'Rettidighed: TimelinessDepartments', document: String(TimelinessDepartmentsQuery), variables: scoped, onLoad: true },
  { name: 'Rettidighed: TimelinessTrend', document: String(TimelinessTrendQuery), variables: scoped, onLoad: true },
  {
    name: 'Rettidighed: OpenCases (OVERDUE, first 50)',
    document: String(OpenCasesQuery),
    variables: (c) => ({ scope: c.scope, asOf: c.asOf, filter: 'OVERDUE', first: 50, offset: 0 }),
    purpose: 'OVERDUE_LIST',
    onLoad: true,
  },
  {
    name: 'Rettidighed: DeadlineScenario',
    document: String(DeadlineScenarioQuery),
    variables: (c) => ({ ...scoped(c), caseType: c.caseType, deadline: c.deadline }),
    onLoad: false,
  },
  { name: 'Personale og kontinuitet: ContinuityScope', document: String(ContinuityScopeQuery), variables: scoped, onLoad: true },
  { name: 'Personale og kontinuitet: ContinuityDepartments', document: String(ContinuityDepartmentsQuery), variables: scoped, onLoad: true },
  {
    name: 'Personale og kontinuitet: TurnoverVersusContinuity', document: String(TurnoverVersusContinuityQuery), variables: scoped, onLoad: true,
  },
  {
    name: 'Personale og kontinuitet: StaffOverTime (months)',
    document: String(StaffOverTimeQuery), variables: (c) => ({ ...scoped(c), granularity: 'MONTH' }), onLoad: true,
  },
  {
    name: 'Personale og kontinuitet: StaffOverTime (quarters)',
    document: String(StaffOverTimeQuery), variables: (c) => ({ ...scoped(c), granularity: 'QUARTER' }), onLoad: true,
  },
  { name: 'Personale og kontinuitet: CaseworkerFigures', document: String(CaseworkerFiguresQuery), variables: scoped, onLoad: true },
];

const MAX_DEADLINE = { DAYS: 3650, WEEKS: 520, MONTHS: 120 } as const;

/** The page opened on the root department, the 12 months up to `until`, as of `until`. */
export async function rootPageContext(db: Database, until: string): Promise<PageContext> {
  const period = twelveMonthsEndingAt(until);
  const [root] = await queryRows<{ id: string }>(db, sql`
    select department_id as id from departments where parent_id is null order by department_id limit 1`);
  if (!root) throw new Error('the data set has no root department');
  const [type] = await queryRows<{ id: string; value: number; unit: 'days' | 'weeks' | 'months' }>(db, sql`
    with received as (select case_type_id, count(*) as n from cases
                      where received_on between ${period.from}::date and ${period.to}::date group by 1)
    select r.case_type_id as id, d.deadline_value as value, d.deadline_unit as unit
    from received r
    join lateral (select deadline_value, deadline_unit from deadlines
                  where case_type_id = r.case_type_id and effective_from <= ${until}::date
                  order by effective_from desc limit 1) d on true
    order by r.n desc, 1 limit 1`);
  if (!type) throw new Error('no case with a deadline was received in the period');
  const unit = type.unit.toUpperCase() as PageContext['deadline']['unit'];
  return {
    scope: root.id, period, asOf: until, caseType: type.id,
    deadline: { value: Math.min(type.value * 2, MAX_DEADLINE[unit]), unit },
  };
}
