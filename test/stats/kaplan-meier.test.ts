import { describe, expect, it } from 'vitest';
import { kaplanMeier, type KmObservation } from '../../server/stats/kaplan-meier';

/** One event per day t = 1..k, then `rest` cases censored at day 100. */
function oneEventPerDay(k: number, rest: number): KmObservation[] {
  const observations = Array.from({ length: k }, (_, i) => ({ t: i + 1, events: 1, censored: 0 }));
  return [...observations, { t: 100, events: 0, censored: rest }];
}

describe('Kaplan–Meier time to decision', () => {
  it('keeps cases censored at an event time at risk, with tied events', () => {
    // 10 cases, given unsorted and with t = 4 split over two rows:
    //   t=1: 1 event             n = 10      S = 9/10             = 0.9
    //   t=3: 1 censored          (no point)
    //   t=4: 2 events, 2 cens.   n = 10−1−1 = 8   S = 0.9·6/8      = 0.675
    //   t=6: 1 event, 1 cens.    n = 8−4   = 4   S = 0.675·3/4    = 0.50625
    //   t=9: 1 event             n = 4−2   = 2   S = 0.50625·1/2  = 0.253125
    //   t=12: 1 censored
    // median: first S ≤ 0.5 is t=9 (0.50625 at t=6 is not); p80: S never ≤ 0.2 → null
    const result = kaplanMeier([
      { t: 6, events: 1, censored: 1 }, { t: 4, events: 1, censored: 2 }, { t: 12, events: 0, censored: 1 },
      { t: 1, events: 1, censored: 0 }, { t: 9, events: 1, censored: 0 }, { t: 4, events: 1, censored: 0 },
      { t: 3, events: 0, censored: 1 },
    ]);
    expect(result).toMatchObject({ cohort: 10, events: 5, censored: 5, median: 9, p80: null });
    expect(result.points.map(({ t, atRisk, events }) => [t, atRisk, events])).toEqual([[1, 10, 1], [4, 8, 2], [6, 4, 1], [9, 2, 1]]);
    const survival = result.points.map((p) => p.survival);
    [0.9, 0.675, 0.50625, 0.253125].forEach((s, i) => expect(survival[i]).toBeCloseTo(s, 12));
  });

  it('takes a survival of exactly ½ from a single factor as the median', () => {
    // 10 cases; t=3: 5 events and 2 censored, n = 10 → S = 1 − 5/10 = 1/2 exactly → median 3.
    // t=7: 1 event, n = 10−7 = 3 → S = ½·2/3 = 1/3; then 2 censored at t=8. p80: never ≤ 0.2.
    const result = kaplanMeier([{ t: 3, events: 5, censored: 2 }, { t: 7, events: 1, censored: 0 }, { t: 8, events: 0, censored: 2 }]);
    expect(result.median).toBe(3);
    expect(result.p80).toBeNull();
    expect(result.points.map((p) => p.survival)).toEqual([0.5, expect.closeTo(1 / 3, 12)]);
  });

  it('judges a product of exactly ½ exactly, where floating point would miss it', () => {
    // 24 cases, one event per day t = 1..12, then 12 censored: n runs 24, 23, …, 13 and
    // S(12) = (23/24)(22/23)…(12/13) = 12/24 = ½ exactly. In doubles the product comes out as
    // 0.5000000000000001, which would leave the median null. It must be 12.
    const result = kaplanMeier(oneEventPerDay(12, 12));
    expect(result.median).toBe(12);
    expect(result.points[10]!.survival).toBeGreaterThan(0.5); // S(11) = 13/24
    expect(result.points[11]!.survival).toBe(0.5);
    expect(result.p80).toBeNull();
  });

  it('judges a product of exactly 0.2 exactly for p80', () => {
    // 15 cases, one event per day t = 1..12, then 3 censored: S(t) = (15 − t)/15.
    // median: (15 − t)/15 ≤ ½ ⇔ t ≥ 7.5 → 8 (S = 7/15). p80: S(12) = 3/15 = 0.2 exactly
    // (0.20000000000000007 in doubles) → 12.
    const result = kaplanMeier(oneEventPerDay(12, 3));
    expect(result.median).toBe(8);
    expect(result.p80).toBe(12);
    expect(result.points[7]!.survival).toBeCloseTo(7 / 15, 12);
    expect(result.points[11]!.survival).toBeCloseTo(0.2, 12);
  });

  it('reaches 0 when the last cases at risk are all decided', () => {
    // 4 cases decided at t = 1, 2, 5, 5: S = 3/4, 2/4, then n = 2, d = 2 → 0.
    // median: S(2) = ½ → 2; p80: S(5) = 0 → 5.
    const result = kaplanMeier([{ t: 1, events: 1, censored: 0 }, { t: 2, events: 1, censored: 0 }, { t: 5, events: 2, censored: 0 }]);
    expect(result.points.map((p) => [p.t, p.atRisk, p.events, p.survival])).toEqual([[1, 4, 1, 0.75], [2, 3, 1, 0.5], [5, 2, 2, 0]]);
    expect(result).toMatchObject({ cohort: 4, events: 4, censored: 0, median: 2, p80: 5 });
  });

  it('has no points and no median when everything is censored', () => {
    const result = kaplanMeier([{ t: 5, events: 0, censored: 3 }, { t: 40, events: 0, censored: 2 }]);
    expect(result).toEqual({ cohort: 5, events: 0, censored: 5, points: [], median: null, p80: null });
  });

  it('returns an empty result for no cases', () => {
    expect(kaplanMeier([])).toEqual({ cohort: 0, events: 0, censored: 0, points: [], median: null, p80: null });
    expect(kaplanMeier([{ t: 3, events: 0, censored: 0 }])).toMatchObject({ cohort: 0, points: [], median: null });
  });

  it('stays finite and exact over a large cohort with many event times', () => {
    // 2 000 days with 3 events and 2 censorings each (cohort 10 000): the exact fraction grows
    // large, the reported survival must still be an ordinary number in (0, 1].
    const observations = Array.from({ length: 2000 }, (_, i) => ({ t: i, events: 3, censored: 2 }));
    const result = kaplanMeier(observations);
    expect(result.points).toHaveLength(2000);
    expect(result.points.every((p) => Number.isFinite(p.survival) && p.survival >= 0 && p.survival <= 1)).toBe(true);
    // n at day i is 5·(2000 − i); the doubles' running product is a good enough reference here.
    let reference = 1;
    result.points.forEach((p, i) => {
      expect(p.atRisk).toBe(5 * (2000 - i));
      reference *= 1 - 3 / p.atRisk;
      expect(Math.abs(p.survival - reference) / reference).toBeLessThan(1e-9);
    });
  });

  it('rejects negative or fractional times and counts', () => {
    expect(() => kaplanMeier([{ t: -1, events: 1, censored: 0 }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ t: 1.5, events: 1, censored: 0 }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ t: 1, events: -1, censored: 0 }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ t: 1, events: 0, censored: 0.5 }])).toThrow(RangeError);
  });
});
