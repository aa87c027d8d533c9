import { describe, expect, it } from 'vitest';
import { Z95, Z998, funnelLimits, isOutside } from '../../server/stats/funnel';

describe('funnel limits', () => {
  it('computes p0 ± z·sqrt(p0(1−p0)/n)', () => {
    // p0 = 0.8, n = 100: sqrt(0.8·0.2/100) = sqrt(0.0016) = 0.04
    // 95 %:   0.8 ± 1.959964·0.04 = 0.8 ± 0.07839856 → [0.72160144, 0.87839856]
    // 99.8 %: 0.8 ± 3.090232·0.04 = 0.8 ± 0.12360928 → [0.67639072, 0.92360928]
    const l95 = funnelLimits(0.8, 100, Z95);
    expect(l95.lower).toBeCloseTo(0.72160144, 12);
    expect(l95.upper).toBeCloseTo(0.87839856, 12);
    const l998 = funnelLimits(0.8, 100, Z998);
    expect(l998.lower).toBeCloseTo(0.67639072, 12);
    expect(l998.upper).toBeCloseTo(0.92360928, 12);
  });

  it('clips to [0, 1] for rates near the edges and small n', () => {
    // p0 = 0.95, n = 10: sqrt(0.95·0.05/10) = sqrt(0.00475) ≈ 0.0689202; ·3.090232 ≈ 0.2129795
    // → [0.95 − 0.2129795, 0.95 + 0.2129795] = [0.7370205, 1.1629795] → upper clipped to 1
    const high = funnelLimits(0.95, 10, Z998);
    expect(high.lower).toBeCloseTo(0.7370205, 6);
    expect(high.upper).toBe(1);
    // p0 = 0.05 mirrors it: [−0.1629795, 0.2629795] → lower clipped to 0
    const low = funnelLimits(0.05, 10, Z998);
    expect(low.lower).toBe(0);
    expect(low.upper).toBeCloseTo(0.2629795, 6);
    // p0 = 0.5, n = 1, z = 3.09: ±1.545 → the whole of [0, 1]
    expect(funnelLimits(0.5, 1, Z998)).toEqual({ lower: 0, upper: 1 });
  });

  it('collapses to p0 when p0 is 0 or 1', () => {
    expect(funnelLimits(1, 50, Z998)).toEqual({ lower: 1, upper: 1 });
    expect(funnelLimits(0, 50, Z998)).toEqual({ lower: 0, upper: 0 });
  });

  it('flags only rates strictly outside the limits', () => {
    const limits = { lower: 0.72, upper: 0.88 };
    expect(isOutside(0.72, limits)).toBe(false);
    expect(isOutside(0.88, limits)).toBe(false);
    expect(isOutside(0.8, limits)).toBe(false);
    expect(isOutside(0.7199, limits)).toBe(true);
    expect(isOutside(0.8801, limits)).toBe(true);
    // Clipped limits: a rate of exactly 1 (or 0) is on the limit, not beyond it.
    expect(isOutside(1, funnelLimits(0.95, 10, Z998))).toBe(false);
    expect(isOutside(0, funnelLimits(0.05, 10, Z998))).toBe(false);
    const computed = funnelLimits(0.8, 100, Z95);
    expect(isOutside(computed.lower, computed)).toBe(false);
    expect(isOutside(computed.upper, computed)).toBe(false);
  });

  it('rejects n ≤ 0 and p0 outside [0, 1]', () => {
    expect(() => funnelLimits(0.8, 0, Z95)).toThrow(RangeError);
    expect(() => funnelLimits(0.8, -3, Z95)).toThrow(RangeError);
    expect(() => funnelLimits(1.2, 10, Z95)).toThrow(RangeError);
    expect(() => funnelLimits(Number.NaN, 10, Z95)).toThrow(RangeError);
  });
});
