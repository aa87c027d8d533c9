// The round's own log of what happened (append-only in the database). Written in the same
// transaction as the change it records, so the log and the round never disagree.
import type { Executor } from '../db/client';
import { reviewRoundEvents } from '../db/review-schema';

export type RoundEventKind =
  | 'CREATED' | 'ELIMINATED' | 'REPLACED' | 'ASSIGNED' | 'REVIEW_SUBMITTED' | 'REVIEW_REOPENED'
  | 'SECOND_LEVEL_DRAWN' | 'ACTION_ADDED' | 'ACTION_UPDATED' | 'CLOSED';

export interface RoundEvent {
  roundId: number;
  userId: number;
  kind: RoundEventKind;
  caseId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** `db` may be a transaction. */
export async function recordRoundEvents(db: Executor, events: readonly RoundEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(reviewRoundEvents).values(events.map((e) => ({
    roundId: e.roundId, userId: e.userId, kind: e.kind, caseId: e.caseId ?? null, detail: e.detail ?? null,
  })));
}
