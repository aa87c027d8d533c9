import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discloseCount, discloseStatistic, type Disclosed } from '../../server/access/disclosure';
import { discloseList, discloseTable, suppressionPattern } from '../../server/access/disclosure-table';

const shown = (value: number | null): Disclosed<number> => ({ value, withheld: false, reason: null });
const below5: Disclosed<number> = { value: null, withheld: true, reason: 'BELOW_FIVE' };
const secondary: Disclosed<number> = { value: null, withheld: true, reason: 'SECONDARY' };
const smallBase: Disclosed<number> = { value: null, withheld: true, reason: 'SMALL_BASE' };

describe('discloseCount', () => {
  it('shows 0 and counts of 5 or more, and "< 5" for counts above 0 and below 5', () => {
    expect(discloseCount(0)).toEqual(shown(0));
    expect(discloseCount(1)).toEqual(below5);
    expect(discloseCount(4)).toEqual(below5);
    expect(discloseCount(5)).toEqual(shown(5));
    expect(discloseCount(17)).toEqual(shown(17));
  });

  it('treats fractional counts such as an average headcount the same way', () => {
    expect(discloseCount(4.9)).toEqual(below5);
    expect(discloseCount(3.4)).toEqual(below5);
    expect(discloseCount(0.5)).toEqual(below5);
    expect(discloseCount(5.2)).toEqual(shown(5.2));
  });

  it('leaves a missing count null without calling it withheld, and rejects negative counts', () => {
    expect(discloseCount(null)).toEqual(shown(null));
    expect(() => discloseCount(-1)).toThrow(RangeError);
    expect(() => discloseCount(Number.NaN)).toThrow(RangeError);
  });
});

describe('discloseStatistic', () => {
  it('is null, not withheld, when the base is 0', () => {
    expect(discloseStatistic(0.5, 0)).toEqual(shown(null));
    expect(discloseStatistic(null, 0)).toEqual(shown(null));
  });

  it('is withheld when the base is above 0 and below 5, fractional bases included', () => {
    expect(discloseStatistic(0.67, 3)).toEqual(smallBase);
    expect(discloseStatistic(12.5, 4.9)).toEqual(smallBase);
  });

  it('is shown as it is from a base of 5, a null value staying null', () => {
    expect(discloseStatistic(0.6, 5)).toEqual(shown(0.6));
    expect(discloseStatistic(null, 5)).toEqual(shown(null));
  });
});

describe('discloseList (one row with its total)', () => {
  it('withholds the smallest other non-zero cell next to a lone "< 5", the first on ties', () => {
    // 3 is "< 5"; the other non-zero cells are 12, 8, 8, 20 (the 0 never counts); the smallest is
    // 8, which occurs twice, so the first 8 (index 2) is withheld.
    const list = discloseList([3, 12, 8, 8, 0, 20]);
    expect(list.cells).toEqual([below5, shown(12), secondary, shown(8), shown(0), shown(20)]);
    expect(list.total).toEqual(shown(51));
  });

  it('never picks a zero cell, even when it comes first or is smallest', () => {
    expect(discloseList([0, 3, 0, 9, 6]).cells).toEqual([shown(0), below5, shown(0), shown(9), secondary]);
  });

  it('needs no secondary suppression when two cells are already "< 5"', () => {
    expect(discloseList([3, 2, 10, 20]).cells).toEqual([below5, below5, shown(10), shown(20)]);
  });

  it('leaves a lone "< 5" alone when every other cell is 0, the total being "< 5" as well', () => {
    // Nothing non-zero is left to withhold. The 3 equals the total, but the total is itself a
    // count from 1 to 4 and so shows "< 5": the reader learns only that all of it is in one cell.
    const list = discloseList([3, 0, 0]);
    expect(list.cells).toEqual([below5, shown(0), shown(0)]);
    expect(list.total).toEqual(below5);
  });

  it('shows a list with nothing below 5 unchanged', () => {
    expect(discloseList([0, 5, 40])).toEqual({ cells: [shown(0), shown(5), shown(40)], total: shown(45) });
  });
});

