import { describe, expect, it } from 'vitest';
import type { ValueCount } from '../../server/stats/grouped';
import { percentileCont, percentilesCont } from '../../server/stats/percentiles';

const ones = (values: number[]): ValueCount[] => values.map((value) => ({ value, count: 1 }));

/** Reference: percentile_cont over the expanded, sorted values, written out the slow way. */
function naive(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

describe('percentileCont (PostgreSQL percentile_cont)', () => {
  it('interpolates between closest ranks of 10, 20, 30, 40', () => {
    // N = 4, position f·(N−1) = 3f (0-based ranks):
    // p50: 1.5 → 20 + 0.5·10 = 25;  p80: 2.4 → 30 + 0.4·10 = 34;  p90: 2.7 → 30 + 0.7·10 = 37
    // p0: rank 0 → 10;  p100: rank 3 → 40
    const histogram = ones([10, 20, 30, 40]);
    expect(percentileCont(histogram, 0.5)).toBeCloseTo(25, 12);
    expect(percentileCont(histogram, 0.8)).toBeCloseTo(34, 12);
    expect(percentileCont(histogram, 0.9)).toBeCloseTo(37, 12);
    expect(percentileCont(histogram, 0)).toBe(10);
    expect(percentileCont(histogram, 1)).toBe(40);
  });

  it('gives the same from unsorted bins with zero counts and a repeated value split over bins', () => {
    // Same four values; the 99 bin is empty and must not count; 30 comes as two bins 1 + 0.
    const histogram = [
      { value: 40, count: 1 }, { value: 99, count: 0 }, { value: 10, count: 1 },
      { value: 30, count: 1 }, { value: 20, count: 1 }, { value: 30, count: 0 },
    ];
    const [p50, p80, p90] = percentilesCont(histogram, [0.5, 0.8, 0.9]);
    expect(p50).toBeCloseTo(25, 12);
    expect(p80).toBeCloseTo(34, 12);
    expect(p90).toBeCloseTo(37, 12);
  });

  it('handles ties inside a bin', () => {
    // Values 1, 1, 1, 5 (ranks 0–2 are 1, rank 3 is 5):
    // p50: 1.5 → ranks 1 and 2, both 1 → 1;  p80: 2.4 → 1 + 0.4·4 = 2.6;  p90: 2.7 → 1 + 0.7·4 = 3.8
    const histogram = [{ value: 1, count: 2 }, { value: 5, count: 1 }, { value: 1, count: 1 }];
    const [p50, p80, p90] = percentilesCont(histogram, [0.5, 0.8, 0.9]);
    expect(p50).toBe(1);
    expect(p80).toBeCloseTo(2.6, 12);
    expect(p90).toBeCloseTo(3.8, 12);
  });

  it('returns the value itself for a single value, however often it occurs', () => {
    expect(percentilesCont([{ value: 7, count: 1 }], [0, 0.5, 0.9, 1])).toEqual([7, 7, 7, 7]);
    expect(percentilesCont([{ value: 7, count: 3 }], [0, 0.5, 0.9, 1])).toEqual([7, 7, 7, 7]);
  });

  it('is null without observations, zero counts included', () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(percentilesCont([{ value: 3, count: 0 }], [0.5, 0.9])).toEqual([null, null]);
    expect(percentilesCont([], [])).toEqual([]);
  });

  it('agrees with the expanded computation on arbitrary data', () => {
    // Processing days with many ties, every 5 %: bins and the expanded list must agree exactly.
    const values = [0, 0, 3, 3, 3, 7, 12, 12, 30, 31, 31, 31, 45, 90, 90, 200];
    const histogram = [...new Set(values)].map((value) => ({ value, count: values.filter((v) => v === value).length }));
    for (let i = 0; i <= 20; i++) {
      const fraction = i / 20;
      expect(percentileCont(histogram, fraction)).toBe(naive(values, fraction));
    }
  });

  it('rejects fractions outside [0, 1], even without data', () => {
    expect(() => percentileCont(ones([1]), -0.01)).toThrow(RangeError);
    expect(() => percentileCont(ones([1]), 1.01)).toThrow(RangeError);
    expect(() => percentileCont([], Number.NaN)).toThrow(RangeError);
    expect(() => percentilesCont(ones([1]), [0.5, 2])).toThrow(RangeError);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => percentileCont([{ value: 1, count: -1 }], 0.5)).toThrow(RangeError);
    expect(() => percentileCont([{ value: 1, count: 0.5 }], 0.5)).toThrow(RangeError);
  });
});
