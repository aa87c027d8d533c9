import { describe, expect, it } from 'vitest';
import { allocate, type StratumSize } from '../../server/stats/allocation';

const strata = (...pairs: [string, number][]): StratumSize[] => pairs.map(([key, frameSize]) => ({ key, frameSize }));
const allocated = (result: { allocated: number }[]) => result.map((stratum) => stratum.allocated);

describe('proportional allocation (largest remainder)', () => {
  it('floors the quotas and gives the rest to the largest remainders', () => {
    // n = 10, N = 20 + 30 + 50 = 100: quotas 2.0, 3.0, 5.0 → exact, nothing left over
    expect(allocate(strata(['a', 20], ['b', 30], ['c', 50]), { method: 'proportional', total: 10 })).toEqual([
      { key: 'a', frameSize: 20, allocated: 2 },
      { key: 'b', frameSize: 30, allocated: 3 },
      { key: 'c', frameSize: 50, allocated: 5 },
    ]);
    // n = 10, N = 7 + 13 + 20 = 40: quotas 1.75, 3.25, 5.0 → floors 1, 3, 5 = 9; one unit to the largest remainder (a, .75)
    expect(allocated(allocate(strata(['a', 7], ['b', 13], ['c', 20]), { method: 'proportional', total: 10 }))).toEqual([2, 3, 5]);
  });

  it('breaks a remainder tie by the larger N_h', () => {
    // n = 5, N = 6 + 10 + 4 = 20: quotas 1.5, 2.5, 1.0 → floors 1, 2, 1 = 4; a and b tie on .5,
    // b has the larger N_h (10 > 6) and wins although 'a' < 'b' → 1, 3, 1
    expect(allocated(allocate(strata(['a', 6], ['b', 10], ['c', 4]), { method: 'proportional', total: 5 }))).toEqual([1, 3, 1]);
  });

  it('then by the smaller key, in plain code-unit order, keeping the input order in the output', () => {
    // n = 5, N = 3 + 3 + 4 = 10: quotas 1.5, 1.5, 2.0 → floors 1, 1, 2 = 4; 'a' and 'b' tie on .5 and N_h 3 → 'a' gets it
    expect(allocate(strata(['b', 3], ['a', 3], ['c', 4]), { method: 'proportional', total: 5 })).toEqual([
      { key: 'b', frameSize: 3, allocated: 1 },
      { key: 'a', frameSize: 3, allocated: 2 },
      { key: 'c', frameSize: 4, allocated: 2 },
    ]);
    // 'B' (U+0042) < 'a' (U+0061) in code units, although a locale collation would put 'a' first.
    expect(allocated(allocate(strata(['a', 3], ['B', 3], ['c', 4]), { method: 'proportional', total: 5 }))).toEqual([1, 2, 2]);
    // department/case-type keys compare as strings: '10/2' < '9/1'
    expect(allocated(allocate(strata(['9/1', 3], ['10/2', 3], ['c', 4]), { method: 'proportional', total: 5 }))).toEqual([1, 2, 2]);
  });

  it('bumps a non-empty stratum with 0 to 1, so the total may exceed n', () => {
    // n = 2, N = 1 + 100 = 101: quotas 2/101 = 0.0198, 200/101 = 1.980 → floors 0, 1; the unit goes to b (.980)
    // → 0, 2; a is non-empty with 0 → 1; total 3 > 2
    expect(allocated(allocate(strata(['a', 1], ['b', 100]), { method: 'proportional', total: 2 }))).toEqual([1, 2]);
    // n = 0 is all bumps: every non-empty stratum gets its 1, the empty one 0.
    expect(allocated(allocate(strata(['a', 5], ['b', 0], ['c', 9]), { method: 'proportional', total: 0 }))).toEqual([1, 0, 1]);
  });

  it('caps at N_h without redistributing', () => {
    // n = 12 > N = 3 + 7 = 10: quotas 3.6, 8.4 → floors 3, 8 = 11; the unit to a (.6) → 4, 8; capped → 3, 7 (total 10 < 12)
    expect(allocated(allocate(strata(['a', 3], ['b', 7]), { method: 'proportional', total: 12 }))).toEqual([3, 7]);
  });

  it('gives empty strata 0 and never a remainder unit', () => {
    // n = 3, N = 0 + 1 + 2 = 3: quotas 0, 1, 2
    expect(allocated(allocate(strata(['a', 0], ['b', 1], ['c', 2]), { method: 'proportional', total: 3 }))).toEqual([0, 1, 2]);
    // n = 2, N = 0 + 3 = 3: quotas 0, 2; the empty stratum stays at 0
    expect(allocated(allocate(strata(['a', 0], ['b', 3]), { method: 'proportional', total: 2 }))).toEqual([0, 2]);
    expect(allocated(allocate(strata(['a', 0], ['b', 0]), { method: 'proportional', total: 4 }))).toEqual([0, 0]);
    expect(allocate([], { method: 'proportional', total: 4 })).toEqual([]);
  });
});

describe('equal allocation', () => {
  it('gives k to each stratum, capped at N_h with the excess not redistributed, empty strata 0', () => {
    // k = 5: a has only 2 (the 3 it cannot take are not moved to b), b 5 of 50, c empty → 0
    expect(allocated(allocate(strata(['a', 2], ['b', 50], ['c', 0]), { method: 'equal', perStratum: 5 }))).toEqual([2, 5, 0]);
  });
});

describe('validation', () => {
  it('rejects bad sizes and duplicate keys', () => {
    expect(() => allocate(strata(['a', -1]), { method: 'equal', perStratum: 1 })).toThrow(RangeError);
    expect(() => allocate(strata(['a', 1.5]), { method: 'equal', perStratum: 1 })).toThrow(RangeError);
    expect(() => allocate(strata(['a', 1]), { method: 'equal', perStratum: -2 })).toThrow(/perStratum/);
    expect(() => allocate(strata(['a', 1]), { method: 'proportional', total: 2.5 })).toThrow(/total/);
    expect(() => allocate(strata(['a', 1], ['a', 2]), { method: 'equal', perStratum: 1 })).toThrow(/duplicate/);
  });
});
