// Follow-up actions as stored.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { followUpActions } from '../db/review-schema';
import type { FollowUpActionModel } from './models';
import type { NewAction } from './follow-up';

/** One list per round id (in key order), by due date then id. */
export async function actionsOfRounds(db: Executor, roundIds: readonly number[]): Promise<FollowUpActionModel[][]> {
  const rows = await db.select().from(followUpActions).where(inArray(followUpActions.roundId, [...roundIds]))
    .orderBy(asc(followUpActions.dueOn), asc(followUpActions.id));
  return roundIds.map((id) => rows.filter((row) => row.roundId === id));
}

export async function actionById(db: Executor, id: number): Promise<FollowUpActionModel | null> {
  const [row] = await db.select().from(followUpActions).where(eq(followUpActions.id, id));
  return row ?? null;
}

export async function insertAction(db: Executor, roundId: number, action: NewAction, userId: number): Promise<FollowUpActionModel> {
  const [row] = await db.insert(followUpActions).values({ roundId, ...action, createdBy: userId }).returning();
  return row!;
}

/** Null when the action is no longer in status `from` (someone moved it on meanwhile). */
export async function updateActionStatus(
  db: Executor, id: number, from: FollowUpActionModel['status'], change: { status: FollowUpActionModel['status']; dropReason: string | null },
): Promise<FollowUpActionModel | null> {
  const [row] = await db.update(followUpActions).set({ ...change, updatedAt: new Date() })
    .where(and(eq(followUpActions.id, id), eq(followUpActions.status, from))).returning();
  return row ?? null;
}
