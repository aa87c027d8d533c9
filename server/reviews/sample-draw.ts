// Drawing a round's sample and reserve without sorting its whole frame. SHA-256 is uniform, so in a
// stratum of N cases about N·p hash below p·2^256. Creating a round makes one pass over the frame
// that counts it and keeps the cases below a fixed share of the hash space (framePass); a stratum
// whose first allocated + reserve cases all lie below it is drawn from those. Any other stratum (a
// small one asked for much of itself) is drawn again on its own, with a cutoff of its own. A cutoff
// only narrows what is sorted, never the order.
import type { Executor } from '../db/client';
import type { FrameSpec } from './plan-input';
import { drawFromFrame, type DrawnRow, type DrawRequest } from './sample-queries';
import { CUTOFF_BYTES, type FramePass, type HashInput } from './frame-pass';

/**
 * The share of the hash space the creation pass keeps, 1/64, as a cutoff: about 20,000 of a
 * million-case frame, a few hundred rows more to group than it needs, and a stratum of 1,000 keeps
 * about 16, so only strata asked for more than roughly a 64th of themselves are drawn again.
 */
export const PASS_CUTOFF = '04'.padEnd(2 * CUTOFF_BYTES, '0');

/** The cutoff for taking `need` of `frameSize` cases, as hex; null when nearly all would pass anyway. */
export function cutoffFor(need: number, frameSize: number): string | null {
  const share = (need + 8 * Math.sqrt(need) + 16) / frameSize;
  if (share >= 0.5) return null;
  return Math.floor(share * 2 ** (8 * CUTOFF_BYTES)).toString(16).padStart(2 * CUTOFF_BYTES, '0');
}

export interface StratumNeed { key: string; departmentId: string; frameSize: number; allocated: number; reserve: number }

const needOf = (s: StratumNeed) => Math.min(s.frameSize, s.allocated + s.reserve);

/**
 * The sample of a round being created: from the pass's candidates where they reach far enough, the
 * other strata drawn on their own (drawSample). Rows in hash order per stratum, positions from 1.
 */
export async function sampleFromPass(db: Executor, spec: FrameSpec, seed: string, input: HashInput, strata: readonly StratumNeed[], pass: FramePass): Promise<DrawnRow[]> {
  const rows: DrawnRow[] = [];
  const short: StratumNeed[] = [];
  for (const stratum of strata) {
    const need = needOf(stratum);
    const candidates = pass.candidates.get(stratum.key)?.caseIds ?? [];
    if (candidates.length >= need) rows.push(...candidates.slice(0, need).map((caseId, i) => ({ key: stratum.key, caseId, position: i + 1 })));
    else short.push(stratum);
  }
  return short.length === 0 ? rows : [...rows, ...await drawSample(db, spec, seed, input, short)];
}

/**
 * The drawn cases and the reserve of every stratum, in hash order per stratum (positions from 1).
 * `cutoff` is replaceable so a test can force the fallback.
 */
export async function drawSample(db: Executor, spec: FrameSpec, seed: string, input: HashInput, strata: readonly StratumNeed[], cutoff = cutoffFor): Promise<DrawnRow[]> {
  const requests: DrawRequest[] = strata.map((s) => {
    const need = needOf(s);
    return { key: s.key, departmentId: s.departmentId, need, cutoff: cutoff(need, s.frameSize) };
  }).filter((r) => r.need > 0);
  if (requests.length === 0) return [];
  const rows = await drawFromFrame(db, spec, seed, input, requests);
  const got = new Map<string, number>();
  for (const row of rows) got.set(row.key, (got.get(row.key) ?? 0) + 1);
  const short = requests.filter((r) => (got.get(r.key) ?? 0) < r.need).map((r) => ({ ...r, cutoff: null }));
  if (short.length === 0) return rows;
  const again = await drawFromFrame(db, spec, seed, input, short);
  const redrawn = new Set(short.map((r) => r.key));
  return [...rows.filter((row) => !redrawn.has(row.key)), ...again];
}
