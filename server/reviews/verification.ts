// ReviewRound.verification: anyone holding a round's frame and seed can draw its sample again.
// Verify does so with the pure definition (server/stats/hash-order.ts), independent of the SQL that
// drew the round, and recomputes the frame from the data now to show what a re-import changed.
import type { RequestContext } from '../graphql/context';
import type { SampleVerification } from '../graphql/generated';
import type { ReviewRoundModel } from './models';
import { recordRoundRead, visibleCasesOf } from './round-reads';
import { redraw, sampleDifferences, type StoredEntry } from './verification-compare';
import { frameDifferences, storedEntries, storedStratum, stratumKeysOf } from './verification-queries';
import type { Database } from '../db/client';
import { storeRoundFrame } from './frame-store';

/** Most differences listed; the count is always exact. */
export const MAX_DIFFERENCES = 200;

/** The entries the stored frames and seed give, one stratum at a time: a million ids are never all held at once. */
async function redrawStored(db: Database, round: ReviewRoundModel): Promise<StoredEntry[]> {
  const entries: StoredEntry[] = [];
  for (const key of await stratumKeysOf(db, round.id)) {
    entries.push(...redraw([await storedStratum(db, round.id, key)], round.seed, round.reserveShare));
  }
  return entries;
}

export async function verifyRound(ctx: RequestContext, round: ReviewRoundModel): Promise<SampleVerification> {
  // A round drawn a moment ago may not have its frame stored yet; it is the same frame either way.
  await storeRoundFrame(ctx.db, round.id);
  const [redrawn, entries, frame] = await Promise.all([
    redrawStored(ctx.db, round), storedEntries(ctx.db, round.id), frameDifferences(ctx.db, round, MAX_DIFFERENCES),
  ]);
  const sample = sampleDifferences(redrawn, entries);
  const visible = await visibleCasesOf(ctx, round);
  const differences = [...sample, ...frame.differences].filter((d) => visible.has(d.caseId)).slice(0, MAX_DIFFERENCES);
  await recordRoundRead(ctx, 'ReviewRound.verification', round.id, `${round.id}`, differences.map((d) => d.caseId));
  return {
    sampleIdentical: sample.length === 0,
    frameUnchanged: frame.total === 0,
    differences,
    differenceCount: sample.length + frame.total,
  };
}
