import { describe, expect, it } from 'vitest';
import { sampleSizeByMargin, sampleSizeByTolerableRate } from '../../server/stats/sample-size';

describe('sample size by margin', () => {
  it('p = 0.5, e = 0.05 with the finite population correction', () => {
    // n₀ = 1.96² · 0.25 / 0.05² = 3.8416 · 0.25 / 0.0025 = 384.16
    // N = 10,000: 1 + 383.16/10,000 = 1.038316; 1.038316·369 = 383.14 < 384.16 ≤ 1.038316·370 = 384.18 → 370
    expect(sampleSizeByMargin({ margin: 0.05, frameSize: 10_000 })).toBe(370);
    // N = 100: 1 + 383.16/100 = 4.8316; 4.8316·79 = 381.70 < 384.16 ≤ 4.8316·80 = 386.53 → 80
    expect(sampleSizeByMargin({ margin: 0.05, expectedRate: 0.5, frameSize: 100 })).toBe(80);
    // N = 1,000,000: 384.16 / 1.00038316 = 384.16 − 384.16·0.00038316/1.00038316 ≈ 384.16 − 0.147 = 384.013 → 385
    expect(sampleSizeByMargin({ margin: 0.05, frameSize: 1_000_000 })).toBe(385);
  });

  it('uses the expected rate', () => {
    // n₀ = 3.8416 · 0.1·0.9 / 0.0025 = 138.2976; 1 + 137.2976/10,000 = 1.01372976
    // 1.01372976·136 = 137.867 < 138.2976 ≤ 1.01372976·137 = 138.881 → 137
    expect(sampleSizeByMargin({ margin: 0.05, expectedRate: 0.1, frameSize: 10_000 })).toBe(137);
  });

  it('does not round an exact integer up', () => {
    // n₀ = 3.8416 · 0.2·0.8 / 0.028² = 0.614656 / 0.000784 = 784
    // n = 784 / (1 + 783/841) = 784·841 / 1624 = 659,344 / 1624 = 406 exactly (1624·406 = 659,344).
    // In doubles the quotient is 406.00000000000006, which a bare ceil would make 407.
    expect(sampleSizeByMargin({ margin: 0.028, expectedRate: 0.2, frameSize: 841 })).toBe(406);
    // n₀ = 3.8416 · 0.16 / 0.056² = 0.614656 / 0.003136 = 196; n = 196·1275 / (1275 + 195) = 249,900 / 1470 = 170
    expect(sampleSizeByMargin({ margin: 0.056, expectedRate: 0.2, frameSize: 1275 })).toBe(170);
    // n₀ = 0.9604 / 0.098² = 0.9604 / 0.009604 = 100; N = 9801: n = 100 / (1 + 99/9801) = 100 / (100/99) = 99
    expect(sampleSizeByMargin({ margin: 0.098, frameSize: 9801 })).toBe(99);
  });

  it('is 0 for an empty frame and never above N', () => {
    expect(sampleSizeByMargin({ margin: 0.05, frameSize: 0 })).toBe(0);
    // N = 1: 384.16 / (1 + 383.16) = 1
    expect(sampleSizeByMargin({ margin: 0.05, frameSize: 1 })).toBe(1);
    // N = 2: 384.16 / (1 + 191.58) = 384.16 / 192.58 = 1.995 → 2
    expect(sampleSizeByMargin({ margin: 0.05, frameSize: 2 })).toBe(2);
    // An expected rate of 0 gives n₀ = 0: nothing to estimate, even for N = 1 (where the formula is 0/0).
    expect(sampleSizeByMargin({ margin: 0.05, expectedRate: 0, frameSize: 1 })).toBe(0);
  });

  it('rejects out-of-range input, naming the argument', () => {
    expect(() => sampleSizeByMargin({ margin: 0, frameSize: 10 })).toThrow(/margin/);
    expect(() => sampleSizeByMargin({ margin: 1, frameSize: 10 })).toThrow(RangeError);
    expect(() => sampleSizeByMargin({ margin: Number.NaN, frameSize: 10 })).toThrow(RangeError);
    expect(() => sampleSizeByMargin({ margin: 0.05, expectedRate: 1.1, frameSize: 10 })).toThrow(/expectedRate/);
    expect(() => sampleSizeByMargin({ margin: 0.05, frameSize: -1 })).toThrow(/frameSize/);
    expect(() => sampleSizeByMargin({ margin: 0.05, frameSize: 2.5 })).toThrow(RangeError);
  });
});

