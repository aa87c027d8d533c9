import type {
  BacklogFieldsFragment,
  CaseTypeDeadlineFieldsFragment,
  OpenCasesQuery,
  TimelinessFieldsFragment,
} from '../../client/gql/graphql';
import type { SuppressionReason } from '../../client/utils/withheld';

/** Fake answers shaped like the schema, for the Rettidighed page's tests. */

/** `onTime` of `withDue` decided with a due date, and 3 decided without. */
export function timeliness(onTime: number, withDue: number, extra: Partial<TimelinessFieldsFragment> = {}): TimelinessFieldsFragment {
  const rate = withDue > 0 ? onTime / withDue : null;
  return { decided: withDue + 3, decidedWithDueDate: withDue, withoutDeadline: 3, onTime, rate, withheld: false, suppressed: [], ...extra };
}

const BANDS = ['0-30', '31-60', '61-90', '91-180', '181-365', '>365'];

export function backlog(counts: number[], reasons: Array<SuppressionReason | null> = []): BacklogFieldsFragment {
  const withheld = reasons.some((r) => r !== null);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    total,
    withDueDate: total,
    overdue: counts[3]! + counts[4]! + counts[5]!,
    ageBands: BANDS.map((label, i) => ({
      label,
      count: reasons[i] ? null : counts[i]!,
      withheld: Boolean(reasons[i]),
      reason: reasons[i] ?? null,
    })),
    withheld,
    suppressed: [],
  };
}

export function caseType(
  id: string,
  name: string,
  deadline: CaseTypeDeadlineFieldsFragment['deadlineInForce'],
  five: [number, number, number, number, number] | null,
  realism: Partial<CaseTypeDeadlineFieldsFragment['realism']> = {},
): CaseTypeDeadlineFieldsFragment {
  const deadlineDays = deadline && deadline.unit !== 'MONTHS' ? deadline.value * (deadline.unit === 'WEEKS' ? 7 : 1) : null;
  return {
    caseType: { id, name, legalBasis: 'Serviceloven § 41' },
    deadlineInForce: deadline,
    timeliness: timeliness(40, 50),
    distribution: five
      ? { min: five[0], q1: five[1], median: five[2], q3: five[3], max: five[4], count: 53, withheld: false, suppressed: [] }
      : {
          min: null, q1: null, median: null, q3: null, max: null, count: null, withheld: true,
          suppressed: [{ field: 'count', reason: 'BELOW_FIVE' }, { field: 'median', reason: 'SMALL_BASE' }],
        },
    realism: {
      p80: 70, p90: 90, deadlineDays, suggested: null, suggestedRate: null, withheld: false, suppressed: [],
      ...realism,
    },
  };
}

export const CASE_TYPES = [
  caseType('CT-41', 'Merudgifter', { value: 8, unit: 'WEEKS' }, [3, 20, 35, 60, 140], {
    p80: 70, suggested: { value: 11, unit: 'WEEKS' }, suggestedRate: 0.86,
  }),
  caseType('CT-42', 'Tabt arbejdsfortjeneste', { value: 3, unit: 'MONTHS' }, [5, 30, 50, 80, 200], { p80: 85 }),
  caseType('CT-85', 'Socialpædagogisk støtte', null, null, { p80: null, p90: null }),
];

export function scopeFigures(scope = { id: 'BCH', name: 'Børnecenter Handicap' }) {
  return {
    figures: {
      scope,
      timeliness: timeliness(412, 500),
      processingTime: { p50: 35, p80: 70.5, p90: 92, count: 503, withheld: false, suppressed: [] },
      timeToDecision: {
        cohort: 480, events: 400, censored: 80, median: 38, p80: 81,
        points: [
          { t: 5, atRisk: 480, events: 40, survival: 0.9167 },
          { t: 38, atRisk: 300, events: 100, survival: 0.5 },
          { t: 81, atRisk: 120, events: 72, survival: 0.2 },
        ],
        withheld: false,
        suppressed: [],
      },
      backlog: backlog([40, 30, 20, 15, 5, 2]),
      caseTypeDeadlines: CASE_TYPES,
    },
  };
}

export function departmentFigures() {
  const children = [
    { scope: { id: 'MYN-B', name: 'Myndighed Børn' }, timeliness: timeliness(180, 200), backlog: backlog([20, 10, 5, 5, 1, 0]) },
    { scope: { id: 'AFD-2', name: 'Afdeling 2' }, timeliness: timeliness(150, 220), backlog: backlog([15, 15, 10, 8, 3, 2]) },
    { scope: { id: 'AFD-10', name: 'Afdeling 10' }, timeliness: timeliness(2, 3), backlog: backlog([3, 0, 0, 0, 0, 0]) },
  ];
  return {
    figures: {
      scope: { id: 'BCH', name: 'Børnecenter Handicap' },
      children,
      timelinessFunnel: {
        overallRate: 332 / 423,
        points: children.map((c) => ({
          department: c.scope,
          n: c.timeliness.decidedWithDueDate,
          rate: c.timeliness.rate,
          flagged: c.scope.id === 'AFD-2',
          withheld: false,
          suppressed: [],
        })),
      },
    },
  };
}

export function trendFigures() {
  return {
    figures: {
      timelinessByMonth: [
        { month: '2026-02-01', timeliness: timeliness(30, 40) },
        { month: '2026-01-01', timeliness: timeliness(45, 50) },
      ],
    },
  };
}

/** `count` open cases from `offset`, as `openCases` pages them. */
export function openCasesPage(offset: number, count: number, total: number): OpenCasesQuery {
  return {
    openCases: {
      total,
      hasMore: offset + count < total,
      cases: Array.from({ length: count }, (_, i) => ({
        dueDate: '2026-10-01',
        daysOverdue: 53 - i,
        ageDays: 120 + i,
        caseworker: i % 2 === 0 ? { id: 'CW1', displayName: 'Anna Andersen' } : null,
        case: {
          id: `C-${offset + i + 1}`,
          receivedOn: '2026-07-20',
          caseType: { id: 'CT-41', name: 'Merudgifter' },
          department: { id: 'MYN-B', name: 'Myndighed Børn' },
        },
      })),
    },
  };
}
