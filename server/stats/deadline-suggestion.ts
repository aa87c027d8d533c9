// Deadline realism: the shortest deadline that would have kept the target share of decided cases
// on time, from how many units each case would have needed.

import { normalizeHistogram, totalCount, type ValueCount } from './grouped';

function checkedBins(minimalUnits: readonly ValueCount[]): ValueCount[] {
  const bins = normalizeHistogram(minimalUnits);
  for (const { value } of bins) {
    // A case's minimal units is the smallest *positive whole* number that made it on time.
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`minimal units must be a whole number ≥ 1, got ${value}`);
  }
  return bins;
}

/**
 * Deadline realism's suggested deadline: `minimalUnits` is a histogram of, per decided case, the smallest
 * positive whole number of units that would have made it on time (value ≥ 1). Returns the smallest V ≥ 1
 * with (cases whose minimal units ≤ V) ÷ (all cases) ≥ target, and that rate; null with fewer than `minCases` cases.
 */
export function suggestedUnits(
  minimalUnits: readonly ValueCount[],
  target = 0.85,
  minCases = 5,
): { value: number; rate: number } | null {
  if (!(target >= 0 && target <= 1)) throw new RangeError(`target must be in [0, 1], got ${target}`);
  if (!Number.isInteger(minCases) || minCases < 0) throw new RangeError(`minCases must be a whole number ≥ 0, got ${minCases}`);
  const bins = checkedBins(minimalUnits);
  const total = totalCount(bins);
  if (total === 0 || total < minCases) return null;
  let onTime = 0;
  for (const { value, count } of bins) {
    onTime += count;
    // The rate only rises at a bin's value, so the first bin reaching the target is the smallest V.
    // Compare the rate itself: 17 ÷ 20 rounds to the same double as the literal 0.85, so an exact
    // hit counts, whereas 0.85 × 20 could round either way.
    const rate = onTime / total;
    if (rate >= target) return { value, rate };
  }
  // Unreachable: the largest value puts every case on time (rate 1 ≥ target).
  return null;
}

/** The timeliness rate if every case got V units: share of cases with minimal units ≤ V (null when no cases). */
export function rateWithUnits(minimalUnits: readonly ValueCount[], units: number): number | null {
  const bins = checkedBins(minimalUnits);
  const total = totalCount(bins);
  if (total === 0) return null;
  const onTime = bins.reduce((sum, bin) => (bin.value <= units ? sum + bin.count : sum), 0);
  return onTime / total;
}
