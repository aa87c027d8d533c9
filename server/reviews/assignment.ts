// assignReviewer and reviewerCandidates. Every case is checked before anything is written, and a
// refusal names the case: not in the sample, already submitted, the same person at both levels,
// or a reviewer who once held the case as its caseworker (nobody reviews their own casework).
import type { RequestContext } from '../graphql/context';
import type { AssignReviewerInput, ReviewerCandidate, Role } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import { apiEnum } from '../graphql/models';
import type { Executor } from '../db/client';
import { findUserByUsername, type UserRow } from '../access/users';
import type { ReviewModel, SampledCaseModel } from './models';
import { parseRoundId, runnableRound } from './round-access';
import { recordCaseRead, requirePurpose } from './review-service';
import { lockRoundRow } from './round-queries';
import { sampledRows } from './sample-queries';
import { recordRoundEvents } from './events';
import { checkCaseIds, refusalFor } from './assignment-rules';
import { candidateUsers, casesForAssignment, heldAsCaseworker, REVIEWER_ROLES, upsertReviews } from './assignment-queries';

/** The assignee: an enabled user who may review (reviewer, manager, director). */
async function requireAssignee(ctx: RequestContext, username: string): Promise<UserRow> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) throw badInput('input.username', `no user is called "${username.slice(0, 70)}"`);
  if (user.disabled) throw badInput('input.username', `user "${user.username}" is disabled`);
  if (!(REVIEWER_ROLES as readonly string[]).includes(user.role)) {
    throw badInput('input.username', `user "${user.username}" is a ${user.role}; reviews go to reviewers, managers and directors`);
  }
  return user;
}

/** Refuses a case this reviewer ever held as caseworker, naming the case and when they got it. */
async function checkNotOwnCasework(tx: Executor, reviewer: UserRow, caseIds: readonly string[]): Promise<void> {
  if (reviewer.caseworkerId === null) return;
  const [held] = await heldAsCaseworker(tx, reviewer.caseworkerId, caseIds);
  if (held) {
    throw badInput('input.caseIds', `case ${held.caseId} was assigned to ${reviewer.username} as caseworker (from ${held.from}); choose another reviewer`);
  }
}

async function checkAssignable(tx: Executor, roundId: number, caseIds: readonly string[], level: ReviewModel['level'], reviewer: UserRow): Promise<void> {
  for (const row of await casesForAssignment(tx, roundId, caseIds)) {
    const refusal = refusalFor(row, roundId, level, reviewer);
    if (refusal) throw badInput('input.caseIds', refusal);
  }
  await checkNotOwnCasework(tx, reviewer, caseIds);
}

export async function assignReviewer(ctx: RequestContext, input: AssignReviewerInput): Promise<SampledCaseModel[]> {
  const roundId = parseRoundId(input.roundId, 'input.roundId');
  await runnableRound(ctx, roundId, 'Mutation.assignReviewer');
  const caseIds = checkCaseIds(input.caseIds);
  const level: ReviewModel['level'] = input.level === 'SECOND' ? 'second' : 'first';
  requirePurpose(ctx);
  const reviewer = await requireAssignee(ctx, input.username);
  const userId = ctx.guard.signedIn().userId;
  await ctx.db.transaction(async (tx) => {
    if ((await lockRoundRow(tx, roundId)).closedAt) throw badInput('input.roundId', `review round ${roundId} is closed; it can no longer be changed`);
    await checkAssignable(tx, roundId, caseIds, level, reviewer);
    await upsertReviews(tx, roundId, caseIds, level, reviewer.id);
    await recordRoundEvents(tx, caseIds.map((caseId) => ({
      roundId, userId, kind: 'ASSIGNED' as const, caseId, detail: { level: level.toUpperCase(), reviewer: reviewer.username },
    })));
  });
  const rows = await sampledRows(ctx.db, roundId, caseIds);
  await recordCaseRead(ctx, 'Mutation.assignReviewer', caseIds);
  return rows;
}

export async function reviewerCandidates(ctx: RequestContext): Promise<ReviewerCandidate[]> {
  return (await candidateUsers(ctx.db)).map((u) => ({ username: u.username, displayName: u.displayName, role: apiEnum<Role>(u.role) }));
}
