import { describe, expect, it } from 'vitest';
import { buildCitizenTimeline, fitLabel, SEGMENT_FILLS, type TimelineCaseInput } from '../../client/charts/citizenTimeline';

const anna = { id: 'CW1', displayName: 'Anna Andersen' };
const bo = { id: 'CW2', displayName: 'Bo Berg' };
const cy = { id: 'CW3', displayName: 'Cy Clausen' };

function caseOf(over: Partial<TimelineCaseInput> & { id: string; receivedOn: string }): TimelineCaseInput {
  return {
    caseType: { name: 'Merudgifter' },
    department: { name: 'Familieafdelingen' },
    decidedOn: null,
    closedOn: null,
    dueDate: null,
    assignments: [],
    appeals: [],
    ...over,
  };
}

/** Listed out of order; the axis runs from 1 Feb 2026 to 1 Jan 2027: 334 days. */
const CASES: TimelineCaseInput[] = [
  caseOf({
    id: 'C-2',
    receivedOn: '2026-03-10',
    decidedOn: '2026-05-20',
    closedOn: '2026-05-25',
    dueDate: '2026-05-05',
    assignments: [
      { caseworker: bo, from: '2026-04-15', to: null },
      { caseworker: anna, from: '2026-03-11', to: '2026-04-15' },
    ],
    appeals: [{ appealedOn: '2026-06-10' }],
  }),
  caseOf({
    id: 'C-1',
    receivedOn: '2026-02-01',
    dueDate: '2026-04-01',
    department: { name: 'Jobcenter' },
    assignments: [{ caseworker: bo, from: '2026-01-20', to: null }],
  }),
  caseOf({
    id: 'C-3',
    receivedOn: '2026-09-01',
    decidedOn: '2026-10-01',
    dueDate: '2026-12-01',
    assignments: [{ caseworker: cy, from: '2026-09-02', to: null }],
  }),
];

const SPAN = 334;
const model = buildCitizenTimeline(CASES, '2026-11-23', (month) => month);

describe('the citizen timeline', () => {
  it('spans whole months from the first receipt to the latest date, with at most 8 ticks', () => {
    expect(model.from).toBe('2026-02-01');
    expect(model.to).toBe('2026-12-01');
    expect(model.asOf).toBe(295 / SPAN);
    expect(model.ticks).toEqual([
      { at: 0, label: '2026-02' },
      { at: 59 / SPAN, label: '2026-04' },
      { at: 120 / SPAN, label: '2026-06' },
      { at: 181 / SPAN, label: '2026-08' },
      { at: 242 / SPAN, label: '2026-10' },
      { at: 303 / SPAN, label: '2026-12' },
    ]);
  });

  it('runs an open case to the as-of date, clips its assignment to the case, and marks it late past the deadline', () => {
    const [open] = model.rows;
    expect(open).toMatchObject({ id: 'C-1', department: 'Jobcenter', start: 0, end: 295 / SPAN, open: true, due: 59 / SPAN, late: true, decided: null });
    expect(open!.segments).toEqual([{ start: 0, end: 295 / SPAN, caseworker: 'Bo Berg', from: '2026-01-20', to: null, fill: SEGMENT_FILLS[0] }]);
  });

  it('ends a closed case at its closure, with the decision, the appeal and one fill per caseworker', () => {
    const closed = model.rows[1]!;
    expect(closed).toMatchObject({ id: 'C-2', start: 37 / SPAN, end: 113 / SPAN, open: false, decided: 108 / SPAN, due: 93 / SPAN, late: true });
    expect(closed.appeals).toEqual([{ at: 129 / SPAN, appealedOn: '2026-06-10' }]);
    expect(closed.segments.map((s) => [s.caseworker, s.start, s.end, s.fill])).toEqual([
      ['Anna Andersen', 38 / SPAN, 73 / SPAN, SEGMENT_FILLS[1]],
      ['Bo Berg', 73 / SPAN, 113 / SPAN, SEGMENT_FILLS[0]],
    ]);
  });

  it('ends a decided, not yet closed case at its decision, on time before its deadline', () => {
    expect(model.rows[2]).toMatchObject({ id: 'C-3', start: 212 / SPAN, end: 242 / SPAN, open: false, due: 303 / SPAN, late: false });
    expect(model.rows[2]!.segments.map((s) => [s.start, s.end, s.fill])).toEqual([[213 / SPAN, 242 / SPAN, SEGMENT_FILLS[2]]]);
  });

  it('fits a label to its width: whole, cut, or not at all', () => {
    expect(fitLabel('Anna Andersen', 100, 7)).toBe('Anna Andersen');
    expect(fitLabel('Anna Andersen', 60, 7)).toBe('Anna A…');
    expect(fitLabel('Anna', 30, 7)).toBe('');
  });
});
