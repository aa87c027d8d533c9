// Listing, reading and closing review rounds; who sees which round is decided in round-access.ts.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { reviewRounds } from '../db/review-schema';
import { requireDepartment } from '../organisation/service';
import type { ReviewRoundModel } from './models';
import { parseRoundId, runnableRound, visibleRound } from './round-access';
import { closeBlockers, lockRoundRow, roundsWhere, type CloseBlockers } from './round-queries';
import { recordRoundEvents } from './events';

/** The rounds the viewer may see, as round-access.ts's visibleRound decides one by one. */
async function visibleRoundsSql(ctx: RequestContext): Promise<SQL> {
  const viewer = ctx.guard.signedIn();
  if (viewer.role === 'director') return sql`true`;
  const scope = await ctx.guard.caseScope();
  if (viewer.role === 'manager' && scope.kind === 'departments' && scope.departmentIds.size > 0) {
    return inArray(reviewRounds.scopeId, [...scope.departmentIds]);
  }
  if (viewer.role === 'reviewer') {
    return sql`exists (select 1 from reviews v where v.round_id = ${reviewRounds.id} and v.reviewer_id = ${viewer.userId})`;
  }
  return sql`false`;
}

/** Newest first; with `scope`, only rounds whose scope lies in that department's subtree. */
export async function listReviewRounds(ctx: RequestContext, scope: string | null): Promise<ReviewRoundModel[]> {
  const conditions = [await visibleRoundsSql(ctx)];
  if (scope !== null) {
    await requireDepartment(ctx, scope, 'scope');
    conditions.push(sql`${reviewRounds.scopeId} in (select descendant_id from department_closure where ancestor_id = ${scope})`);
  }
  return roundsWhere(ctx.db, and(...conditions)!);
}

export function readReviewRound(ctx: RequestContext, rawId: string): Promise<ReviewRoundModel | null> {
  return visibleRound(ctx, parseRoundId(rawId, 'id'));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function closeRefusal(roundId: number, blockers: CloseBlockers): Error {
  const reasons = [
    blockers.openActions > 0 ? `${plural(blockers.openActions, 'follow-up action is', 'follow-up actions are')} neither done nor dropped` : null,
    blockers.pendingCases > 0 ? `${plural(blockers.pendingCases, 'sampled case is', 'sampled cases are')} neither submitted nor eliminated` : null,
  ].filter((reason) => reason !== null);
  return badInput('id', `review round ${roundId} cannot be closed yet: ${reasons.join(' and ')}`);
}

/** Refused while anything is left to do; the check and the close happen under a lock on the round. */
export async function closeReviewRound(ctx: RequestContext, rawId: string): Promise<ReviewRoundModel> {
  const roundId = parseRoundId(rawId, 'id');
  await runnableRound(ctx, roundId, 'Mutation.closeReviewRound');
  const userId = ctx.guard.signedIn().userId;
  await ctx.db.transaction(async (tx) => {
    const round = await lockRoundRow(tx, roundId);
    if (round.closedAt) throw badInput('id', `review round ${roundId} is already closed`);
    const blockers = await closeBlockers(tx, roundId);
    if (blockers.openActions > 0 || blockers.pendingCases > 0) throw closeRefusal(roundId, blockers);
    await tx.update(reviewRounds).set({ closedAt: sql`now()` }).where(eq(reviewRounds.id, roundId));
    await recordRoundEvents(tx, [{ roundId, userId, kind: 'CLOSED' }]);
  });
  return (await roundsWhere(ctx.db, eq(reviewRounds.id, roundId)))[0]!;
}
