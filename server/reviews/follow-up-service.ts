// Adding and moving on follow-up actions: whoever may run the round, while it is open. Each change
// and its ACTION_ADDED / ACTION_UPDATED event are written in one transaction.
import type { RequestContext } from '../graphql/context';
import type { FollowUpActionInput, FollowUpActionUpdateInput } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import type { FollowUpActionModel } from './models';
import { parseRoundId, runnableRound, visibleRound } from './round-access';
import { recordRoundEvents } from './events';
import { parseSerialId } from './review-input';
import { inSampleNow } from './review-queries';
import { checklistOfRound } from './review-service';
import { checkNewAction, checkTransition } from './follow-up';
import { actionById, insertAction, updateActionStatus } from './follow-up-queries';

export async function addFollowUpAction(ctx: RequestContext, input: FollowUpActionInput): Promise<FollowUpActionModel> {
  const round = await runnableRound(ctx, parseRoundId(input.roundId, 'input.roundId'), 'Mutation.addFollowUpAction');
  const template = await checklistOfRound(ctx, round);
  const action = checkNewAction(input, template.items.length, template.version);
  if (action.caseId !== null && !(await inSampleNow(ctx.db, round.id, action.caseId))) {
    throw badInput('input.caseId', `case ${action.caseId} is not in the sample of round ${round.id}`);
  }
  const userId = ctx.guard.signedIn().userId;
  return ctx.db.transaction(async (tx) => {
    const row = await insertAction(tx, round.id, action, userId);
    await recordRoundEvents(tx, [{
      roundId: round.id, userId, kind: 'ACTION_ADDED', caseId: action.caseId,
      detail: { actionId: row.id, itemNumber: action.itemNumber, responsible: action.responsible, dueOn: action.dueOn },
    }]);
    return row;
  });
}

export async function updateFollowUpAction(ctx: RequestContext, input: FollowUpActionUpdateInput): Promise<FollowUpActionModel> {
  const id = parseSerialId(input.id, 'input.id', 'follow-up action');
  const action = await actionById(ctx.db, id);
  // No hint that an action exists in a round the viewer cannot see.
  if (!action || !(await visibleRound(ctx, action.roundId))) throw badInput('input.id', `follow-up action ${id} does not exist`);
  await runnableRound(ctx, action.roundId, 'Mutation.updateFollowUpAction');
  const change = checkTransition(action.status, input);
  const userId = ctx.guard.signedIn().userId;
  return ctx.db.transaction(async (tx) => {
    const row = await updateActionStatus(tx, id, action.status, change);
    if (!row) throw badInput('input.id', `follow-up action ${id} was changed by someone else meanwhile; reload it`);
    await recordRoundEvents(tx, [{
      roundId: action.roundId, userId, kind: 'ACTION_UPDATED', caseId: action.caseId,
      detail: { actionId: id, from: action.status, to: change.status, ...(change.dropReason ? { reason: change.dropReason } : {}) },
    }]);
    return row;
  });
}
