// Planned sample sizes for a supervisory review round: by the margin of error wanted on a rate, or
// by the deviation rate the manager will tolerate (attribute sampling). Both are 95 % plans.

/** The spec fixes 1.96 (not 1.959964) for planning, as the textbook formulas print it. */
const Z_PLAN = 1.96;
/** Risk of accepting a frame whose deviation rate is at the tolerable rate. */
const ALPHA = 0.05;

// Results that are exact integers in real arithmetic can land a hair above them in floating point
// (0.07 × 100 = 7.000000000000001); a relative tolerance of 1e-9 absorbs that noise and is far
// below any difference that matters for counts of cases. Purely relative, so a tiny positive value
// (T·N = 1e-10) still rounds up to 1.
function ceilTolerant(x: number): number {
  return Math.ceil(x - 1e-9 * Math.abs(x));
}

function assertRate(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${value}`);
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * n = ⌈n₀ ÷ (1 + (n₀ − 1) ÷ N)⌉ with n₀ = 1.96² p(1 − p) ÷ e²: the sample that estimates a rate to
 * ±margin at 95 %, with the finite population correction; 0 when N = 0, never above N.
 * Rounding up uses a 1e-9 relative tolerance so an exact integer is not pushed to the next one.
 */
export function sampleSizeByMargin(input: { margin: number; expectedRate?: number; frameSize: number }): number {
  const { margin, expectedRate = 0.5, frameSize } = input;
  if (!(margin > 0 && margin < 1)) throw new RangeError(`margin must be in (0, 1), got ${margin}`);
  assertRate('expectedRate', expectedRate);
  assertCount('frameSize', frameSize);
  const n0 = (Z_PLAN * Z_PLAN * expectedRate * (1 - expectedRate)) / (margin * margin);
  // n₀ = 0 (an expected rate of 0 or 1) needs no sample; it also avoids 0 ÷ 0 when N = 1.
  if (frameSize === 0 || n0 === 0) return 0;
  const n = n0 / (1 + (n0 - 1) / frameSize);
  return Math.min(frameSize, ceilTolerant(n));
}

/** P(X ≤ k) for X ~ binomial(n, t), 0 < t < 1, summed in log space so no power or factorial overflows. */
function binomialCdf(n: number, t: number, k: number): number {
  const logFail = Math.log1p(-t);
  const logOdds = Math.log(t) - logFail;
  let logPmf = n * logFail;
  let sum = Math.exp(logPmf);
  for (let j = 0; j < k && j < n; j += 1) {
    logPmf += Math.log((n - j) / (j + 1)) + logOdds;
    sum += Math.exp(logPmf);
  }
  return sum;
}

/** Smallest n with binomial P(X ≤ k) ≤ 0.05; null when t = 0 or n would pass 2⁵³. */
function binomialSize(t: number, k: number): number | null {
  if (t === 0) return null;
  if (t === 1) return k + 1;
  // No frame bounds n here (t = 1e-6 needs millions), so bracket by doubling and bisect: P(X ≤ k)
  // falls strictly as n grows, and each evaluation costs O(k) rather than O(n).
  let failing = k;
  let passing = k + 1;
  while (binomialCdf(passing, t, k) > ALPHA) {
    failing = passing;
    passing *= 2;
    if (passing > Number.MAX_SAFE_INTEGER) return null;
  }
  while (passing - failing > 1) {
    const mid = Math.floor((failing + passing) / 2);
    if (binomialCdf(mid, t, k) <= ALPHA) passing = mid;
    else failing = mid;
  }
  return passing;
}

/** Smallest n ≤ N with hypergeometric P(X ≤ k) ≤ 0.05 for D deviations among N; null when D ≤ k. */
function hypergeometricSize(frame: number, deviations: number, k: number): number | null {
  if (deviations <= k) return null;
  // Walk n upwards from k, where P(X ≤ k) = 1 and P(X = k) = Π_{i<k} (D − i) ÷ (N − i). Drawing case
  // n + 1 leaves {X ≤ k} only from X = k, by drawing a deviation: O(1) per step, no recomputation.
  // P(X = k) is kept as mantissa × e^logScale so a tiny start (k large, D ≪ N) cannot underflow to 0.
  let logScale = 0;
  for (let i = 0; i < k; i += 1) logScale += Math.log((deviations - i) / (frame - i));
  let scale = Math.exp(logScale);
  let mantissa = 1;
  let cdf = 1;
  for (let n = k; n < frame; n += 1) {
    cdf -= (mantissa * scale * (deviations - k)) / (frame - n);
    if (cdf <= ALPHA) return n + 1;
    mantissa *= ((n + 1) / (n + 1 - k)) * ((frame - deviations - n + k) / (frame - n));
    if (mantissa > 1e200 || (mantissa > 0 && mantissa < 1e-200)) {
      logScale += Math.log(mantissa);
      mantissa = 1;
      scale = Math.exp(logScale);
    }
  }
  return null;
}

/**
 * Attribute-sampling size: the smallest n whose 95 % upper bound on the deviation rate is below the
 * tolerable rate when at most k deviations turn up, i.e. P(X ≤ k) ≤ 0.05. Binomial(n, T), and with
 * the frame size N known also hypergeometric with ⌈T·N⌉ deviations in the frame (n ≤ N).
 * Null where no n reaches it (T = 0, ⌈T·N⌉ ≤ k); hypergeometric null when the frame size is absent.
 */
export function sampleSizeByTolerableRate(input: {
  tolerableRate: number;
  expectedDeviations: number;
  frameSize?: number | null;
}): { binomial: number | null; hypergeometric: number | null } {
  const { tolerableRate, expectedDeviations, frameSize } = input;
  assertRate('tolerableRate', tolerableRate);
  assertCount('expectedDeviations', expectedDeviations);
  if (frameSize != null) assertCount('frameSize', frameSize);
  const binomial = binomialSize(tolerableRate, expectedDeviations);
  if (frameSize == null) return { binomial, hypergeometric: null };
  const deviations = ceilTolerant(tolerableRate * frameSize);
  return { binomial, hypergeometric: hypergeometricSize(frameSize, deviations, expectedDeviations) };
}
