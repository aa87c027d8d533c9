// A round's frame (every case id of each stratum, a million for a large round) is stored after the
// round is drawn, not while the manager who drew it waits: storing it is a serial pass that
// PostgreSQL cannot split over cores, and it took longer than the draw itself.
//
// Until it is stored, the frame is still exactly what the data give for the round's definition:
// cases change only by an import, and every import first stores the frames still waiting, under
// its exclusive lock, before it changes anything (storePendingFrames). Earlier rounds are counted
// as they stood when the round was created (EarlierRounds 'before', as Verify does), so later rounds
// and replacements change nothing. So the frame may be stored at any time before the next import:
// by the keeper right after the draw, by Verify when it needs it, or by that import.
import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../db/client';
import { IMPORT_LOCK } from '../db/locks';
import { reviewRounds } from '../db/review-schema';
import { roundsWhere } from './round-queries';
import { storeFrameIds } from './frame-queries';

/** A stratum whose stored frame does not have the size the round was drawn with. */
export interface FrameMismatch { roundId: number; key: string; frameSize: number; stored: number }

/** Rounds with a stratum whose frame is not stored yet, oldest first. */
export async function roundsWithPendingFrames(db: Executor): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`select distinct round_id as id from review_strata
    where frame_case_ids is null order by 1`);
  return rows.map((r) => r.id);
}

/**
 * Stores the waiting frames of these rounds (all that wait, by default). The caller holds the
 * import lock, shared or exclusive, for the transaction. Returns the strata whose stored size
 * differs from the drawn one: that cannot happen unless the cases changed without an import, and
 * then Verify shows the difference.
 */
export async function storePendingFrames(tx: Executor, roundIds?: readonly number[]): Promise<FrameMismatch[]> {
  const ids = roundIds ?? await roundsWithPendingFrames(tx);
  if (ids.length === 0) return [];
  // Collecting a million case ids per stratum stays in memory (the default 4 MB spills).
  await tx.execute(sql`set local work_mem = '64MB'`);
  const mismatches: FrameMismatch[] = [];
  for (const round of await roundsWhere(tx, inArray(reviewRounds.id, [...ids]))) {
    for (const stratum of await storeFrameIds(tx, round)) {
      if (stratum.stored !== stratum.frameSize) mismatches.push({ roundId: round.id, ...stratum });
    }
  }
  return mismatches;
}

/** Stores the round's frame if it is still waiting, in a transaction of its own; the mismatches, if any. */
export async function storeRoundFrame(db: Database, roundId: number): Promise<FrameMismatch[]> {
  const [waiting] = await queryRows<{ waiting: boolean }>(db, sql`select exists (select 1 from review_strata
    where round_id = ${roundId} and frame_case_ids is null) as waiting`);
  if (!waiting?.waiting) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock_shared(${IMPORT_LOCK}::bigint)`);
    return storePendingFrames(tx, [roundId]);
  });
}

export function describeMismatch(m: FrameMismatch): string {
  return `round ${m.roundId}, stratum ${m.key}: drawn from ${m.frameSize} case(s), but ${m.stored} stored as its frame; Verify will show the difference`;
}

type RoundDrawnListener = (roundId: number) => void;
const listeners = new Set<RoundDrawnListener>();

/** Called once a round is committed: the keeper (if the server runs one) stores its frame now. */
export function announceRoundDrawn(roundId: number): void {
  for (const listener of listeners) listener(roundId);
}

export interface FrameKeeper { stop: () => void; idle: () => Promise<void> }

/**
 * Stores each new round's frame right after it is drawn, and at start and every `intervalMs` any
 * frame still waiting (a server stopped before it got to one), one round per transaction.
 */
export function startFrameKeeper(db: Database, options: { log: (line: string) => void; intervalMs?: number }): FrameKeeper {
  let queue: Promise<void> = Promise.resolve();
  const store = (roundIds: () => Promise<number[]>) => {
    queue = queue.then(async () => {
      for (const roundId of await roundIds()) {
        for (const m of await storeRoundFrame(db, roundId)) options.log(`Stored frame differs: ${describeMismatch(m)}.`);
      }
    }).catch((error: unknown) => options.log(`Storing a review round's frame failed (it is stored later): ${error instanceof Error ? error.message : String(error)}`));
  };
  const onDrawn: RoundDrawnListener = (roundId) => store(async () => [roundId]);
  listeners.add(onDrawn);
  const timer = setInterval(() => store(() => roundsWithPendingFrames(db)), options.intervalMs ?? 300_000);
  timer.unref();
  store(() => roundsWithPendingFrames(db));
  return { stop: () => { clearInterval(timer); listeners.delete(onDrawn); }, idle: () => queue };
}
