import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '../../server/stats/spearman';

const pairs = (xs: number[], ys: number[]) => xs.map((x, i) => ({ x, y: ys[i]! }));

describe('average ranks', () => {
  it('ranks from 1 in input order, ties sharing the mean of their ranks', () => {
    // sorted: 10 → 1, 20 & 20 → ranks 2, 3 → 2.5 each, 30 → 4
    expect(averageRanks([10, 30, 20, 20])).toEqual([1, 4, 2.5, 2.5]);
    // three equal values span ranks 1..3 → 2 each
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
    // −1 → 1, 0 & 0 & 0 → ranks 2..4 → 3, 5 → 5
    expect(averageRanks([0, 5, -1, 0, 0])).toEqual([3, 5, 1, 3, 3]);
    expect(averageRanks([])).toEqual([]);
  });

  it('rejects values that cannot be ordered', () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(RangeError);
    expect(() => averageRanks([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe("Spearman's rho", () => {
  it('is ±1 for perfectly monotone series, linear or not', () => {
    expect(spearman(pairs([1, 2, 3], [10, 20, 30]))).toBe(1);
    expect(spearman(pairs([1, 2, 3, 4], [1, 4, 9, 100]))).toBe(1);
    expect(spearman(pairs([0.1, 0.5, 0.2, 0.9], [8, 2, 7, 1]))).toBe(-1);
    expect(spearman(pairs([1, 2], [5, 3]))).toBe(-1);
  });

  it('matches the classic formula without ties', () => {
    // x = 1..5, y = [2,1,4,3,5]: d = [−1,1,−1,1,0], Σd² = 4 → ρ = 1 − 6·4/(5·24) = 0.8
    expect(spearman(pairs([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]))).toBeCloseTo(0.8, 12);
  });

  it('uses average ranks for ties (worked by hand)', () => {
    // x = [1,2,2,3] → ranks [1, 2.5, 2.5, 4]; y = [1,3,2,4] → ranks [1, 3, 2, 4]; both means 2.5.
    // dx = [−1.5, 0, 0, 1.5], dy = [−1.5, 0.5, −0.5, 1.5]
    // Σdxdy = 2.25 + 0 + 0 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 2.25 + 0.25 + 0.25 + 2.25 = 5
    // ρ = 4.5 / √(4.5·5) = 4.5 / √22.5 = √0.9 = 3/√10 ≈ 0.9486833
    expect(spearman(pairs([1, 2, 2, 3], [1, 3, 2, 4]))).toBeCloseTo(3 / Math.sqrt(10), 12);
    // Pair order does not matter.
    expect(spearman(pairs([3, 2, 1, 2], [4, 2, 1, 3]))).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('is null for a constant series', () => {
    expect(spearman(pairs([4, 4, 4], [1, 2, 3]))).toBeNull();
    expect(spearman(pairs([1, 2, 3], [0.5, 0.5, 0.5]))).toBeNull();
  });

  it('is null with fewer than 2 pairs', () => {
    expect(spearman([])).toBeNull();
    expect(spearman([{ x: 1, y: 2 }])).toBeNull();
  });

  it('lies in [−1, 1], is symmetric, and ignores monotone transforms', () => {
    const pairList = fc.array(fc.record({ x: fc.integer({ min: -5, max: 5 }), y: fc.integer({ min: -5, max: 5 }) }), { maxLength: 30 });
    fc.assert(fc.property(pairList, (list) => {
      const rho = spearman(list);
      if (rho === null) return;
      expect(rho).toBeGreaterThanOrEqual(-1);
      expect(rho).toBeLessThanOrEqual(1);
      expect(spearman(list.map(({ x, y }) => ({ x: y, y: x })))).toBeCloseTo(rho, 12);
      // Strictly increasing in x, decreasing in y → only the sign flips.
      expect(spearman(list.map(({ x, y }) => ({ x: x ** 3 + x, y: -y })))).toBeCloseTo(-rho, 12);
    }));
  });
});