describe('discloseTable (rows × columns with both margins)', () => {
  it('cascades: withholding to fix a row can leave a column with exactly one, which is fixed too', () => {
    //        c0  c1  c2
    //  r0 [  2,  8,  6 ]   primary: (r0,c0) = 2 is "< 5".
    //  r1 [  9, 12,  7 ]   1. row r0 has one: smallest other non-zero is 6 → (r0,c2) withheld.
    //  r2 [ 10,  0, 15 ]   2. rows fine; column c0 has one: 9 < 10 → (r1,c0) withheld.
    //                      3. now row r1 has one: 7 < 12 → (r1,c2) withheld, which also gives
    //                         column c2 its second. Every row and column now has 0 or 2.
    const table = discloseTable([
      [2, 8, 6],
      [9, 12, 7],
      [10, 0, 15],
    ]);
    expect(table.cells).toEqual([
      [below5, shown(8), secondary],
      [secondary, shown(12), secondary],
      [shown(10), shown(0), shown(15)],
    ]);
    expect(table.rowTotals).toEqual([shown(16), shown(28), shown(25)]);
    expect(table.columnTotals).toEqual([shown(21), shown(20), shown(28)]);
    expect(table.total).toEqual(shown(69));
  });

  it('fixes the columns under a row that already holds two "< 5" cells', () => {
    //  [ 3, 2, 10 ]   row r0 has two: nothing to do for it.
    //  [ 6, 9, 11 ]   column c0 has one → (r1,c0) = 6 withheld; then row r1 has one → the
    //                 smallest other is 9 → (r1,c1) withheld, which also completes column c1.
    expect(discloseTable([[3, 2, 10], [6, 9, 11]]).cells).toEqual([
      [below5, below5, shown(10)],
      [secondary, secondary, shown(11)],
    ]);
  });

  it('shows margins of 1 to 4 as "< 5", since they are counts', () => {
    const table = discloseTable([[1, 0], [0, 6]]);
    expect(table.rowTotals).toEqual([below5, shown(6)]);
    expect(table.columnTotals).toEqual([below5, shown(6)]);
  });

  it('rejects ragged tables and negative cells', () => {
    expect(() => discloseTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => discloseTable([[1, -2]])).toThrow(RangeError);
  });

  it('handles an empty table', () => {
    expect(discloseTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: shown(0) });
  });
});

describe('suppressionPattern properties', () => {
  // Small counts, so that many cells fall below 5 and cascades are common.
  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 6 }) })
    .chain(({ rows, columns }) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );

  const linesOf = (table: number[][]): [number, number][][] => [
    ...table.map((row, r) => row.map((_, c): [number, number] => [r, c])),
    ...(table[0] ?? []).map((_, c) => table.map((_, r): [number, number] => [r, c])),
  ];

  it('leaves no row or column with exactly one withheld cell unless nothing else non-zero is left in it', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const pattern = suppressionPattern(table);
        for (const line of linesOf(table)) {
          const hidden = line.filter(([r, c]) => pattern[r]![c] !== null).length;
          const visibleNonZero = line.filter(([r, c]) => pattern[r]![c] === null && table[r]![c]! > 0).length;
          expect(hidden === 1 && visibleNonZero > 0).toBe(false);
        }
      }),
    );
  });

  it('marks exactly the 1–4 cells as "< 5", withholds only cells of 5 or more secondarily, and never a 0', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const pattern = suppressionPattern(table);
        table.forEach((row, r) =>
          row.forEach((count, c) => {
            const reason = pattern[r]![c];
            expect(reason === 'BELOW_FIVE').toBe(count > 0 && count < 5);
            if (reason === 'SECONDARY') expect(count).toBeGreaterThanOrEqual(5);
            if (count === 0) expect(reason).toBeNull();
          }),
        );
      }),
    );
  });
});
