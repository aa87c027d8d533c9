/**
 * Funnel-plot control limits (metrics.md, "Funnel limits"): around the overall rate p₀, for a
 * unit with denominator n, p₀ ± z·√(p₀(1 − p₀) ÷ n), clipped to [0, 1]. The server gives the
 * limits at each department's n; the client draws them as smooth curves over every n.
 */

/** 95 % limits. */
export const Z95 = 1.959964;
/** 99.8 % limits; a unit strictly outside them is flagged. */
export const Z998 = 3.090232;

export interface Limits {
  lower: number;
  upper: number;
}

export interface CurvePoint extends Limits {
  n: number;
}

const clip = (value: number): number => Math.min(1, Math.max(0, value));

/** The limits for denominator `n` (> 0) around `p0`. */
export function funnelLimits(p0: number, n: number, z: number): Limits {
  const half = z * Math.sqrt((p0 * (1 - p0)) / n);
  return { lower: clip(p0 - half), upper: clip(p0 + half) };
}

/**
 * The limits along n from `nMin` to `nMax`, at `steps + 1` points spaced evenly on a log scale
 * (the curve bends most at small n), with `nMax` itself as the last point. Empty unless
 * 0 < nMin ≤ nMax.
 */
export function funnelCurve(p0: number, nMax: number, z: number, steps = 120, nMin = 1): CurvePoint[] {
  if (!(nMin > 0) || !(nMax >= nMin) || !Number.isFinite(nMax)) return [];
  const count = nMax === nMin ? 0 : Math.max(1, Math.floor(steps));
  const ratio = nMax / nMin;
  const points: CurvePoint[] = [];
  for (let i = 0; i <= count; i += 1) {
    const n = i === count ? nMax : nMin * Math.pow(ratio, i / count);
    points.push({ n, ...funnelLimits(p0, n, z) });
  }
  return points;
}

/** Whether `rate` lies strictly above or below the limits at `n`, or within them (null). */
export function outsideLimits(rate: number, p0: number, n: number, z: number): 'above' | 'below' | null {
  const { lower, upper } = funnelLimits(p0, n, z);
  if (rate > upper) return 'above';
  if (rate < lower) return 'below';
  return null;
}
