// The review form's pure rules: partial drafts, what submitting needs (errors name the items), and
// the answers as the API shows them.
import { describe, expect, it } from 'vitest';
import type { ItemAnswerInput, ReviewDraftInput } from '../../server/graphql/generated';
import { answersForApi, checkSubmittable, draftAnswers } from '../../server/reviews/review-form';

const input = (answers: ItemAnswerInput[], extra: Partial<ReviewDraftInput> = {}): ReviewDraftInput => ({ reviewId: '1', answers, ...extra });

describe('a draft', () => {
  it('keeps partial answers in item order, trims notes and drops empty entries', () => {
    expect(draftAnswers([
      { itemNumber: 3, answer: 'NO', note: '  mangler partshøring ' },
      { itemNumber: 1, answer: 'YES' },
      { itemNumber: 2, answer: null, note: '   ' },
      { itemNumber: 4, answer: null, note: 'ser på det' },
    ], 10, 1)).toEqual([
      { itemNumber: 1, answer: 'yes', note: null },
      { itemNumber: 3, answer: 'no', note: 'mangler partshøring' },
      { itemNumber: 4, answer: null, note: 'ser på det' },
    ]);
  });

  it('refuses an item outside the checklist version, naming it', () => {
    expect(() => draftAnswers([{ itemNumber: 11, answer: 'YES' }], 10, 1))
      .toThrow('input.answers[0].itemNumber: item 11 is not on checklist version 1 (items 1–10)');
    expect(() => draftAnswers([{ itemNumber: 0, answer: 'YES' }], 10, 1)).toThrow('item 0 is not on checklist version 1');
  });

  it('refuses an item answered twice', () => {
    expect(() => draftAnswers([{ itemNumber: 2, answer: 'YES' }, { itemNumber: 2, answer: 'NO', note: 'x' }], 10, 1))
      .toThrow('input.answers[1].itemNumber: item 2 is answered more than once');
  });

  it('refuses a note over 2,000 characters, naming the item', () => {
    expect(() => draftAnswers([{ itemNumber: 5, answer: 'NO', note: 'æ'.repeat(2_001) }], 10, 1))
      .toThrow('input.answers[0].note: item 5: note must be at most 2,000 characters, got 2001');
    expect(draftAnswers([{ itemNumber: 5, answer: 'NO', note: 'æ'.repeat(2_000) }], 10, 1)[0]!.note).toHaveLength(2_000);
  });
});

describe('submitting', () => {
  const all = (code: string) => draftAnswers([...code].map((c, i) => ({
    itemNumber: i + 1, answer: c === 'y' ? 'YES' as const : c === 'n' ? 'NO' as const : 'NOT_RELEVANT' as const,
    note: c === 'n' ? 'begrundelse' : null,
  })), code.length, 1);

  it('needs every item answered, naming the missing ones', () => {
    const rows = draftAnswers([{ itemNumber: 1, answer: 'YES' }, { itemNumber: 3, answer: 'YES' }], 4, 1);
    expect(() => checkSubmittable(rows, 4, input([]))).toThrow('input.answers: items 2, 4 are not answered');
    const one = draftAnswers([{ itemNumber: 1, answer: 'YES' }, { itemNumber: 2, answer: null, note: 'x' }], 2, 1);
    expect(() => checkSubmittable(one, 2, input([]))).toThrow('input.answers: item 2 is not answered');
  });

  it('needs a note on every NO, naming the item', () => {
    const rows = draftAnswers([{ itemNumber: 1, answer: 'YES' }, { itemNumber: 2, answer: 'NO' }], 2, 1);
    expect(() => checkSubmittable(rows, 2, input([], { overall: 'IN_ORDER', decision: 'UPHELD' })))
      .toThrow('input.answers: item 2: a NO answer needs a note');
  });

  it('needs the overall assessment and the decision', () => {
    expect(() => checkSubmittable(all('yn-'), 3, input([]))).toThrow(/^input\.overall: /);
    expect(() => checkSubmittable(all('yn-'), 3, input([], { overall: 'MINOR_DEFICIENCIES' }))).toThrow(/^input\.decision: /);
    expect(() => checkSubmittable(all('yn-'), 3, input([], { overall: 'MINOR_DEFICIENCIES', decision: 'CHANGED' }))).not.toThrow();
  });
});

describe('answers as the API shows them', () => {
  it('gives one per item with null for the unanswered', () => {
    expect(answersForApi([{ itemNumber: 2, answer: 'not_relevant', note: null }, { itemNumber: 3, answer: null, note: 'tjek' }], 3)).toEqual([
      { itemNumber: 1, answer: null, note: null },
      { itemNumber: 2, answer: 'NOT_RELEVANT', note: null },
      { itemNumber: 3, answer: null, note: 'tjek' },
    ]);
  });
});
