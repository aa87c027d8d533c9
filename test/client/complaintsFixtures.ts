import type {
  AppealsFieldsFragment,
  ComplaintCategory,
  ComplaintsDepartmentsQuery,
  ComplaintsFieldsFragment,
  ComplaintsOverTimeQuery,
  ComplaintsScopeQuery,
  ResourcesFieldsFragment,
  ResourcesFiguresQuery,
} from '../../client/gql/graphql';

/**
 * Fake answers shaped like the schema for the Klager og ankesager page and the Ressourcer section.
 * Scope BCH: 20 complaints on 800 decisions (25 per 1,000); its children add up to it.
 */

type Counts = Partial<Record<ComplaintCategory, number>>;

/** Complaints with per-1,000 figures worked out from the counts; a category absent from `counts` is left out. */
export function complaints(decisions: number, counts: Counts): ComplaintsFieldsFragment {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const per1000 = (n: number) => (decisions > 0 ? (n * 1000) / decisions : null);
  return {
    total, decisions, per1000Decisions: per1000(total), withheld: false, suppressed: [],
    byCategory: (Object.entries(counts) as Array<[ComplaintCategory, number]>).map(([category, count]) => ({
      category, count, per1000Decisions: per1000(count), withheld: false, reason: null,
    })),
  };
}

/** Appeals with the reversal rate (changed + remitted) ÷ (upheld + changed + remitted). */
export function appeals(upheld: number, changed: number, remitted: number, dismissed: number, pending: number): AppealsFieldsFragment {
  const assessed = upheld + changed + remitted;
  return {
    upheld, changed, remitted, dismissed, pending, decided: assessed + dismissed,
    reversalRate: assessed > 0 ? (changed + remitted) / assessed : null, withheld: false, suppressed: [],
  };
}

export function scopeFigures(): ComplaintsScopeQuery {
  return {
    figures: {
      scope: { id: 'BCH', name: 'Børnecenter Handicap' },
      complaints: complaints(800, { PROCESSING_TIME: 8, SERVICE: 5, STATUS_INFORMATION: 4, DECISION: 2, OTHER: 1 }),
      appeals: appeals(30, 6, 4, 3, 7),
    },
  };
}

const CATEGORY_ORDER: ComplaintCategory[] = ['PROCESSING_TIME', 'SERVICE', 'STATUS_INFORMATION', 'DECISION', 'OTHER'];
type Table = ComplaintsDepartmentsQuery['figures']['complaintsByDepartment'];
const shownCell = (count: number) => ({ count, withheld: false, reason: null });

/** The department × category table as directors get it: every count shown, margins the sums. */
export function directorTable(rows: { id: string; name: string; decisions: number; counts: Counts }[]): Table {
  const counts = rows.map((r) => CATEGORY_ORDER.map((c) => r.counts[c] ?? 0));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    categories: CATEGORY_ORDER,
    rows: rows.map((r, i) => ({
      department: { id: r.id, name: r.name }, cells: counts[i]!.map(shownCell), total: shownCell(sum(counts[i]!)),
      decisions: r.decisions, per1000Decisions: (sum(counts[i]!) * 1000) / r.decisions, per1000Withheld: false,
    })),
    columnTotals: CATEGORY_ORDER.map((_, c) => shownCell(sum(counts.map((row) => row[c]!)))),
    total: shownCell(sum(counts.flat())),
  };
}

export const DEPARTMENT_COMPLAINTS = [
  { id: 'MYN-B', name: 'Myndighed Børn', decisions: 500, counts: { PROCESSING_TIME: 5, SERVICE: 3, STATUS_INFORMATION: 2, DECISION: 1, OTHER: 1 } },
  { id: 'AFD-2', name: 'Afdeling 2', decisions: 250, counts: { PROCESSING_TIME: 3, SERVICE: 2, STATUS_INFORMATION: 1, OTHER: 0 } },
  { id: 'AFD-10', name: 'Afdeling 10', decisions: 50, counts: { STATUS_INFORMATION: 1, DECISION: 1 } },
];

export function departmentFigures(): ComplaintsDepartmentsQuery {
  return {
    figures: {
      complaintsByDepartment: directorTable(DEPARTMENT_COMPLAINTS),
      children: [
        { scope: { id: 'MYN-B', name: 'Myndighed Børn' }, appeals: appeals(20, 4, 1, 2, 5) },
        { scope: { id: 'AFD-2', name: 'Afdeling 2' }, appeals: appeals(8, 2, 3, 1, 2) },
        { scope: { id: 'AFD-10', name: 'Afdeling 10' }, appeals: appeals(2, 0, 0, 0, 0) },
      ],
    },
  };
}

/** Three quarters, out of order: 5 + 6 + 9 = 20 complaints. */
export function overTime(granularity: string): ComplaintsOverTimeQuery {
  const part = (from: string, to: string, decisions: number, counts: Counts) => ({ from, to, ...complaints(decisions, counts) });
  if (granularity === 'MONTH') {
    return { figures: { complaintsOverTime: [part('2026-01-01', '2026-01-31', 60, { SERVICE: 1 })] } };
  }
  return {
    figures: {
      complaintsOverTime: [
        part('2026-01-01', '2026-03-31', 200, { PROCESSING_TIME: 3, SERVICE: 2, OTHER: 1 }),
        part('2025-11-24', '2025-12-31', 100, { PROCESSING_TIME: 1, SERVICE: 2, STATUS_INFORMATION: 2 }),
        part('2026-04-01', '2026-06-30', 250, { PROCESSING_TIME: 4, SERVICE: 1, STATUS_INFORMATION: 2, DECISION: 2 }),
      ],
    },
  };
}

export function resources(backlog: number, headcountOnAsOf: number, decided: number, averageHeadcount: number, days = 365): ResourcesFieldsFragment {
  return {
    backlog, headcountOnAsOf, decided, averageHeadcount,
    caseload: headcountOnAsOf > 0 ? backlog / headcountOnAsOf : null,
    decisionsPerCaseworkerYear: averageHeadcount > 0 ? decided / ((averageHeadcount * days) / 365) : null,
    withheld: false, suppressed: [],
  };
}

export function resourceFigures(): ResourcesFiguresQuery {
  return {
    figures: {
      scope: { id: 'BCH', name: 'Børnecenter Handicap' },
      resources: resources(300, 40, 800, 42.5),
      children: [
        { scope: { id: 'MYN-B', name: 'Myndighed Børn' }, resources: resources(180, 20, 500, 20) },
        { scope: { id: 'AFD-2', name: 'Afdeling 2' }, resources: resources(110, 18, 250, 18.5) },
        {
          scope: { id: 'AFD-10', name: 'Afdeling 10' },
          resources: {
            ...resources(10, 2, 50, 4),
            backlog: 10, headcountOnAsOf: null, caseload: null, averageHeadcount: null, decisionsPerCaseworkerYear: null, withheld: true,
            suppressed: [
              { field: 'headcountOnAsOf', reason: 'BELOW_FIVE' }, { field: 'caseload', reason: 'SMALL_BASE' },
              { field: 'averageHeadcount', reason: 'BELOW_FIVE' }, { field: 'decisionsPerCaseworkerYear', reason: 'SMALL_BASE' },
            ],
          },
        },
      ],
    },
  };
}
