// The CrossDepartment figure from totals, as computed and for the committee (metrics.md,
// "Disclosure control"), on small hand-made totals where each rule has one visible effect.
import { describe, expect, it } from 'vitest';
import { combinationsFigure, crossDepartmentFigure } from '../../server/citizens/figures';
import type { CaseworkerBin, CrossDepartmentTotals, GroupTotals } from '../../server/citizens/totals';

const group = (g: Partial<GroupTotals>): GroupTotals => ({ citizens: 0, caseworkerSum: 0, threeOrMore: 0, withDueDate: 0, onTime: 0, ...g });
const bin = (caseworkers: number, citizens: number, crossDepartmentCitizens: number): CaseworkerBin => ({ caseworkers, citizens, crossDepartmentCitizens });
const cells = (f: ReturnType<typeof crossDepartmentFigure>) =>
  f.caseworkerHistogram.map((b) => [b.caseworkers, b.citizens, b.crossDepartmentCitizens, b.reason]);

/** 21 citizens, none cross-department: 10 without caseworkers, 3 with one, 8 with two (1·3 + 2·8 = 19). */
const NOBODY_CROSS: CrossDepartmentTotals = {
  cross: group({}), others: group({ citizens: 21, caseworkerSum: 19, withDueDate: 20, onTime: 15 }),
  bins: [bin(0, 10, 0), bin(1, 3, 0), bin(2, 8, 0)],
};

describe('the figure as computed', () => {
  it('divides each group by its own citizens', () => {
    const t: CrossDepartmentTotals = {
      cross: group({ citizens: 4, caseworkerSum: 10, threeOrMore: 2, withDueDate: 5, onTime: 4 }),
      others: group({ citizens: 6, caseworkerSum: 6, threeOrMore: 0, withDueDate: 0, onTime: 0 }),
      bins: [bin(0, 1, 0), bin(1, 4, 0), bin(2, 3, 2), bin(3, 2, 2)],
    };
    expect(crossDepartmentFigure(t, false)).toEqual({
      citizens: 10, crossDepartmentCitizens: 4, crossDepartmentShare: 0.4, caseworkersPerCitizen: 1.6,
      caseworkersPerCrossDepartmentCitizen: 2.5, caseworkersPerOtherCitizen: 1, shareWithThreeOrMoreCaseworkers: 0.2,
      shareWithThreeOrMoreCaseworkersCrossDepartment: 0.5, shareWithThreeOrMoreCaseworkersOthers: 0,
      timelinessCrossDepartment: 0.8, decidedWithDueDateCrossDepartment: 5, timelinessOthers: null, decidedWithDueDateOthers: 0,
      caseworkerHistogram: [0, 1, 2, 3].map((k) => ({ ...t.bins[k]!, withheld: false, reason: null })),
      withheld: false, suppressed: [],
    });
  });
});