describe('sample size by tolerable rate', () => {
  it('binomial, k = 0', () => {
    // P(X ≤ 0) = 0.9ⁿ: 0.9²⁸ = 0.052335 > 0.05, 0.9²⁹ = 0.047101 ≤ 0.05 → 29
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0 })).toEqual({ binomial: 29, hypergeometric: null });
    // 0.95⁵⁸ = 0.051047 > 0.05, 0.95⁵⁹ = 0.048495 ≤ 0.05 → 59
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.05, expectedDeviations: 0 }).binomial).toBe(59);
    // 0.5⁴ = 0.0625, 0.5⁵ = 0.03125 → 5; T = 1: the first case is a deviation for sure → k + 1
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.5, expectedDeviations: 0 }).binomial).toBe(5);
    expect(sampleSizeByTolerableRate({ tolerableRate: 1, expectedDeviations: 3 }).binomial).toBe(4);
  });

  it('binomial, k = 1 and k = 2', () => {
    // P(X ≤ 1) = 0.9ⁿ + n·0.1·0.9ⁿ⁻¹: n = 45: 0.008728 + 4.5·0.009698 = 0.052368; n = 46: 0.007855 + 4.6·0.008728 = 0.048004 → 46
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 1 }).binomial).toBe(46);
    // 0.95ⁿ + n·0.05·0.95ⁿ⁻¹: n = 92 → 0.052136, n = 93 → 0.049976 → 93
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.05, expectedDeviations: 1 }).binomial).toBe(93);
    // + C(n,2)·0.01·0.9ⁿ⁻²: n = 60 → 0.053045, n = 61 → 0.049118 → 61
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 2 }).binomial).toBe(61);
  });

  it('hypergeometric, k = 0: N = 50, T = 10 %', () => {
    // D = 5; P(X = 0) = (50−n)(49−n)(48−n)(47−n)(46−n) / (50·49·48·47·46 = 254,251,200)
    // n = 21: 29·28·27·26·25 = 14,250,600 → 0.056049 > 0.05; n = 22: 28·27·26·25·24 = 11,793,600 → 0.046386 → 22
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0, frameSize: 50 })).toEqual({ binomial: 29, hypergeometric: 22 });
  });

  it('hypergeometric counts ⌈T·N⌉ deviations without float noise', () => {
    // 0.07·100 is 7.000000000000001 in doubles; D must be 7, not 8.
    // P(X = 0) = C(100−n, 7) / C(100, 7) with C(100, 7) = 16,007,560,800:
    // n = 33: C(67,7) = 869,648,208 → 0.054327 > 0.05; n = 34: C(66,7) = 778,789,440 → 0.048651 → 34 (D = 8 would give 31)
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.07, expectedDeviations: 0, frameSize: 100 }).hypergeometric).toBe(34);
  });

  it('hypergeometric, k = 1', () => {
    // N = 50, D = 5: P(X ≤ 1) = [(50−n)(49−n)(48−n)(47−n)(46−n) + 5n(50−n)(49−n)(48−n)(47−n)] / 254,251,200
    // n = 32: 18·17·16·15·14 = 1,028,160; 5·32·18·17·16·15 = 11,750,400; sum 12,778,560 → 0.050260 > 0.05
    // n = 33: 17·16·15·14·13 = 742,560; 5·33·17·16·15·14 = 9,424,800; sum 10,167,360 → 0.039989 → 33
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 1, frameSize: 50 }).hypergeometric).toBe(33);
  });

  it('is null when no n can reach it', () => {
    expect(sampleSizeByTolerableRate({ tolerableRate: 0, expectedDeviations: 0, frameSize: 100 })).toEqual({ binomial: null, hypergeometric: null });
    // N = 50, T = 10 %: D = 5 ≤ k = 5 — even the whole frame may hold k deviations.
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 5, frameSize: 50 }).hypergeometric).toBeNull();
    // N = 0: D = 0.
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0, frameSize: 0 }).hypergeometric).toBeNull();
    expect(sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0, frameSize: null }).hypergeometric).toBeNull();
  });

  it('stays fast on a frame of 2,000,000', () => {
    // T = 10⁻⁶: D = 2; P(X ≤ 1) = 1 − P(X = 2) = 1 − n(n−1)/(N(N−1)) ≤ 0.05 ⇔ n(n−1) ≥ 0.95·2,000,000·1,999,999 = 3,799,998,100,000
    // n = 1,949,359: n(n−1) = 3,799,998,561,522 ≥ it; n = 1,949,358: 3,799,994,662,806 < it → 1,949,359
    const started = performance.now();
    const result = sampleSizeByTolerableRate({ tolerableRate: 0.000001, expectedDeviations: 1, frameSize: 2_000_000 });
    const elapsed = performance.now() - started;
    expect(result.hypergeometric).toBe(1_949_359);
    // Binomial: P(X ≤ 1) = (1 − T)ⁿ⁻¹(1 − T + nT), worked in 60-digit decimals:
    // n = 4,743,862 → 0.05000002670 > 0.05; n = 4,743,863 → 0.04999998540 → 4,743,863 (Poisson: λ ≈ 4.744).
    expect(result.binomial).toBe(4_743_863);
    // The target is < 50 ms; the margin absorbs a loaded CI machine.
    expect(elapsed).toBeLessThan(250);
  });

  it('rejects out-of-range input, naming the argument', () => {
    expect(() => sampleSizeByTolerableRate({ tolerableRate: -0.1, expectedDeviations: 0 })).toThrow(/tolerableRate/);
    expect(() => sampleSizeByTolerableRate({ tolerableRate: 1.5, expectedDeviations: 0 })).toThrow(RangeError);
    expect(() => sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: -1 })).toThrow(/expectedDeviations/);
    expect(() => sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0.5 })).toThrow(RangeError);
    expect(() => sampleSizeByTolerableRate({ tolerableRate: 0.1, expectedDeviations: 0, frameSize: 10.5 })).toThrow(/frameSize/);
  });
});
