import { describe, expect, it } from 'vitest';
import { wilsonInterval, Z95 } from '../../server/stats/wilson';

// z² = 1.959964² = (1.96 − 0.000036)² = 3.8416 − 0.00014112 + 0.000000001296 = 3.841458881296
const Z2 = 3.841458881296;

describe('Wilson interval', () => {
  it('uses the spec quantile by default', () => {
    expect(Z95).toBe(1.959964);
  });

  it('8 of 10', () => {
    // z²/n = 0.3841458881296; denominator 1 + z²/n = 1.3841458881296
    // centre = (0.8 + 0.1920729440648) / 1.3841458881296 = 0.9920729440648 / 1.3841458881296 = 0.716740159092
    // half = (1.959964 / 1.3841458881296) · √(0.8·0.2/10 + z²/400) = 1.416009697250 · √(0.016 + 0.00960364720324)
    //      = 1.416009697250 · 0.160011397104 = 0.226577689970
    // → [0.716740159092 − 0.226577689970, 0.716740159092 + 0.226577689970] = [0.490162469122, 0.943317849062]
    const result = wilsonInterval(8, 10);
    expect(result.successes).toBe(8);
    expect(result.trials).toBe(10);
    expect(result.estimate).toBe(0.8);
    expect(result.lower).toBeCloseTo(0.490162469122, 10);
    expect(result.upper).toBeCloseTo(0.943317849062, 10);
  });

  it('0 of 5: lower exactly 0, upper z²/(n + z²)', () => {
    // p = 0: centre = half = (z²/2n)/(1 + z²/n), so upper = 2·centre = z²/(n + z²) = 3.841458881296 / 8.841458881296 = 0.434482468659
    const result = wilsonInterval(0, 5);
    expect(result.estimate).toBe(0);
    expect(result.lower).toBe(0);
    expect(result.upper).toBeCloseTo(Z2 / (5 + Z2), 12);
    expect(result.upper).toBeCloseTo(0.434482468659, 10);
  });

  it('5 of 5: upper exactly 1, lower n/(n + z²)', () => {
    // Mirror of 0 of 5: lower = 1 − 0.434482468659 = 5 / 8.841458881296 = 0.565517531341
    const result = wilsonInterval(5, 5);
    expect(result.estimate).toBe(1);
    expect(result.upper).toBe(1);
    expect(result.lower).toBeCloseTo(0.565517531341, 10);
  });

  it('3 of 4 with an explicit z', () => {
    // z = 2, n = 4: z²/n = 1, denominator 2; centre = (0.75 + 0.5)/2 = 0.625
    // half = (2/2)·√(0.75·0.25/4 + 4/64) = √(0.046875 + 0.0625) = √0.109375 = 0.330718913883
    const result = wilsonInterval(3, 4, 2);
    expect(result.lower).toBeCloseTo(0.625 - 0.330718913883, 10);
    expect(result.upper).toBeCloseTo(0.625 + 0.330718913883, 10);
  });

  it('0 trials: no estimate and no interval', () => {
    expect(wilsonInterval(0, 0)).toEqual({ successes: 0, trials: 0, estimate: null, lower: null, upper: null });
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 5)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 5)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 5, 0)).toThrow(RangeError);
  });
});
