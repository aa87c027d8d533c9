/**
 * Pure helpers for supervisory review (ledelsestilsyn): who may run rounds, stratum names,
 * reserve sizes, overdue actions, what keeps a review from being submitted, typed numbers.
 * Figures and events as text: utils/reviewText.ts.
 */
import type { ChecklistAnswer, DecisionAssessment, FollowUpStatus, OverallAssessment } from '../gql/graphql';
import type { Role } from './roleAccess';

/** The roles that plan and run rounds (the server narrows managers to their own subtrees). */
export const ROUND_RUNNERS: readonly Role[] = ['director', 'manager'];

export function canRunRounds(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && ROUND_RUNNERS.includes(role);
}

export interface StratumLike {
  key: string;
  department: { name: string };
  caseType?: { name: string } | null;
}

/** "Myndighed Børn" or "Myndighed Børn × Merudgifter"; the key itself when the stratum is unknown. */
export function stratumName(key: string, strata: readonly StratumLike[]): string {
  const stratum = strata.find((s) => s.key === key);
  if (!stratum) return key;
  return stratum.caseType ? `${stratum.department.name} × ${stratum.caseType.name}` : stratum.department.name;
}

/** The reserve a stratum gets: ⌈share × allocated⌉ (metrics.md, "Selection"). */
export function reserveSize(allocated: number, share: number): number {
  return Math.ceil(Math.round(share * allocated * 1e9) / 1e9);
}

/** An action past its due date that is neither done nor dropped. */
export function isOverdue(action: { dueOn: string; status: FollowUpStatus }, today: string): boolean {
  return (action.status === 'OPEN' || action.status === 'IN_PROGRESS') && action.dueOn < today;
}

export interface DraftAnswer {
  itemNumber: number;
  answer: ChecklistAnswer | null;
  note: string;
}

export type DraftProblem =
  | { kind: 'unanswered'; itemNumber: number }
  | { kind: 'noteMissing'; itemNumber: number }
  | { kind: 'overall' }
  | { kind: 'decision' };

/** What keeps a review from being submitted, in form order (the server checks the same). */
export function draftProblems(
  itemNumbers: readonly number[],
  answers: readonly DraftAnswer[],
  overall: OverallAssessment | null,
  decision: DecisionAssessment | null,
): DraftProblem[] {
  const byItem = new Map(answers.map((a) => [a.itemNumber, a]));
  const problems: DraftProblem[] = [];
  for (const itemNumber of itemNumbers) {
    const answer = byItem.get(itemNumber);
    if (!answer?.answer) problems.push({ kind: 'unanswered', itemNumber });
    else if (answer.answer === 'NO' && answer.note.trim() === '') problems.push({ kind: 'noteMissing', itemNumber });
  }
  if (!overall) problems.push({ kind: 'overall' });
  if (!decision) problems.push({ kind: 'decision' });
  return problems;
}

/** Where the server serves a round's CSV exports. */
export function roundCsvUrl(roundId: string, kind: 'results' | 'reviews'): string {
  return `/reviews/${encodeURIComponent(roundId)}/${kind}.csv`;
}

/** A number typed the Danish or English way ("2,5" or "2.5"); null when it is not one or outside [min, max]. */
export function parseNumber(text: string, min: number, max: number, integer = false): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  if (integer && !Number.isInteger(value)) return null;
  return value >= min && value <= max ? value : null;
}

/**
 * The departments of a tree (in tree order, see `flattenTree`) that lie in the subtrees of
 * `rootIds`; every department when `rootIds` is null (a director).
 */
export function subtreeEntries<T extends { id: string; depth: number }>(tree: readonly T[], rootIds: readonly string[] | null): T[] {
  if (rootIds === null) return [...tree];
  const result: T[] = [];
  let insideDepth: number | null = null;
  for (const entry of tree) {
    if (insideDepth !== null && entry.depth <= insideDepth) insideDepth = null;
    if (insideDepth === null && rootIds.includes(entry.id)) insideDepth = entry.depth;
    if (insideDepth !== null) result.push(entry);
  }
  return result;
}
