// The public disclosure rule and the table's assembly, without a database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINIMUM_DECISIONS, publicFigures, publishedEntries, tableEntries, twelveMonthsUpTo } from '../../server/public-times/table';
import type { PublicTimesRow } from '../../server/public-times/queries';

/** `n` decisions with processing days 1…n, all with a deadline, the first `onTime` on time. */
function cases(n: number, onTime = n) {
  return { counts: { decided: n, withDueDate: n, onTime }, days: Array.from({ length: n }, (_, i) => ({ value: i + 1, count: 1 })) };
}

describe('the 20-decision rule', () => {
  it('shows no figure at all on 19 decisions, not even the rate', () => {
    const { counts, days } = cases(19);
    expect(publicFigures(counts, days)).toEqual({
      decisions: null, decisionsWithDeadline: null, medianDays: null, p80Days: null, onTimeRate: null, withheldReason: 'TOO_FEW_DECISIONS',
    });
  });

  it('shows every figure on 20: median 10.5 and p80 16.2 of 1…20 (percentile_cont), 15 of 20 on time', () => {
    const { counts, days } = cases(20, 15);
    const figures = publicFigures(counts, days);
    expect(figures).toMatchObject({ decisions: 20, decisionsWithDeadline: 20, medianDays: 10.5, onTimeRate: 0.75, withheldReason: null });
    expect(figures.p80Days).toBeCloseTo(16.2, 12);
  });

  it('withholds the on-time share (and its base) on fewer than 20 decisions with a deadline', () => {
    const figures = publicFigures({ decided: 25, withDueDate: 19, onTime: 19 }, [{ value: 10, count: 25 }]);
    expect(figures).toEqual({
      decisions: 25, decisionsWithDeadline: null, medianDays: 10, p80Days: 10, onTimeRate: null, withheldReason: 'TOO_FEW_WITH_DEADLINE',
    });
    expect(publicFigures({ decided: 25, withDueDate: 20, onTime: 10 }, [{ value: 10, count: 25 }]).onTimeRate).toBe(0.5);
  });

  it('has no share to show when no decision had a deadline: null, not withheld', () => {
    expect(publicFigures({ decided: 22, withDueDate: 0, onTime: 0 }, [{ value: 30, count: 22 }])).toMatchObject({
      decisions: 22, decisionsWithDeadline: 0, onTimeRate: null, withheldReason: null,
    });
  });

  it('never publishes a count from 1 to 19, nor a statistic on a base below 20 (so the committee rules hold too)', () => {
    const counts = fc.tuple(fc.nat(60), fc.nat(60), fc.nat(60)).map(([a, b, c]) => {
      const [onTime, withDueDate, decided] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { decided, withDueDate, onTime };
    });
    fc.assert(fc.property(counts, (c) => {
      const figures = publicFigures(c, c.decided > 0 ? [{ value: 7, count: c.decided }] : []);
      for (const count of [figures.decisions, figures.decisionsWithDeadline]) {
        expect(count === null || count === 0 || count >= MINIMUM_DECISIONS).toBe(true);
      }
      if (figures.medianDays !== null || figures.p80Days !== null) expect(c.decided).toBeGreaterThanOrEqual(MINIMUM_DECISIONS);
      if (figures.onTimeRate !== null) expect(c.withDueDate).toBeGreaterThanOrEqual(MINIMUM_DECISIONS);
    }));
  });
});

describe('the window', () => {
  it('is the 12 months up to and including the date of the figures', () => {
    expect(twelveMonthsUpTo('2025-06-30')).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(twelveMonthsUpTo('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(twelveMonthsUpTo('2025-01-01')).toEqual({ from: '2024-01-02', to: '2025-01-01' });
  });
});

const row = (over: Partial<PublicTimesRow>): PublicTimesRow => ({
  departmentId: 'A', departmentName: 'Myndighed A', ancestorIds: ['A', 'ROOT'], caseTypeId: 'T', caseTypeName: 'Type',
  legalBasis: null, deadlineValue: 3, deadlineUnit: 'months', days: 10, decided: 10, withDueDate: 10, onTime: 5, ...over,
});

describe('the table', () => {
  it('adds up the histogram of each department and case type, and keeps types without decisions as too few', () => {
    const entries = tableEntries([
      row({ days: 10, decided: 10, withDueDate: 10, onTime: 10 }), row({ days: 20, decided: 10, withDueDate: 10, onTime: 5 }),
      row({ caseTypeId: 'U', days: null, decided: 0, withDueDate: 0, onTime: 0, deadlineValue: null, deadlineUnit: null }),
    ]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ caseTypeId: 'T', decisions: 20, medianDays: 15, onTimeRate: 0.75, deadline: { value: 3, unit: 'months' } });
    expect(entries[1]).toMatchObject({ caseTypeId: 'U', decisions: null, deadline: null, withheldReason: 'TOO_FEW_DECISIONS' });
  });

  it('publishes a department with its whole subtree, and nothing outside the chosen departments', () => {
    const entries = tableEntries([row({}), row({ departmentId: 'B', ancestorIds: ['B', 'ROOT'] }), row({ departmentId: 'X', ancestorIds: ['X'] })]);
    expect(publishedEntries(entries, ['ROOT']).map((e) => e.departmentId)).toEqual(['A', 'B']);
    expect(publishedEntries(entries, ['B', 'X']).map((e) => e.departmentId)).toEqual(['B', 'X']);
    expect(publishedEntries(entries, [])).toEqual([]);
    expect(publishedEntries(entries, ['GONE'])).toEqual([]);
  });
});
