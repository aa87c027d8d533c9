// Reproducible sample selection: cases are ordered by a hash of the round's seed and the case id,
// so anyone holding the stored seed and frame can redraw the sample and check it, with no RNG state.

import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of the UTF-8 bytes of `seed + ":" + caseId`; the seed is used verbatim. */
export function sampleHash(seed: string, caseId: string): string {
  return createHash('sha256').update(`${seed}:${caseId}`, 'utf8').digest('hex');
}

/**
 * ⌈reserveShare × allocated⌉ without floating-point noise: 0.2 × 15 is 3.0000000000000004 in
 * doubles and must give 3. A relative tolerance of 1e-9 absorbs that and nothing real.
 */
export function reserveSize(allocated: number, reserveShare: number): number {
  if (!Number.isSafeInteger(allocated) || allocated < 0) throw new RangeError(`allocated must be a non-negative integer, got ${allocated}`);
  if (!(reserveShare >= 0 && reserveShare <= 1)) throw new RangeError(`reserveShare must be in [0, 1], got ${reserveShare}`);
  const product = reserveShare * allocated;
  return Math.ceil(product - 1e-9 * product);
}

/**
 * One stratum's draw: cases by hash ascending (ties, practically impossible, by case id), the first
 * `allocated` drawn and the next ⌈reserveShare × allocated⌉ as the reserve, fewer if the stratum runs out.
 */
export function drawStratum(
  caseIds: readonly string[],
  seed: string,
  allocated: number,
  reserveShare: number,
): { drawn: string[]; reserve: string[] } {
  const reserveCount = reserveSize(allocated, reserveShare);
  if (new Set(caseIds).size !== caseIds.length) throw new RangeError('caseIds must not contain duplicates');
  const keyed = caseIds.map((caseId) => ({ caseId, hash: sampleHash(seed, caseId) }));
  // Plain code-unit comparison: hex digits and ids must order the same on every server and locale.
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => compare(a.hash, b.hash) || compare(a.caseId, b.caseId));
  const ordered = keyed.map((entry) => entry.caseId);
  return { drawn: ordered.slice(0, allocated), reserve: ordered.slice(allocated, allocated + reserveCount) };
}

/** The first reserve case not yet used, in reserve order; null when the reserve is exhausted. */
export function nextReplacement(reserve: readonly string[], used: ReadonlySet<string>): string | null {
  return reserve.find((caseId) => !used.has(caseId)) ?? null;
}
