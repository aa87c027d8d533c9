// Grouped (histogram) observations. The database hands back `value, count(*)` rows rather than
// one row per case, so the statistics work on bins and never expand them.

export interface ValueCount { value: number; count: number }

/**
 * Validated bins, zero counts dropped, equal values merged, ascending by value. Counts must be
 * whole and non-negative: a fractional or negative count is a bug upstream, not data.
 */
export function normalizeHistogram(histogram: readonly ValueCount[]): ValueCount[] {
  const merged = new Map<number, number>();
  for (const { value, count } of histogram) {
    if (!Number.isFinite(value)) throw new RangeError(`histogram value must be finite, got ${value}`);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`histogram count must be a whole number ≥ 0, got ${count}`);
    if (count > 0) merged.set(value, (merged.get(value) ?? 0) + count);
  }
  return [...merged].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value);
}

export function totalCount(histogram: readonly ValueCount[]): number {
  return histogram.reduce((sum, bin) => sum + bin.count, 0);
}
