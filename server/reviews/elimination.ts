// eliminateSampledCase: a case in the sample leaves it with a reason, and the next unused reserve
// case of its stratum (in hash order) takes its place; both are logged on the round, all in one
// transaction under a lock on the round, so two eliminations cannot take the same reserve case.
import type { RequestContext } from '../graphql/context';
import type { Elimination, EliminationInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import type { Executor } from '../db/client';
import { nextReplacement } from '../stats/hash-order';
import { parseRoundId, runnableRound } from './round-access';
import { optionalText } from './review-input';
import { recordCaseRead, requirePurpose } from './review-service';
import { lockRoundRow } from './round-queries';
import { sampledRows } from './sample-queries';
import { firstLevelStatus, reserveOf, writeElimination, type EliminationReasonRow } from './elimination-queries';
import { recordRoundEvents } from './events';

export const MAX_ELIMINATION_NOTE = 500;

/** The case is in the sample now and its first-level review is not submitted; else an error naming it. */
async function checkEliminable(tx: Executor, roundId: number, caseId: string): Promise<string> {
  const [row] = await sampledRows(tx, roundId, [caseId]);
  if (!row || (row.fromReserve && row.replacesCaseId === null)) {
    throw badInput('input.caseId', `case "${caseId.slice(0, 60)}" is not in the sample of review round ${roundId}`);
  }
  if (row.eliminatedAt) throw badInput('input.caseId', `case ${caseId} was already eliminated from review round ${roundId}`);
  if ((await firstLevelStatus(tx, roundId, caseId)) === 'submitted') {
    throw badInput('input.caseId', `case ${caseId} has a submitted review; reopen the review before eliminating the case`);
  }
  return row.stratumKey;
}

async function nextReserveCase(tx: Executor, roundId: number, stratumKey: string): Promise<string | null> {
  const reserve = await reserveOf(tx, roundId, stratumKey);
  const used = new Set(reserve.filter((r) => r.replacesCaseId !== null).map((r) => r.caseId));
  return nextReplacement(reserve.map((r) => r.caseId), used);
}

export async function eliminateSampledCase(ctx: RequestContext, input: EliminationInput): Promise<Elimination> {
  const roundId = parseRoundId(input.roundId, 'input.roundId');
  await runnableRound(ctx, roundId, 'Mutation.eliminateSampledCase');
  const reason = input.reason.toLowerCase() as EliminationReasonRow;
  const note = optionalText('input.note', input.note, MAX_ELIMINATION_NOTE);
  if (reason === 'other' && note === null) throw badInput('input.note', 'is required when the reason is OTHER');
  requirePurpose(ctx);
  const viewer = ctx.guard.signedIn();
  const caseId = input.caseId;
  const elimination = await ctx.db.transaction(async (tx) => {
    if ((await lockRoundRow(tx, roundId)).closedAt) throw badInput('input.roundId', `review round ${roundId} is closed; it can no longer be changed`);
    const stratumKey = await checkEliminable(tx, roundId, caseId);
    const replacementCaseId = await nextReserveCase(tx, roundId, stratumKey);
    const at = await writeElimination(tx, { roundId, caseId, reason, note, userId: viewer.userId, replacementCaseId });
    await recordRoundEvents(tx, [
      { roundId, userId: viewer.userId, kind: 'ELIMINATED', caseId, detail: { reason: input.reason, note, replacementCaseId } },
      ...(replacementCaseId === null ? [] : [{ roundId, userId: viewer.userId, kind: 'REPLACED' as const, caseId: replacementCaseId, detail: { replaces: caseId } }]),
    ]);
    return { caseId, reason: input.reason, note, replacementCaseId, at: at.toISOString(), by: viewer.displayName };
  });
  await recordCaseRead(ctx, 'Mutation.eliminateSampledCase', [caseId, ...(elimination.replacementCaseId ? [elimination.replacementCaseId] : [])]);
  return elimination;
}
