// Spearman's ρ for the turnover-versus-continuity pairs. Rank-based, because a department with an
// extreme turnover quarter should not dominate the correlation the way it would in Pearson's r.

export interface RankPair { x: number; y: number }

/** 1-based average ranks, input order preserved: tied values all get the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`rank value must be finite, got ${value}`);
  }
  const order = values.map((_, index) => index).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end += 1;
    // Sorted positions start..end (0-based) hold ranks start+1..end+1; their mean is the tie's rank.
    const rank = (start + end + 2) / 2;
    for (let k = start; k <= end; k += 1) ranks[order[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}

function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}

/** Spearman's ρ: Pearson correlation of ranks, ties get their average rank; null with fewer than 2 pairs or when either series is constant. */
export function spearman(pairs: readonly RankPair[]): number | null {
  if (pairs.length < 2) return null;
  const xs = pairs.map((pair) => pair.x);
  const ys = pairs.map((pair) => pair.y);
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  // Decided on the input, not on a near-zero variance: a constant series has no correlation at all.
  if (isConstant(xs) || isConstant(ys)) return null;
  // Ranks of n values always average (n + 1) / 2, whatever the ties, so centre on that exactly.
  const mean = (pairs.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Clamp: rounding in the square root must not report a correlation beyond ±1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
