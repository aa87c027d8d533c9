// The pure resources figure (server/resources/figures.ts) against hand-computed values, and the
// committee's view of it (metrics.md, "Resources", "Disclosure control").
import { describe, expect, it } from 'vitest';
import { resourcesFigure } from '../../server/resources/figures';

// 90 days; 5.5 persons on average: 5.5 × 90 ÷ 365 caseworker-years.
const counts = { backlog: 33, headcountOnAsOf: 6, decided: 99, averageHeadcount: 5.5, daysInPeriod: 90 };

describe('resources figure', () => {
  it('divides the backlog by the headcount on A and the decisions by the caseworker-years', () => {
    const f = resourcesFigure(counts, false);
    expect(f).toMatchObject({ backlog: 33, headcountOnAsOf: 6, caseload: 5.5, decided: 99, averageHeadcount: 5.5, withheld: false });
    expect(f.decisionsPerCaseworkerYear).toBeCloseTo((99 * 365) / (5.5 * 90), 12);
    expect(resourcesFigure(counts, true)).toEqual(f);
  });

  it('gives null at a headcount of 0, withheld for nobody', () => {
    const f = resourcesFigure({ backlog: 4, headcountOnAsOf: 0, decided: 0, averageHeadcount: 0, daysInPeriod: 90 }, true);
    expect(f).toMatchObject({ backlog: null, headcountOnAsOf: 0, caseload: null, decided: 0, averageHeadcount: 0, decisionsPerCaseworkerYear: null });
    expect(f.suppressed).toEqual([{ field: 'backlog', reason: 'BELOW_FIVE' }]);
  });

  it('withholds from the committee a caseload or rate that would give a "< 5" count away', () => {
    const f = resourcesFigure({ ...counts, backlog: 3, decided: 2 }, true);
    expect(f).toMatchObject({ backlog: null, caseload: null, decided: null, decisionsPerCaseworkerYear: null, headcountOnAsOf: 6, averageHeadcount: 5.5 });
    expect(f.suppressed).toEqual([
      { field: 'caseload', reason: 'SECONDARY' }, { field: 'decisionsPerCaseworkerYear', reason: 'SECONDARY' },
      { field: 'backlog', reason: 'BELOW_FIVE' }, { field: 'decided', reason: 'BELOW_FIVE' },
    ]);
  });

  it('treats a fractional average headcount in (0, 5) as "< 5" and withholds the rate on it', () => {
    const f = resourcesFigure({ ...counts, averageHeadcount: 4.9 }, true);
    expect(f).toMatchObject({ averageHeadcount: null, decisionsPerCaseworkerYear: null, caseload: 5.5 });
    expect(f.suppressed).toEqual([
      { field: 'decisionsPerCaseworkerYear', reason: 'SMALL_BASE' }, { field: 'averageHeadcount', reason: 'BELOW_FIVE' },
    ]);
  });
});
