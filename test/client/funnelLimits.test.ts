import { describe, expect, it } from 'vitest';
import { funnelCurve, funnelLimits, outsideLimits, Z95, Z998 } from '../../client/charts/funnelLimits';

describe('funnel limits', () => {
  it('is p0 ± z·sqrt(p0(1 − p0)/n)', () => {
    const { lower, upper } = funnelLimits(0.8, 100, Z95);
    const half = 1.959964 * Math.sqrt((0.8 * 0.2) / 100);
    expect(lower).toBeCloseTo(0.8 - half, 12);
    expect(upper).toBeCloseTo(0.8 + half, 12);
    expect(upper - 0.8).toBeCloseTo(0.0784, 4);
    expect(funnelLimits(0.8, 100, Z998).upper).toBeCloseTo(0.8 + 3.090232 * 0.04, 12);
  });

  it('clips to [0, 1] for small n', () => {
    expect(funnelLimits(0.9, 2, Z998)).toEqual({ lower: expect.closeTo(0.2446, 3), upper: 1 });
    expect(funnelLimits(0.05, 3, Z95).lower).toBe(0);
    expect(funnelLimits(1, 10, Z95)).toEqual({ lower: 1, upper: 1 });
  });

  it('draws a smooth curve from n = 1 to nMax that narrows as n grows', () => {
    const curve = funnelCurve(0.7, 500, Z998, 50);
    expect(curve).toHaveLength(51);
    expect(curve[0]!.n).toBe(1);
    expect(curve[50]!.n).toBe(500);
    for (let i = 1; i < curve.length; i += 1) {
      expect(curve[i]!.n).toBeGreaterThan(curve[i - 1]!.n);
      expect(curve[i]!.upper - curve[i]!.lower).toBeLessThanOrEqual(curve[i - 1]!.upper - curve[i - 1]!.lower + 1e-12);
    }
    expect(curve.at(-1)).toEqual({ n: 500, ...funnelLimits(0.7, 500, Z998) });
  });

  it('is empty for an impossible range', () => {
    expect(funnelCurve(0.7, 0, Z95)).toEqual([]);
    expect(funnelCurve(0.7, Number.NaN, Z95)).toEqual([]);
    expect(funnelCurve(0.7, 1, Z95)).toEqual([{ n: 1, ...funnelLimits(0.7, 1, Z95) }]);
  });

  it('says which side a unit falls on, strictly outside only', () => {
    expect(outsideLimits(0.5, 0.8, 100, Z998)).toBe('below');
    expect(outsideLimits(0.99, 0.8, 400, Z998)).toBe('above');
    expect(outsideLimits(0.8, 0.8, 100, Z998)).toBeNull();
    const { upper } = funnelLimits(0.8, 100, Z998);
    expect(outsideLimits(upper, 0.8, 100, Z998)).toBeNull();
  });
});
