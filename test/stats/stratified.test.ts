import { describe, expect, it } from 'vitest';
import { stratifiedEstimate } from '../../server/stats/stratified';

describe('stratified estimate', () => {
  it('weights strata by frame size, leaving out a stratum without answers', () => {
    // A: N = 100, 8 yes / 2 no → p = 0.8, n = 10; B: N = 300, 15 / 5 → p = 0.75, n = 20; C: no answers → out.
    // W_A = 100/400 = 0.25, W_B = 0.75 (C's 50 cases not in ΣN); p_st = 0.25·0.8 + 0.75·0.75 = 0.2 + 0.5625 = 0.7625
    // Var = 0.0625·(1 − 10/100)·0.16/10 + 0.5625·(1 − 20/300)·0.1875/20
    //     = 0.0625·0.9·0.016 + 0.5625·(14/15)·0.009375 = 0.0009 + 0.004921875 = 0.005821875
    // SE = √0.005821875 = 0.076301212310; ±1.96·SE = ±0.149550376128 → [0.612949623872, 0.912050376128]
    const result = stratifiedEstimate([
      { frameSize: 100, yes: 8, no: 2 },
      { frameSize: 300, yes: 15, no: 5 },
      { frameSize: 50, yes: 0, no: 0 },
    ]);
    expect(result).not.toBeNull();
    expect(result!.estimate).toBeCloseTo(0.7625, 12);
    expect(result!.standardError).toBeCloseTo(0.07630121231, 10);
    expect(result!.lower).toBeCloseTo(0.612949623872, 10);
    expect(result!.upper).toBeCloseTo(0.912050376128, 10);
  });

  it('gives a census stratum no variance and clips the interval at 1', () => {
    // A: census, N = n = 10, 9 yes → p = 0.9, FPC 1 − 10/10 = 0; B: N = 1000, 19 / 1 → p = 0.95, n = 20
    // p_st = (10·0.9 + 1000·0.95)/1010 = 959/1010 = 0.949504950495
    // Var = (1000/1010)²·(1 − 20/1000)·0.95·0.05/20 = 0.980296049·0.98·0.002375 = 0.002281639055
    // SE = 0.047766505577; upper 0.9495 + 0.0936 = 1.0431 → clipped to 1; lower = 0.855882599565
    const result = stratifiedEstimate([
      { frameSize: 10, yes: 9, no: 1 },
      { frameSize: 1000, yes: 19, no: 1 },
    ]);
    expect(result!.estimate).toBeCloseTo(959 / 1010, 12);
    expect(result!.standardError).toBeCloseTo(0.047766505577, 10);
    expect(result!.lower).toBeCloseTo(0.855882599565, 10);
    expect(result!.upper).toBe(1);
  });

  it('a census alone is exact', () => {
    // N = n = 4, 3 yes → p = 0.75, SE 0
    expect(stratifiedEstimate([{ frameSize: 4, yes: 3, no: 1 }])).toEqual({ estimate: 0.75, standardError: 0, lower: 0.75, upper: 0.75 });
  });

  it('clips at 0 as well', () => {
    // A: N = 100, 1 yes / 9 no → p = 0.1; Var = 1·0.9·0.09/10 = 0.0081, SE = 0.09; 0.1 − 0.1764 < 0 → 0; upper 0.2764
    const result = stratifiedEstimate([{ frameSize: 100, yes: 1, no: 9 }]);
    expect(result!.standardError).toBeCloseTo(0.09, 12);
    expect(result!.lower).toBe(0);
    expect(result!.upper).toBeCloseTo(0.2764, 12);
  });

  it('is null when no stratum has answers', () => {
    expect(stratifiedEstimate([])).toBeNull();
    expect(stratifiedEstimate([{ frameSize: 30, yes: 0, no: 0 }])).toBeNull();
  });

  it('rejects more answers than cases', () => {
    expect(() => stratifiedEstimate([{ frameSize: 3, yes: 2, no: 2 }])).toThrow(RangeError);
    expect(() => stratifiedEstimate([{ frameSize: 3, yes: -1, no: 2 }])).toThrow(RangeError);
  });
});
