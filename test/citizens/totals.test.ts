// Summing the grouped rows of one scope: groups, histogram bins and the order of combinations.
import { describe, expect, it } from 'vitest';
import { allCitizens, combinationsOf, crossDepartmentTotals } from '../../server/citizens/totals';
import type { CrossDepartmentRow } from '../../server/citizens/queries';

const row = (crossDepartment: boolean, caseworkers: number, citizens: number, decidedWithDueDate = 0, onTime = 0): CrossDepartmentRow => ({
  scopeId: 'S', kind: 'caseworkers', crossDepartment, caseworkers, departments: null, citizens, decidedWithDueDate, onTime,
});
const combination = (departments: string, citizens: number): CrossDepartmentRow => ({
  scopeId: 'S', kind: 'combination', crossDepartment: null, caseworkers: null, departments, citizens, decidedWithDueDate: 0, onTime: 0,
});

describe('crossDepartmentTotals', () => {
  it('sums each group and fills the bins from 0 to the most caseworkers seen', () => {
    const t = crossDepartmentTotals([row(false, 1, 3, 4, 1), row(true, 3, 2, 2, 2), row(false, 4, 1), row(true, 1, 1), combination('A,B', 3)]);
    expect(t.cross).toEqual({ citizens: 3, caseworkerSum: 7, threeOrMore: 2, withDueDate: 2, onTime: 2 });
    expect(t.others).toEqual({ citizens: 4, caseworkerSum: 7, threeOrMore: 1, withDueDate: 4, onTime: 1 });
    expect(allCitizens(t)).toEqual({ citizens: 7, caseworkerSum: 14, threeOrMore: 3, withDueDate: 6, onTime: 3 });
    expect(t.bins).toEqual([
      { caseworkers: 0, citizens: 0, crossDepartmentCitizens: 0 }, { caseworkers: 1, citizens: 4, crossDepartmentCitizens: 1 },
      { caseworkers: 2, citizens: 0, crossDepartmentCitizens: 0 }, { caseworkers: 3, citizens: 2, crossDepartmentCitizens: 2 },
      { caseworkers: 4, citizens: 1, crossDepartmentCitizens: 0 },
    ]);
  });

  it('has no bins without citizens', () => {
    expect(crossDepartmentTotals([]).bins).toEqual([]);
  });
});

describe('combinationsOf', () => {
  it('orders by citizens, then by the ids joined with commas in code-point order', () => {
    const rows = [combination('B,C', 1), combination('A1,B', 1), combination('A,B', 2), combination('A,A1', 1), row(true, 2, 5), combination('a,B', 1)];
    expect(combinationsOf(rows).map((c) => [c.departmentIds.join('+'), c.citizens])).toEqual([
      ['A+B', 2], ['A+A1', 1], ['A1+B', 1], ['B+C', 1], ['B+a', 1],
    ]);
  });
});
