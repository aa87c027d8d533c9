// Follow-up actions: what a new one needs, and how it moves on (DROPPED needs a reason).
import { describe, expect, it } from 'vitest';
import { checkNewAction, checkTransition } from '../../server/reviews/follow-up';

const base = { roundId: '1', text: 'Skabelon for partshøring', responsible: 'Teamleder Børn', dueOn: '2026-06-30' };

describe('a new action', () => {
  it('is trimmed; item and case optional', () => {
    expect(checkNewAction({ ...base, text: '  Skabelon ', itemNumber: 4, caseId: ' C1 ' }, 10, 1))
      .toEqual({ text: 'Skabelon', responsible: 'Teamleder Børn', dueOn: '2026-06-30', itemNumber: 4, caseId: 'C1' });
    expect(checkNewAction(base, 10, 1)).toMatchObject({ itemNumber: null, caseId: null });
  });

  it('names what is wrong', () => {
    expect(() => checkNewAction({ ...base, text: ' ' }, 10, 1)).toThrow('input.text: must be 1–1,000 characters, got 0');
    expect(() => checkNewAction({ ...base, text: 'x'.repeat(1_001) }, 10, 1)).toThrow('input.text: must be 1–1,000 characters, got 1001');
    expect(() => checkNewAction({ ...base, responsible: 'x'.repeat(121) }, 10, 1)).toThrow('input.responsible: must be 1–120 characters, got 121');
    expect(() => checkNewAction({ ...base, dueOn: '2026-02-30' }, 10, 1)).toThrow('input.dueOn: "2026-02-30" is not a date YYYY-MM-DD');
    expect(() => checkNewAction({ ...base, itemNumber: 11 }, 10, 1)).toThrow('input.itemNumber: item 11 is not on the round\'s checklist version 1 (items 1–10)');
  });
});

describe('moving an action on', () => {
  it('follows the allowed transitions', () => {
    expect(checkTransition('open', { id: '1', status: 'IN_PROGRESS' })).toEqual({ status: 'in_progress', dropReason: null });
    expect(checkTransition('in_progress', { id: '1', status: 'DONE' })).toEqual({ status: 'done', dropReason: null });
    expect(checkTransition('done', { id: '1', status: 'IN_PROGRESS' })).toEqual({ status: 'in_progress', dropReason: null });
    expect(checkTransition('dropped', { id: '1', status: 'OPEN' })).toEqual({ status: 'open', dropReason: null });
    expect(() => checkTransition('done', { id: '1', status: 'DROPPED', reason: 'x' })).toThrow('input.status: an action that is DONE can move to IN_PROGRESS, not DROPPED');
    expect(() => checkTransition('open', { id: '7', status: 'OPEN' })).toThrow('input.status: action 7 is already OPEN');
  });

  it('needs a reason of 1–500 characters to drop, and takes none otherwise', () => {
    expect(checkTransition('open', { id: '1', status: 'DROPPED', reason: ' Dækket af ny instruks ' }))
      .toEqual({ status: 'dropped', dropReason: 'Dækket af ny instruks' });
    expect(() => checkTransition('open', { id: '1', status: 'DROPPED' })).toThrow('input.reason: must be 1–500 characters, got 0');
    expect(() => checkTransition('open', { id: '1', status: 'DROPPED', reason: 'x'.repeat(501) })).toThrow('got 501');
    expect(() => checkTransition('open', { id: '1', status: 'DONE', reason: 'fordi' })).toThrow('input.reason: only DROPPED takes a reason');
  });
});
