// Citizen continuity of care (UPC, COC, SECON). SQL returns grouped sums per citizen, so the
// formulas live in `indicesFromSums`; `citizenIndices` reduces a sequence to those sums so both
// routes share one definition.

/** A scope's indices: unweighted means over its citizens with n ≥ 3, and how many there were. */
export interface IndexTotals { citizens: number; upc: number | null; coc: number | null; secon: number | null }

export interface ContinuityIndices { upc: number; coc: number; secon: number }

/**
 * The same from grouped sums (what SQL returns per citizen, so Node never sees every contact):
 * n contacts, maxShare = max nⱼ, sumSquares = Σ nⱼ², samePairs = consecutive pairs with the same caseworker.
 */
export interface CitizenContactSums { n: number; maxCount: number; sumSquares: number; samePairs: number }

/** Below 3 contacts the indices say little (n = 2 makes every index 0 or 1), so the spec leaves them out. */
const MIN_CONTACTS = 3;

function checkWhole(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** Sums that no contact sequence can produce are a bug in the query, not data: reject them. */
function checkSums({ n, maxCount, sumSquares, samePairs }: CitizenContactSums): void {
  checkWhole('n', n);
  checkWhole('maxCount', maxCount);
  checkWhole('sumSquares', sumSquares);
  checkWhole('samePairs', samePairs);
  if (n === 0) {
    if (maxCount !== 0 || sumSquares !== 0 || samePairs !== 0) throw new RangeError('contact sums must all be 0 when n is 0');
    return;
  }
  if (maxCount < 1 || maxCount > n) throw new RangeError(`maxCount must be in [1, n = ${n}], got ${maxCount}`);
  // The largest group contributes maxCount², every other contact at least 1; and Σ nⱼ² ≤ max nⱼ · Σ nⱼ.
  const least = maxCount * maxCount + (n - maxCount);
  if (sumSquares < least || sumSquares > maxCount * n) {
    throw new RangeError(`sumSquares must be in [${least}, ${maxCount * n}] for n = ${n}, maxCount = ${maxCount}, got ${sumSquares}`);
  }
  if (samePairs > n - 1) throw new RangeError(`samePairs must be ≤ n − 1 = ${n - 1}, got ${samePairs}`);
}

export function indicesFromSums(sums: CitizenContactSums): ContinuityIndices | null {
  checkSums(sums);
  const { n, maxCount, sumSquares, samePairs } = sums;
  if (n < MIN_CONTACTS) return null;
  return {
    upc: maxCount / n,
    // Bice–Boxerman: Σ nⱼ(nⱼ − 1) / (n(n − 1)), the share of contact pairs with the same caseworker.
    coc: (sumSquares - n) / (n * (n - 1)),
    secon: samePairs / (n - 1),
  };
}

/** The grouped sums of one ordered contact sequence. */
export function contactSums(caseworkersInOrder: readonly string[]): CitizenContactSums {
  const counts = new Map<string, number>();
  let samePairs = 0;
  caseworkersInOrder.forEach((caseworker, index) => {
    counts.set(caseworker, (counts.get(caseworker) ?? 0) + 1);
    if (index > 0 && caseworkersInOrder[index - 1] === caseworker) samePairs += 1;
  });
  let maxCount = 0;
  let sumSquares = 0;
  for (const count of counts.values()) {
    maxCount = Math.max(maxCount, count);
    sumSquares += count * count;
  }
  return { n: caseworkersInOrder.length, maxCount, sumSquares, samePairs };
}

/**
 * Indices of one citizen's ordered contact sequence; null when fewer than 3 contacts.
 * The sequence is one citizen's contacts in time order (contact_on, then caseworker_id), as the
 * caseworker id of each contact.
 */
export function citizenIndices(caseworkersInOrder: readonly string[]): ContinuityIndices | null {
  return indicesFromSums(contactSums(caseworkersInOrder));
}

/** Unweighted means over citizens with n ≥ 3 (others ignored), with the number of citizens; nulls when none. */
export function meanIndices(citizens: readonly CitizenContactSums[]): IndexTotals {
  let count = 0;
  let upc = 0;
  let coc = 0;
  let secon = 0;
  for (const sums of citizens) {
    const indices = indicesFromSums(sums);
    if (indices === null) continue;
    count += 1;
    upc += indices.upc;
    coc += indices.coc;
    secon += indices.secon;
  }
  if (count === 0) return { citizens: 0, upc: null, coc: null, secon: null };
  // Unweighted: each citizen counts once, so a few heavy users do not set the scope's figure.
  return { citizens: count, upc: upc / count, coc: coc / count, secon: secon / count };
}
