import { describe, expect, it } from 'vitest';
import { rateWithUnits, suggestedUnits } from '../../server/stats/deadline-suggestion';

// 20 decided cases by the minimal number of units that would have made them on time:
//   value  1  2  3  4  6
//   count  5  7  5  2  1      cumulative 5, 12, 17, 19, 20 → rates 0.25, 0.6, 0.85, 0.95, 1
const twenty = [
  { value: 1, count: 5 }, { value: 2, count: 7 }, { value: 3, count: 5 }, { value: 4, count: 2 }, { value: 6, count: 1 },
];

describe('suggested deadline', () => {
  it('accepts a value where the rate reaches 85 % exactly', () => {
    // 17/20 = 0.85 exactly → V = 3 (V = 2 gives only 0.6).
    expect(suggestedUnits(twenty)).toEqual({ value: 3, rate: 0.85 });
    // 100 cases: 84 at 1, 1 at 2, 15 at 7 → V = 1 gives 0.84, V = 2 gives 85/100 = 0.85 → 2.
    expect(suggestedUnits([{ value: 1, count: 84 }, { value: 2, count: 1 }, { value: 7, count: 15 }])).toEqual({ value: 2, rate: 0.85 });
  });

  it('takes the first value past the target when none hits it exactly', () => {
    // 7 cases: 3 at 1, 2 at 2, 1 at 5, 1 at 9 → rates 3/7 ≈ 0.43, 5/7 ≈ 0.71, 6/7 ≈ 0.857 → V = 5.
    const result = suggestedUnits([{ value: 1, count: 3 }, { value: 2, count: 2 }, { value: 5, count: 1 }, { value: 9, count: 1 }]);
    expect(result).toEqual({ value: 5, rate: 6 / 7 });
  });

  it('reads unsorted bins, zero counts and split bins like the tidy histogram', () => {
    const messy = [
      { value: 6, count: 1 }, { value: 3, count: 2 }, { value: 8, count: 0 }, { value: 1, count: 5 },
      { value: 4, count: 2 }, { value: 2, count: 7 }, { value: 3, count: 3 },
    ];
    expect(suggestedUnits(messy)).toEqual({ value: 3, rate: 0.85 });
  });

  it('is null with fewer than 5 cases, and answers from 5 on', () => {
    expect(suggestedUnits([{ value: 1, count: 4 }])).toBeNull();
    expect(suggestedUnits([{ value: 1, count: 3 }, { value: 2, count: 1 }, { value: 9, count: 0 }])).toBeNull();
    expect(suggestedUnits([])).toBeNull();
    // 5 cases: 4 at 1 (0.8), 1 at 3 (1.0) → V = 3.
    expect(suggestedUnits([{ value: 1, count: 4 }, { value: 3, count: 1 }])).toEqual({ value: 3, rate: 1 });
    // A lower minimum lets 4 cases through; no cases at all never give a suggestion.
    expect(suggestedUnits([{ value: 2, count: 4 }], 0.85, 1)).toEqual({ value: 2, rate: 1 });
    expect(suggestedUnits([], 0.85, 0)).toBeNull();
  });

  it('always reaches the target at the largest value, since that makes every case on time', () => {
    // All 5 need 10 units → V = 10, rate 1; a target of 1 picks the largest value (6 for `twenty`).
    expect(suggestedUnits([{ value: 10, count: 5 }])).toEqual({ value: 10, rate: 1 });
    expect(suggestedUnits(twenty, 1)).toEqual({ value: 6, rate: 1 });
    // A lower target: 0.6 is reached exactly at V = 2 (12/20).
    expect(suggestedUnits(twenty, 0.6)).toEqual({ value: 2, rate: 0.6 });
  });

  it('agrees with rateWithUnits: the suggestion reaches the target, one unit less does not', () => {
    const result = suggestedUnits(twenty)!;
    expect(rateWithUnits(twenty, result.value)).toBe(result.rate);
    expect(rateWithUnits(twenty, result.value - 1)!).toBeLessThan(0.85);
  });

  it('rejects minimal units that are not whole numbers ≥ 1, and bad targets', () => {
    expect(() => suggestedUnits([{ value: 0, count: 5 }])).toThrow(RangeError);
    expect(() => suggestedUnits([{ value: 1.5, count: 5 }])).toThrow(RangeError);
    expect(() => suggestedUnits(twenty, 1.2)).toThrow(RangeError);
    expect(() => suggestedUnits(twenty, 0.85, -1)).toThrow(RangeError);
  });
});

describe('rate with a given number of units', () => {
  it('is the share of cases needing at most that many units', () => {
    // From the cumulative counts of `twenty`: ≤0 → 0, ≤3 → 17/20, ≤5 → 19/20, ≤6 and beyond → 1.
    expect(rateWithUnits(twenty, 0)).toBe(0);
    expect(rateWithUnits(twenty, 1)).toBe(0.25);
    expect(rateWithUnits(twenty, 3)).toBe(0.85);
    expect(rateWithUnits(twenty, 5)).toBe(0.95);
    expect(rateWithUnits(twenty, 6)).toBe(1);
    expect(rateWithUnits(twenty, 100)).toBe(1);
  });

  it('is null without cases', () => {
    expect(rateWithUnits([], 3)).toBeNull();
    expect(rateWithUnits([{ value: 2, count: 0 }], 3)).toBeNull();
  });
});
