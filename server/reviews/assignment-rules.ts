// The rules of assigning a case to a reviewer, pure: given what the round holds for the case, the
// reason it cannot be assigned (a message naming the case), or null when it can.
import { badInput } from '../graphql/errors';
import type { ReviewModel } from './models';
import type { CaseForAssignment } from './assignment-queries';

/** Most cases one assignment may take (a page of the sample list). */
export const MAX_ASSIGN = 1_000;

/** Without repeats, in the given order; 1 to MAX_ASSIGN ids. */
export function checkCaseIds(raw: readonly string[]): string[] {
  const caseIds = [...new Set(raw)];
  if (caseIds.length < 1 || caseIds.length > MAX_ASSIGN) {
    throw badInput('input.caseIds', `give 1–${MAX_ASSIGN.toLocaleString('en')} case ids, got ${caseIds.length}`);
  }
  if (caseIds.some((id) => id.trim() === '')) throw badInput('input.caseIds', 'a case id must not be empty');
  return caseIds;
}

function firstLevelRefusal(c: CaseForAssignment, roundId: number, reviewer: { id: number; username: string }): string | null {
  if (!c.inSample) return `case "${c.caseId.slice(0, 60)}" is not in the sample of review round ${roundId}`;
  if (c.eliminated) return `case ${c.caseId} was eliminated from review round ${roundId}`;
  if (c.firstStatus === 'submitted') return `the review of case ${c.caseId} is submitted; it cannot be given to another reviewer`;
  if (c.secondReviewerId === reviewer.id) {
    return `${reviewer.username} is the second reviewer of case ${c.caseId}; the two reviews must be by different people`;
  }
  return null;
}

function secondLevelRefusal(c: CaseForAssignment, roundId: number, reviewer: { id: number; username: string }): string | null {
  if (!c.secondDrawn) return `case "${c.caseId.slice(0, 60)}" was not drawn for a second review in review round ${roundId}`;
  if (c.secondStatus === 'submitted') return `the second review of case ${c.caseId} is submitted; it cannot be given to another reviewer`;
  if (c.firstReviewerId === reviewer.id) {
    return `${reviewer.username} made the first-level review of case ${c.caseId}; the second reviewer must be someone else`;
  }
  return null;
}

export function refusalFor(c: CaseForAssignment, roundId: number, level: ReviewModel['level'], reviewer: { id: number; username: string }): string | null {
  return level === 'first' ? firstLevelRefusal(c, roundId, reviewer) : secondLevelRefusal(c, roundId, reviewer);
}
