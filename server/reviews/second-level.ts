// Which submitted first-level reviews get a second, independent review: a share of them, in the hash
// order of the round's seed with ":second" appended, so the choice is as reproducible as the sample.
import { drawStratum } from '../stats/hash-order';

/** ⌈share × available⌉, at least 1 when any is available; 0.1 × 30 must give 3, not 4 (float noise). */
export function secondLevelCount(share: number, available: number): number {
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  if (available === 0) return 0;
  const product = share * available;
  return Math.max(1, Math.ceil(product - 1e-9 * product));
}

/** The cases drawn for the second level, in draw order (ascending sampleHash(seed + ':second', caseId)). */
export function drawSecondLevel(seed: string, eligibleCaseIds: readonly string[], share: number): string[] {
  return drawStratum(eligibleCaseIds, `${seed}:second`, secondLevelCount(share, eligibleCaseIds.length), 0).drawn;
}
