// Follow-up actions, pure: what a new action needs, and how an action may move on. An action is
// finished when done or dropped with a reason; either can be taken back (a finding that comes back).
import { badInput } from '../graphql/errors';
import type { FollowUpActionInput, FollowUpActionUpdateInput } from '../graphql/generated';
import { isIsoDate } from '../stats/calendar';
import type { FollowUpActionModel } from './models';
import { requireText } from './review-input';

export const MAX_ACTION_TEXT = 1_000;
export const MAX_RESPONSIBLE = 120;
export const MAX_DROP_REASON = 500;

type Status = FollowUpActionModel['status'];

/** Where an action may go from each status (moving to the same status is refused as a no-op). */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['open', 'done', 'dropped'],
  done: ['in_progress'],
  dropped: ['open'],
};

export interface NewAction { text: string; responsible: string; dueOn: string; itemNumber: number | null; caseId: string | null }

/** The checks that need no database; the case's place in the sample is checked by the caller. */
export function checkNewAction(input: FollowUpActionInput, itemCount: number, version: number): NewAction {
  const text = requireText('input.text', input.text, MAX_ACTION_TEXT);
  const responsible = requireText('input.responsible', input.responsible, MAX_RESPONSIBLE);
  if (!isIsoDate(input.dueOn)) throw badInput('input.dueOn', `"${input.dueOn}" is not a date YYYY-MM-DD`);
  const itemNumber = input.itemNumber ?? null;
  if (itemNumber !== null && (!Number.isInteger(itemNumber) || itemNumber < 1 || itemNumber > itemCount)) {
    throw badInput('input.itemNumber', `item ${itemNumber} is not on the round's checklist version ${version} (items 1–${itemCount})`);
  }
  const caseId = input.caseId == null || input.caseId.trim() === '' ? null : input.caseId.trim();
  return { text, responsible, dueOn: input.dueOn, itemNumber, caseId };
}

/** The new status and drop reason; DROPPED needs a reason, the others take none. */
export function checkTransition(from: Status, input: FollowUpActionUpdateInput): { status: Status; dropReason: string | null } {
  const to = input.status.toLowerCase() as Status;
  if (to === from) throw badInput('input.status', `action ${input.id} is already ${input.status}`);
  if (!TRANSITIONS[from].includes(to)) {
    throw badInput('input.status', `an action that is ${from.toUpperCase()} can move to ${TRANSITIONS[from].map((s) => s.toUpperCase()).join(' or ')}, not ${input.status}`);
  }
  if (to === 'dropped') return { status: to, dropReason: requireText('input.reason', input.reason, MAX_DROP_REASON) };
  if (input.reason != null && input.reason.trim() !== '') throw badInput('input.reason', 'only DROPPED takes a reason');
  return { status: to, dropReason: null };
}
