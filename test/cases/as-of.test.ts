// A case's timeline as known on an as-of date (metrics.md, "The as-of view"), by hand.
import { describe, expect, it } from 'vitest';
import { appealsAsOf, assignmentsAsOf, contactsAsOf } from '../../server/cases/as-of';

const A = '2024-06-30';

describe('a timeline as known on A', () => {
  it('drops assignments starting after A and leaves an end after A open', () => {
    const rows = [
      { caseId: 'C', from: '2024-01-01', to: '2024-03-31' },
      { caseId: 'C', from: '2024-04-01', to: '2024-07-15' },
      { caseId: 'C', from: '2024-07-16', to: null },
    ];
    expect(assignmentsAsOf(rows, A)).toEqual([
      { caseId: 'C', from: '2024-01-01', to: '2024-03-31' },
      { caseId: 'C', from: '2024-04-01', to: null },
    ]);
    expect(assignmentsAsOf(rows, '2024-07-15')[1]).toEqual({ caseId: 'C', from: '2024-04-01', to: '2024-07-15' });
    expect(assignmentsAsOf(rows, undefined)).toEqual(rows);
  });

  it('drops contacts after A, keeping one on A', () => {
    const rows = [{ on: '2024-06-30', channel: 'phone' }, { on: '2024-07-01', channel: 'letter' }];
    expect(contactsAsOf(rows, A)).toEqual([{ on: '2024-06-30', channel: 'phone' }]);
  });

  it('drops appeals lodged after A and shows one decided after A as pending', () => {
    const rows = [
      { caseId: 'C', appealedOn: '2024-02-01', decidedOn: '2024-05-01', outcome: 'upheld' },
      { caseId: 'C', appealedOn: '2024-06-01', decidedOn: '2024-08-01', outcome: 'changed' },
      { caseId: 'C', appealedOn: '2024-07-01', decidedOn: null, outcome: null },
    ];
    expect(appealsAsOf(rows, A)).toEqual([
      { caseId: 'C', appealedOn: '2024-02-01', decidedOn: '2024-05-01', outcome: 'upheld' },
      { caseId: 'C', appealedOn: '2024-06-01', decidedOn: null, outcome: null },
    ]);
  });
});
