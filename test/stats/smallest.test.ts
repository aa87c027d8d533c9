import { describe, expect, it } from 'vitest';
import { smallest } from '../../server/stats/smallest';

const numeric = (a: number, b: number) => a - b;

describe('smallest', () => {
  it('keeps the first k in order, ties included', () => {
    expect(smallest([5, 1, 4, 1, 3, 9, 2], 3, numeric)).toEqual([1, 1, 2]);
    expect(smallest([5, 1, 4, 1, 3, 9, 2], 1, numeric)).toEqual([1]);
    expect(smallest([3, 3, 3], 2, numeric)).toEqual([3, 3]);
  });

  it('gives nothing for k = 0 and everything, sorted, for k at or beyond the length', () => {
    expect(smallest([2, 1], 0, numeric)).toEqual([]);
    expect(smallest([], 3, numeric)).toEqual([]);
    expect(smallest([4, 2, 8, 6], 4, numeric)).toEqual([2, 4, 6, 8]);
    expect(smallest([4, 2, 8, 6], 10, numeric)).toEqual([2, 4, 6, 8]);
  });

  it('equals sorting everything and slicing, for any k, on data with many ties', () => {
    // A fixed pseudo-random sequence (LCG), so the test is the same on every run.
    let state = 12345;
    const items = Array.from({ length: 2_000 }, () => { state = (state * 1_103_515_245 + 12_345) % 2 ** 31; return state % 300; });
    const sorted = [...items].sort(numeric);
    for (const k of [1, 2, 7, 50, 299, 1_000, 1_999, 2_000]) expect(smallest(items, k, numeric), `k = ${k}`).toEqual(sorted.slice(0, k));
  });

  it('orders by the comparator given (here by text, then by number)', () => {
    const items = [{ t: 'b', n: 2 }, { t: 'a', n: 9 }, { t: 'b', n: 1 }, { t: 'a', n: 3 }];
    const compare = (x: { t: string; n: number }, y: { t: string; n: number }) => (x.t < y.t ? -1 : x.t > y.t ? 1 : x.n - y.n);
    expect(smallest(items, 3, compare)).toEqual([{ t: 'a', n: 3 }, { t: 'a', n: 9 }, { t: 'b', n: 1 }]);
  });
});
