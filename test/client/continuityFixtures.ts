import type {
  CaseworkerFiguresQuery,
  ContinuityDepartmentsQuery,
  ContinuityScopeQuery,
  StaffFieldsFragment,
  StaffOverTimeQuery,
  TurnoverVersusContinuityQuery,
} from '../../client/gql/graphql';

/** Fake answers shaped like the schema, for the Personale og kontinuitet page's tests. */

export function staff(leavers: number, averageHeadcount: number, days = 365, extra: Partial<StaffFieldsFragment> = {}): StaffFieldsFragment {
  const rate = averageHeadcount > 0 ? leavers / averageHeadcount : null;
  return {
    averageHeadcount, headcountOnAsOf: Math.round(averageHeadcount), leavers, turnoverRate: rate,
    annualisedTurnoverRate: rate === null ? null : (rate * 365) / days, withheld: false, suppressed: [], ...extra,
  };
}

export function scopeFigures(): ContinuityScopeQuery {
  return {
    figures: {
      scope: { id: 'BCH', name: 'Børnecenter Handicap' },
      staff: {
        ...staff(9, 42.5),
        leaversByReason: [
          { endReason: 'RESIGNED', count: 5, withheld: false, reason: null },
          { endReason: 'RETIRED', count: 2, withheld: false, reason: null },
          { endReason: 'TRANSFERRED', count: 2, withheld: false, reason: null },
        ],
      },
      continuity: {
        cases: 400, casesWithoutAssignments: 3, fixedCaseworkerShare: 0.62, meanChanges: 0.51, changes: 204,
        turnoverRelatedChanges: 51, turnoverRelatedShare: 0.25,
        distribution: [
          { changes: 1, cases: 100, withheld: false, reason: null },
          { changes: 0, cases: 248, withheld: false, reason: null },
          { changes: 2, cases: 52, withheld: false, reason: null },
        ],
        withheld: false, suppressed: [],
      },
      continuityIndices: { citizens: 180, upc: 0.74, coc: 0.58, secon: 0.66, withheld: false, suppressed: [] },
    },
  };
}

export function departmentFigures(): ContinuityDepartmentsQuery {
  return {
    figures: {
      children: [
        { scope: { id: 'MYN-B', name: 'Myndighed Børn' }, staff: staff(4, 20) },
        { scope: { id: 'AFD-2', name: 'Afdeling 2' }, staff: staff(5, 18.5) },
        { scope: { id: 'AFD-10', name: 'Afdeling 10' }, staff: staff(0, 4, 365, {
          averageHeadcount: null, headcountOnAsOf: null, leavers: null, turnoverRate: null, annualisedTurnoverRate: null, withheld: true,
          suppressed: [{ field: 'averageHeadcount', reason: 'BELOW_FIVE' }, { field: 'annualisedTurnoverRate', reason: 'SMALL_BASE' }],
        }) },
      ],
    },
  };
}

export function correlationFigures(rho: number | null = -0.42): TurnoverVersusContinuityQuery {
  const pair = (id: string, name: string, quarter: string, turnover: number, fixedShare: number, decided: number) => ({
    department: { id, name }, quarter, from: `${quarter.slice(0, 4)}-01-01`, to: `${quarter.slice(0, 4)}-03-31`, turnover, fixedShare, decided,
  });
  return {
    figures: {
      turnoverVersusContinuity: {
        rho,
        n: 37,
        pairs: [
          pair('MYN-B', 'Myndighed Børn', '2026-Q1', 0.1, 0.7, 40),
          pair('AFD-2', 'Afdeling 2', '2026-Q1', 0.3, 0.5, 10),
          pair('AFD-10', 'Afdeling 10', '2026-Q1', 0.2, 0.6, 6),
        ],
      },
    },
  };
}

export function periods(granularity: string): StaffOverTimeQuery {
  const part = (from: string, to: string, averageHeadcount: number, leavers: number, fixed: number) => ({
    from, to, averageHeadcount, leavers, annualisedTurnoverRate: leavers / averageHeadcount * 12, fixedCaseworkerShare: fixed,
    decidedCases: 30, withheld: false, suppressed: [],
  });
  return {
    figures: {
      staffOverTime: granularity === 'QUARTER'
        ? [part('2026-01-01', '2026-03-31', 41, 3, 0.6)]
        : [part('2026-02-01', '2026-02-28', 42, 1, 0.65), part('2026-01-01', '2026-01-31', 41.5, 2, 0.6)],
    },
  };
}

export function caseworkers(): CaseworkerFiguresQuery {
  return {
    caseworkerFigures: [
      {
        caseworker: { id: 'CW2', displayName: 'Bo Berg' }, department: { id: 'MYN-B', name: 'Myndighed Børn' },
        employedFrom: '2020-03-01', employedTo: '2026-05-31', endReason: 'RESIGNED', decidedCases: 31, openCases: 0, handovers: 12,
      },
      {
        caseworker: { id: 'CW1', displayName: 'Anna Andersen' }, department: { id: 'AFD-2', name: 'Afdeling 2' },
        employedFrom: '2019-08-15', employedTo: null, endReason: null, decidedCases: 58, openCases: 17, handovers: 2,
      },
    ],
  };
}
