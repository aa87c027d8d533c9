// Status against the target and trend against a year earlier (domain.md, "The development plan's
// five themes"), pure. Green when the target is met; amber when the value misses it by at most 10 %
// of the target (for a band, of the nearer bound); red otherwise. Comparisons allow a relative
// 1e-9, so a value computed as exactly the target (or exactly 10 % away) is decided as the rule
// says despite floating point: 0.6 × 0.9 need not be the same double as 0.54.
import type { IndicatorDirection, TargetStatus, TrendDirection } from '../graphql/generated';

export interface TargetBounds { value: number | null; low: number | null; high: number | null }

const TOLERANCE = 1e-9;
const AMBER_SHARE = 0.1;

const slack = (a: number, b: number) => TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
/** a ≥ b, up to the relative tolerance. */
const atLeast = (a: number, b: number) => a >= b - slack(a, b);
const atMost = (a: number, b: number) => atLeast(b, a);
const same = (a: number, b: number) => Math.abs(a - b) <= slack(a, b);

function grade(met: boolean, nearlyMet: boolean): TargetStatus {
  if (met) return 'GREEN';
  return nearlyMet ? 'AMBER' : 'RED';
}

/** Null when the target has no number for this direction (it cannot be judged). */
export function targetStatus(direction: IndicatorDirection, value: number, target: TargetBounds): TargetStatus | null {
  const { value: goal, low, high } = target;
  switch (direction) {
    case 'HIGHER_IS_BETTER':
      return goal === null ? null : grade(atLeast(value, goal), atLeast(value, goal * (1 - AMBER_SHARE)));
    case 'LOWER_IS_BETTER':
      // A target of 0 leaves no room for amber: 0 × 1.1 is 0, so only exactly 0 meets it.
      return goal === null ? null : grade(atMost(value, goal), atMost(value, goal * (1 + AMBER_SHARE)));
    case 'WITHIN_BAND':
      if (low === null || high === null) return null;
      return grade(
        atLeast(value, low) && atMost(value, high),
        atLeast(value, low * (1 - AMBER_SHARE)) && atMost(value, high * (1 + AMBER_SHARE)),
      );
  }
}

/** How far a value lies outside the band; 0 inside it (bounds included, up to the tolerance). */
export function distanceToBand(value: number, low: number, high: number): number {
  if (!atLeast(value, low)) return low - value;
  if (!atMost(value, high)) return value - high;
  return 0;
}

/**
 * The value against the previous one, read in the indicator's direction; null when either is
 * missing. A band indicator is better when its distance to the band shrank (null without a band).
 */
export function trendDirection(
  direction: IndicatorDirection, value: number | null, previous: number | null, band: TargetBounds | null = null,
): TrendDirection | null {
  if (value === null || previous === null) return null;
  if (direction === 'WITHIN_BAND') {
    if (band?.low === null || band?.low === undefined || band.high === null) return null;
    return compareLower(distanceToBand(value, band.low, band.high), distanceToBand(previous, band.low, band.high));
  }
  return direction === 'HIGHER_IS_BETTER' ? compareLower(previous, value) : compareLower(value, previous);
}

/** BETTER when `now` is the smaller, UNCHANGED when equal up to the tolerance. */
function compareLower(now: number, before: number): TrendDirection {
  if (same(now, before)) return 'UNCHANGED';
  return now < before ? 'BETTER' : 'WORSE';
}
