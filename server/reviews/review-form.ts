// The review form's rules, pure: which answers a draft may hold, what submitting needs, and the
// answers as the API shows them (one per checklist item, unanswered ones null).
import { badInput } from '../graphql/errors';
import type { ItemAnswer, ItemAnswerInput, ReviewDraftInput } from '../graphql/generated';
import type { ItemAnswerRow } from './models';

export const MAX_NOTE = 2_000;

function checkNote(argument: string, label: string, value: string | null | undefined): string | null {
  const note = value?.trim() ?? '';
  const length = [...note].length;
  if (length > MAX_NOTE) throw badInput(argument, `${label}note must be at most 2,000 characters, got ${length}`);
  return note === '' ? null : note;
}

/**
 * A draft's answers as stored, in item order. Partial answers are fine; an item number outside the
 * round's checklist version or given twice is refused, naming the item.
 */
export function draftAnswers(answers: readonly ItemAnswerInput[], itemCount: number, version: number): ItemAnswerRow[] {
  const seen = new Set<number>();
  const rows: ItemAnswerRow[] = [];
  answers.forEach((input, index) => {
    const where = `input.answers[${index}]`;
    const n = input.itemNumber;
    if (!Number.isInteger(n) || n < 1 || n > itemCount) {
      throw badInput(`${where}.itemNumber`, `item ${n} is not on checklist version ${version} (items 1–${itemCount})`);
    }
    if (seen.has(n)) throw badInput(`${where}.itemNumber`, `item ${n} is answered more than once`);
    seen.add(n);
    const note = checkNote(`${where}.note`, `item ${n}: `, input.note);
    const answer = input.answer ? (input.answer.toLowerCase() as ItemAnswerRow['answer']) : null;
    if (answer !== null || note !== null) rows.push({ itemNumber: n, answer, note });
  });
  return rows.sort((a, b) => a.itemNumber - b.itemNumber);
}

/** The review's own note (optional, same limit as an item's). */
export function reviewNote(input: ReviewDraftInput): string | null {
  return checkNote('input.note', '', input.note);
}

function numbers(items: number[]): string {
  return items.length === 1 ? `item ${items[0]}` : `items ${items.join(', ')}`;
}

/** What submitting needs beyond a valid draft: every item answered, a note on every NO, overall and decision. */
export function checkSubmittable(rows: readonly ItemAnswerRow[], itemCount: number, input: ReviewDraftInput): void {
  const byNumber = new Map(rows.map((row) => [row.itemNumber, row]));
  const unanswered = Array.from({ length: itemCount }, (_, i) => i + 1).filter((n) => !byNumber.get(n)?.answer);
  if (unanswered.length > 0) {
    throw badInput('input.answers', `${numbers(unanswered)} ${unanswered.length === 1 ? 'is' : 'are'} not answered; every item needs YES, NO or NOT_RELEVANT`);
  }
  const noWithoutNote = rows.filter((row) => row.answer === 'no' && row.note === null).map((row) => row.itemNumber);
  if (noWithoutNote.length > 0) {
    throw badInput('input.answers', `${numbers(noWithoutNote)}: a NO answer needs a note saying what is wrong`);
  }
  if (!input.overall) throw badInput('input.overall', 'the overall assessment is needed to submit (IN_ORDER, MINOR_DEFICIENCIES or SIGNIFICANT_DEFICIENCIES)');
  if (!input.decision) throw badInput('input.decision', 'the assessment of the decision is needed to submit (UPHELD, CHANGED or REMITTED)');
}

/** One answer per checklist item, in order; an item without a stored answer shows null. */
export function answersForApi(stored: unknown, itemCount: number): ItemAnswer[] {
  const byNumber = new Map((stored as ItemAnswerRow[]).map((row) => [row.itemNumber, row]));
  return Array.from({ length: itemCount }, (_, i) => {
    const row = byNumber.get(i + 1);
    return {
      itemNumber: i + 1,
      answer: row?.answer ? (row.answer.toUpperCase() as ItemAnswer['answer']) : null,
      note: row?.note ?? null,
    };
  });
}
