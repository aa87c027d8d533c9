// Drawing a round's sample and reserve without sorting its whole frame. SHA-256 is uniform, so in a
// stratum of N cases about N·p hash below p·2^256: a cutoff that lets through comfortably more than
// the cases needed leaves a few hundred rows to sort instead of a million. The cutoff only narrows
// what is sorted, never the order; a stratum that comes back short (about 8 standard deviations
// below expectation, practically never) is drawn again from all its cases.
import type { Executor } from '../db/client';
import type { FrameSpec } from './plan-input';
import { drawFromFrame, type DrawnRow, type DrawRequest } from './sample-queries';

/** Bytes of the hash the cutoff compares (48 bits: exact in a double, fine enough for any frame). */
const CUTOFF_BYTES = 6;

/** The cutoff for taking `need` of `frameSize` cases, as hex; null when nearly all would pass anyway. */
export function cutoffFor(need: number, frameSize: number): string | null {
  const share = (need + 8 * Math.sqrt(need) + 16) / frameSize;
  if (share >= 0.5) return null;
  return Math.floor(share * 2 ** (8 * CUTOFF_BYTES)).toString(16).padStart(2 * CUTOFF_BYTES, '0');
}

export interface StratumNeed { key: string; frameSize: number; allocated: number; reserve: number }

/**
 * The drawn cases and the reserve of every stratum, in hash order per stratum (positions from 1).
 * `cutoff` is replaceable so a test can force the fallback.
 */
export async function drawSample(db: Executor, spec: FrameSpec, seed: string, strata: readonly StratumNeed[], cutoff = cutoffFor): Promise<DrawnRow[]> {
  const requests: DrawRequest[] = strata.map((s) => {
    const need = Math.min(s.frameSize, s.allocated + s.reserve);
    return { key: s.key, need, cutoff: cutoff(need, s.frameSize) };
  }).filter((r) => r.need > 0);
  const rows = await drawFromFrame(db, spec, seed, requests);
  const got = new Map<string, number>();
  for (const row of rows) got.set(row.key, (got.get(row.key) ?? 0) + 1);
  const short = requests.filter((r) => (got.get(r.key) ?? 0) < r.need).map((r) => ({ ...r, cutoff: null }));
  if (short.length === 0) return rows;
  const again = await drawFromFrame(db, spec, seed, short);
  const redrawn = new Set(short.map((r) => r.key));
  return [...rows.filter((row) => !redrawn.has(row.key)), ...again];
}
