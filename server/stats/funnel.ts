// Funnel-plot control limits for comparing departments' rates against the scope's overall rate:
// a small department gets wide limits, so only a real difference is flagged.

export const Z95 = 1.959964;
export const Z998 = 3.090232;

export interface Limits { lower: number; upper: number }

/** p0 ± z·sqrt(p0(1−p0)/n), clipped to [0,1]; n > 0 */
export function funnelLimits(p0: number, n: number, z: number): Limits {
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`p0 must be in [0, 1], got ${p0}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`n must be positive, got ${n}`);
  if (!(z >= 0) || !Number.isFinite(z)) throw new RangeError(`z must be ≥ 0, got ${z}`);
  const halfWidth = z * Math.sqrt((p0 * (1 - p0)) / n);
  // A rate cannot leave [0, 1], so neither may its limits.
  return { lower: Math.max(0, p0 - halfWidth), upper: Math.min(1, p0 + halfWidth) };
}

/** strictly outside the limits */
export function isOutside(rate: number, limits: Limits): boolean {
  // A rate exactly on a limit is within it: flags must not hinge on rounding at the edge.
  return rate < limits.lower || rate > limits.upper;
}
