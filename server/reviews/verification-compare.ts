// Re-drawing a round from its stored frame and seed with the pure definition (server/stats), and
// comparing entry by entry with what the round stored. Pure. An entry is a case at a position of
// its stratum's hash order, drawn or reserve: a replaced id gives one difference of each kind, a
// deleted row one MISSING_FROM_ROUND, two swapped cases two of each kind.
import type { VerificationDifference } from '../graphql/generated';
import { drawStratum } from '../stats/hash-order';

export interface StoredStratum { stratumKey: string; allocated: number; frameCaseIds: readonly string[] }
export interface StoredEntry { stratumKey: string; position: number; caseId: string; fromReserve: boolean }

const entryKey = (e: StoredEntry) => `${e.stratumKey}\u0000${e.position}\u0000${e.fromReserve}\u0000${e.caseId}`;

/** The entries the stored frame and seed give, per stratum in hash order. */
export function redraw(strata: readonly StoredStratum[], seed: string, reserveShare: number): StoredEntry[] {
  return strata.flatMap((s) => {
    const { drawn, reserve } = drawStratum(s.frameCaseIds, seed, s.allocated, reserveShare);
    return [...drawn, ...reserve].map((caseId, i) => ({ stratumKey: s.stratumKey, position: i + 1, caseId, fromReserve: i >= drawn.length }));
  });
}

function byPlace(a: StoredEntry, b: StoredEntry): number {
  if (a.stratumKey !== b.stratumKey) return a.stratumKey < b.stratumKey ? -1 : 1;
  return a.position - b.position;
}

/** Redrawn entries the round lacks (MISSING_FROM_ROUND) and stored entries the redraw lacks (NOT_IN_REDRAW), by place. */
export function sampleDifferences(expected: readonly StoredEntry[], stored: readonly StoredEntry[]): VerificationDifference[] {
  const storedKeys = new Set(stored.map(entryKey));
  const expectedKeys = new Set(expected.map(entryKey));
  const missing = expected.filter((e) => !storedKeys.has(entryKey(e))).map((e) => ({ entry: e, kind: 'MISSING_FROM_ROUND' as const }));
  const extra = stored.filter((e) => !expectedKeys.has(entryKey(e))).map((e) => ({ entry: e, kind: 'NOT_IN_REDRAW' as const }));
  return [...missing, ...extra]
    .sort((a, b) => byPlace(a.entry, b.entry) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map(({ entry, kind }) => ({ kind, stratumKey: entry.stratumKey, caseId: entry.caseId }));
}
