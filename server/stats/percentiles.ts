// Percentiles over grouped values with PostgreSQL `percentile_cont` semantics, so that figures
// computed here agree with any computed in SQL over the same cases.

import { normalizeHistogram, totalCount, type ValueCount } from './grouped';

function checkFraction(fraction: number): void {
  // `!(… )` also rejects NaN.
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be in [0, 1], got ${fraction}`);
}

/** The value at 0-based rank `rank` of the expanded, sorted observations. */
function valueAtRank(sorted: readonly ValueCount[], rank: number): number {
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.count;
    if (rank < seen) return bin.value;
  }
  throw new RangeError(`rank ${rank} beyond ${seen} observations`);
}

function fromSorted(sorted: readonly ValueCount[], total: number, fraction: number): number | null {
  if (total === 0) return null;
  // As in PostgreSQL: position f·(N−1), interpolate between the rows on either side of it.
  const position = fraction * (total - 1);
  const lowerRank = Math.floor(position);
  const upperRank = Math.ceil(position);
  const lower = valueAtRank(sorted, lowerRank);
  if (upperRank === lowerRank) return lower;
  const upper = valueAtRank(sorted, upperRank);
  return lower + (upper - lower) * (position - lowerRank);
}

/** PostgreSQL percentile_cont semantics over grouped values: linear interpolation between closest ranks; null when empty. */
export function percentileCont(histogram: readonly ValueCount[], fraction: number): number | null {
  return percentilesCont(histogram, [fraction])[0] ?? null;
}

export function percentilesCont(histogram: readonly ValueCount[], fractions: readonly number[]): (number | null)[] {
  fractions.forEach(checkFraction);
  const sorted = normalizeHistogram(histogram);
  const total = totalCount(sorted);
  return fractions.map((fraction) => fromSorted(sorted, total, fraction));
}
