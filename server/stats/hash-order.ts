// Reproducible sample selection: cases are ordered by a hash of the round's seed and the case id,
// so anyone holding the stored seed and frame can redraw the sample and check it, with no RNG state.

import { hash } from 'node:crypto';
import { smallest } from './smallest';

/** Lowercase hex SHA-256 of the UTF-8 bytes of `seed + ":" + caseId`; the seed is used verbatim. */
export function sampleHash(seed: string, caseId: string): string {
  return hash('sha256', `${seed}:${caseId}`, 'hex');
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
  // Only the first allocated + reserve are kept (a million-case frame is not sorted whole); plain
  // code-unit comparison: hex digits and ids must order the same on every server and locale.
  const compare = (a: { hash: string; caseId: string }, b: { hash: string; caseId: string }): number =>
    (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
  // Hashed one at a time as the heap takes them: a million hashes are never all held at once.
  function* keyed() { for (const caseId of caseIds) yield { caseId, hash: sampleHash(seed, caseId) }; }
  const ordered = smallest(keyed(), allocated + reserveCount, compare).map((entry) => entry.caseId);
  return { drawn: ordered.slice(0, allocated), reserve: ordered.slice(allocated) };
}

/** The first reserve case not yet used, in reserve order; null when the reserve is exhausted. */
export function nextReplacement(reserve: readonly string[], used: ReadonlySet<string>): string | null {
  return reserve.find((caseId) => !used.has(caseId)) ?? null;
}
