// Month and quarter parts of a period, cut to the period.
import { describe, expect, it } from 'vitest';
import { daysIn, monthParts, partGroups, quarterOf } from '../../server/continuity/periods';

describe('period parts', () => {
  it('cuts the calendar months to the period', () => {
    expect(monthParts({ from: '2024-01-15', to: '2024-03-10' })).toEqual([
      { month: '2024-01-01', from: '2024-01-15', to: '2024-01-31' },
      { month: '2024-02-01', from: '2024-02-01', to: '2024-02-29' },
      { month: '2024-03-01', from: '2024-03-01', to: '2024-03-10' },
    ]);
    expect(monthParts({ from: '2024-05-31', to: '2024-05-31' })).toEqual([{ month: '2024-05-01', from: '2024-05-31', to: '2024-05-31' }]);
  });

  it('groups months into quarters and the whole period', () => {
    expect(partGroups({ from: '2023-12-20', to: '2024-04-02' }, 'QUARTER')).toEqual([
      { key: '2023-Q4', from: '2023-12-20', to: '2023-12-31', months: ['2023-12-01'] },
      { key: '2024-Q1', from: '2024-01-01', to: '2024-03-31', months: ['2024-01-01', '2024-02-01', '2024-03-01'] },
      { key: '2024-Q2', from: '2024-04-01', to: '2024-04-02', months: ['2024-04-01'] },
    ]);
    const [whole] = partGroups({ from: '2024-01-01', to: '2024-06-30' }, 'PERIOD');
    expect(whole!.months).toHaveLength(6);
    expect(daysIn(whole!)).toBe(182);
    expect(partGroups({ from: '2024-02-10', to: '2024-03-05' }, 'MONTH').map((g) => g.key)).toEqual(['2024-02', '2024-03']);
  });

  it('names quarters YYYY-Qn', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-12-31'].map(quarterOf)).toEqual(['2024-Q1', '2024-Q1', '2024-Q2', '2024-Q4']);
  });
});
