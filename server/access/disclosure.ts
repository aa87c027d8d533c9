// Disclosure control for the social committee role (../shared/spec/metrics.md, "Disclosure
// control"): the committee sees aggregates only, so small counts and statistics on small bases are
// hidden. Pure functions; whether a viewer is on the committee is the caller's decision.

/**
 * Why a figure is withheld, so the UI can print the right text:
 * - `BELOW_FIVE`: a count in (0, 5), shown as "< 5";
 * - `SMALL_BASE`: a statistic whose base is in (0, 5), shown as "withheld";
 * - `SECONDARY`: a table cell hidden so that a "< 5" cell cannot be worked out from the total,
 *   shown as "withheld" (never "< 5", the spec says).
 */
export type WithheldReason = 'BELOW_FIVE' | 'SMALL_BASE' | 'SECONDARY';

/**
 * A figure as the committee may see it. Following api.md, a withheld figure has `value: null` and
 * `withheld: true`; a figure with no data (null, or a base of 0) has `value: null` and
 * `withheld: false`. `reason` is null exactly when the figure is not withheld.
 */
export interface Disclosed<T> {
  value: T | null;
  withheld: boolean;
  reason: WithheldReason | null;
}

/** Counts and bases below this (but above 0) are not shown. */
export const DISCLOSURE_THRESHOLD = 5;

function shown<T>(value: T | null): Disclosed<T> {
  return { value, withheld: false, reason: null };
}

function withheld<T>(reason: WithheldReason): Disclosed<T> {
  return { value: null, withheld: true, reason };
}

/** Negative or NaN counts and bases are programming errors, not data to hide. */
function assertNonNegative(what: string, x: number): void {
  if (!(x >= 0)) throw new RangeError(`disclosure: ${what} must be a non-negative number, got ${x}`);
}

/**
 * "A count from 1 to 4 (including a fractional one, such as an average headcount) is shown as
 * '< 5'". Read as 0 < count < 5, so that 4.9 and 0.5 (average headcounts) are hidden as well; 0
 * is shown as 0 (nothing to protect) and null stays null.
 */
export function isBelowFive(count: number): boolean {
  return count > 0 && count < DISCLOSURE_THRESHOLD;
}

export function discloseCount(count: number | null): Disclosed<number> {
  if (count === null) return shown<number>(null);
  assertNonNegative('a count', count);
  return isBelowFive(count) ? withheld('BELOW_FIVE') : shown(count);
}

/**
 * A statistic (rate, share, mean, percentile, Kaplan–Meier median, per-1,000 figure, caseload,
 * decisions per caseworker-year) with its base, the denominator named in metrics.md. Base 0: null,
 * not withheld, whatever the value; base in (0, 5): withheld; otherwise the value as it is (which
 * may itself be null, e.g. a Kaplan–Meier median that is not reached).
 */
export function discloseStatistic<T = number>(value: T | null, base: number): Disclosed<T> {
  assertNonNegative('a base', base);
  if (base === 0) return shown<T>(null);
  return base < DISCLOSURE_THRESHOLD ? withheld('SMALL_BASE') : shown(value);
}
