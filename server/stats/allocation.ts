// Splitting a review round's sample over its strata (departments, or department × case type).
// Proportional allocation uses the largest-remainder rule with integer arithmetic throughout, so a
// tie between remainders is decided by the stated rule and never by floating-point noise.

export type AllocationMethod = { method: 'equal'; perStratum: number } | { method: 'proportional'; total: number };

export interface StratumSize { key: string; frameSize: number }

export interface StratumAllocation extends StratumSize { allocated: number }

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/** Quotas n·N_h ÷ N floored, the remaining units to the largest remainders (ties: larger N_h, then smaller key). */
function largestRemainder(strata: readonly StratumSize[], total: number): number[] {
  const frameTotal = strata.reduce((sum, stratum) => sum + stratum.frameSize, 0);
  if (frameTotal === 0) return strata.map(() => 0);
  if (!Number.isSafeInteger(total * frameTotal)) throw new RangeError(`total × frame size is too large: ${total} × ${frameTotal}`);
  // n·N_h and its remainder mod N are exact integers; (n·N_h − r) ÷ N is then an exact division.
  const remainders = strata.map((stratum) => (total * stratum.frameSize) % frameTotal);
  const allocated = strata.map((stratum, h) => (total * stratum.frameSize - remainders[h]!) / frameTotal);
  let left = total - allocated.reduce((sum, value) => sum + value, 0);
  const order = strata
    .map((_, h) => h)
    .filter((h) => strata[h]!.frameSize > 0)
    .sort((a, b) => {
      const byRemainder = remainders[b]! - remainders[a]!;
      if (byRemainder !== 0) return byRemainder;
      const bySize = strata[b]!.frameSize - strata[a]!.frameSize;
      if (bySize !== 0) return bySize;
      // Plain code-unit comparison, not locale collation: the draw must not depend on the server's locale.
      const keyA = strata[a]!.key;
      const keyB = strata[b]!.key;
      return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
    });
  for (const h of order) {
    if (left <= 0) break;
    allocated[h]! += 1;
    left -= 1;
  }
  return allocated;
}

/**
 * Per-stratum sample sizes, in input order. Equal: perStratum each. Proportional: largest remainder
 * of total·N_h ÷ N, and a non-empty stratum left at 0 gets 1 (so the sum may exceed total).
 * Never more than N_h, and what a cap cuts off is not redistributed; empty strata get 0.
 */
export function allocate(strata: readonly StratumSize[], method: AllocationMethod): StratumAllocation[] {
  const keys = new Set<string>();
  for (const stratum of strata) {
    assertCount(`frameSize of stratum ${stratum.key}`, stratum.frameSize);
    if (keys.has(stratum.key)) throw new RangeError(`duplicate stratum key ${stratum.key}`);
    keys.add(stratum.key);
  }
  let raw: number[];
  if (method.method === 'equal') {
    assertCount('perStratum', method.perStratum);
    raw = strata.map(() => method.perStratum);
  } else {
    assertCount('total', method.total);
    // Every non-empty stratum is reviewed at least once, even where its proportional share rounds to 0.
    raw = largestRemainder(strata, method.total).map((value, h) => (value === 0 && strata[h]!.frameSize > 0 ? 1 : value));
  }
  return strata.map((stratum, h) => ({ key: stratum.key, frameSize: stratum.frameSize, allocated: Math.min(raw[h]!, stratum.frameSize) }));
}