describe('the figure for the committee', () => {
  it('withholds a lone "< 5" histogram bin and the smallest other one of its column', () => {
    const f = crossDepartmentFigure(NOBODY_CROSS, true);
    expect(cells(f)).toEqual([[0, 10, 0, null], [1, null, 0, 'BELOW_FIVE'], [2, null, 0, 'SECONDARY']]);
    expect(f).toMatchObject({ citizens: 21, crossDepartmentCitizens: 0, crossDepartmentShare: 0, timelinessOthers: 0.75, withheld: false, suppressed: [] });
    expect(f.caseworkersPerCitizen).toBeCloseTo(19 / 21, 12);
  });

  it('withholds a bin’s cross-department count when the others of the bin are 1–4, then one more of that column', () => {
    // Bin 1: 12 citizens, 9 cross-department → 3 others, worked out by subtraction: 9 is withheld,
    // and then 6 (the only other cross-department count) so that 9 cannot come from the total 15.
    const t: CrossDepartmentTotals = {
      cross: group({ citizens: 15, caseworkerSum: 21 }), others: group({ citizens: 17, caseworkerSum: 31 }),
      bins: [bin(0, 0, 0), bin(1, 12, 9), bin(2, 20, 6)],
    };
    const f = crossDepartmentFigure(t, true);
    expect(cells(f)).toEqual([[0, 0, 0, null], [1, 12, null, 'SECONDARY'], [2, 20, null, 'SECONDARY']]);
    expect(f).toMatchObject({ citizens: 32, crossDepartmentCitizens: 15, withheld: false });
  });

  it('withholds the cross-department count and share when the other citizens are 1–4', () => {
    const t: CrossDepartmentTotals = {
      cross: group({ citizens: 37, caseworkerSum: 74 }), others: group({ citizens: 3, caseworkerSum: 3 }), bins: [bin(0, 0, 0), bin(1, 3, 0), bin(2, 37, 37)],
    };
    const f = crossDepartmentFigure(t, true);
    expect(f).toMatchObject({
      citizens: 40, crossDepartmentCitizens: null, crossDepartmentShare: null, caseworkersPerCrossDepartmentCitizen: 2,
      caseworkersPerOtherCitizen: null, shareWithThreeOrMoreCaseworkersOthers: null, withheld: true,
    });
    expect(f.suppressed).toEqual(expect.arrayContaining([
      { field: 'crossDepartmentCitizens', reason: 'SECONDARY' }, { field: 'crossDepartmentShare', reason: 'SECONDARY' },
      { field: 'caseworkersPerOtherCitizen', reason: 'SMALL_BASE' }, { field: 'shareWithThreeOrMoreCaseworkersOthers', reason: 'SMALL_BASE' },
    ]));
    expect(f.suppressed).toHaveLength(4);
    // The column of cross-department citizens has no shown total left to subtract from.
    expect(cells(f)).toEqual([[0, 0, 0, null], [1, null, 0, 'BELOW_FIVE'], [2, null, 37, 'SECONDARY']]);
  });

  it('withholds a timeliness rate that would give away 1–4 late cases (18 of 20 on time), and names no internal count', () => {
    const t: CrossDepartmentTotals = {
      cross: group({ citizens: 10, caseworkerSum: 20, withDueDate: 20, onTime: 18 }), others: group({ citizens: 10, caseworkerSum: 10, withDueDate: 10, onTime: 5 }),
      bins: [bin(0, 0, 0), bin(1, 10, 0), bin(2, 10, 10)],
    };
    const f = crossDepartmentFigure(t, true);
    expect(f).toMatchObject({ decidedWithDueDateCrossDepartment: 20, timelinessCrossDepartment: null, decidedWithDueDateOthers: 10, timelinessOthers: 0.5 });
    expect(f.suppressed).toEqual([{ field: 'timelinessCrossDepartment', reason: 'SECONDARY' }]);
  });
});

describe('the combinations', () => {
  const all = [
    { departmentIds: ['A', 'B'], citizens: 12 }, { departmentIds: ['A', 'C'], citizens: 7 }, { departmentIds: ['B', 'C'], citizens: 3 },
  ];

  it('are the first ones as computed', () => {
    expect(combinationsFigure(all, 2, false)).toEqual([
      { departmentIds: ['A', 'B'], citizens: 12, withheld: false, reason: null }, { departmentIds: ['A', 'C'], citizens: 7, withheld: false, reason: null },
    ]);
  });

  it('are protected as a whole list for the committee, also where the list is cut', () => {
    // 3 is "< 5"; the 7 is withheld too, or 3 = crossDepartmentCitizens − 12 − 7.
    expect(combinationsFigure(all, 2, true).map((c) => [c.citizens, c.reason])).toEqual([[12, null], [null, 'SECONDARY']]);
    expect(combinationsFigure(all, 3, true).map((c) => c.reason)).toEqual([null, 'SECONDARY', 'BELOW_FIVE']);
  });
});
