// Who may see and who may run a review round. Directors: every round; managers: rounds whose scope
// lies in their department subtrees; reviewers: see (not run) rounds with a review assigned to them.
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../graphql/context';
import { reviewRounds, reviews } from '../db/review-schema';
import { forbidden } from '../access/errors';
import { badInput } from '../graphql/errors';
import type { ReviewRoundModel } from './models';

/** True when the viewer may plan and run rounds over `scopeId` (director; manager in their subtrees). */
export async function mayRunRoundsIn(ctx: RequestContext, scopeId: string): Promise<boolean> {
  const viewer = ctx.guard.signedIn();
  if (viewer.role === 'director') return true;
  if (viewer.role !== 'manager') return false;
  const scope = await ctx.guard.caseScope();
  return scope.kind === 'departments' && scope.departmentIds.has(scopeId);
}

async function hasReviewIn(ctx: RequestContext, roundId: number, userId: number): Promise<boolean> {
  const rows = await ctx.db.select({ id: reviews.id }).from(reviews)
    .where(and(eq(reviews.roundId, roundId), eq(reviews.reviewerId, userId))).limit(1);
  return rows.length > 0;
}

/** Parses a round id argument; a clear error naming the argument otherwise. */
export function parseRoundId(raw: string, argument = 'id'): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) throw badInput(argument, `"${raw.slice(0, 20)}" is not a review round id`);
  return Number(raw);
}

/** The round if the viewer may see it; null when unknown or not theirs (no hint that it exists). */
export async function visibleRound(ctx: RequestContext, roundId: number): Promise<ReviewRoundModel | null> {
  const [round] = await ctx.db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId));
  if (!round) return null;
  if (await mayRunRoundsIn(ctx, round.scopeId)) return round;
  const viewer = ctx.guard.signedIn();
  if (viewer.role === 'reviewer' && (await hasReviewIn(ctx, round.id, viewer.userId))) return round;
  return null;
}

/** The round if the viewer may run it (plan, eliminate, assign, follow up, close); otherwise an error. */
export async function runnableRound(ctx: RequestContext, roundId: number, what: string): Promise<ReviewRoundModel> {
  const [round] = await ctx.db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId));
  if (!round || !(await mayRunRoundsIn(ctx, round.scopeId))) {
    if (round && (await visibleRound(ctx, roundId))) throw forbidden(what);
    throw badInput('roundId', `review round ${roundId} does not exist or is not yours to run`);
  }
  if (round.closedAt) throw badInput('roundId', `review round ${roundId} is closed; it can no longer be changed`);
  return round;
}
