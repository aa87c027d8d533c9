import { describe, expect, it } from 'vitest';
import { deadlineInForce, dueDate, type DeadlineRule } from '../../server/deadlines/due-date';

const rules: DeadlineRule[] = [
  { effectiveFrom: '2017-01-01', value: 3, unit: 'months' },
  { effectiveFrom: '2018-07-01', value: 4, unit: 'months' },
  { effectiveFrom: '2030-01-01', value: 2, unit: 'months' },
];

describe('the deadline in force', () => {
  it('is the latest rule in force on the day of reception', () => {
    expect(deadlineInForce(rules, '2018-06-30')?.value).toBe(3);
    expect(deadlineInForce(rules, '2018-07-01')?.value).toBe(4);
    expect(deadlineInForce(rules, '2026-11-23')?.value).toBe(4);
  });

  it('is none before the first rule', () => {
    expect(deadlineInForce(rules, '2016-12-31')).toBeNull();
  });
});

describe('the due date', () => {
  it('counts days and weeks as calendar days and clamps months', () => {
    expect(dueDate('2024-02-20', { value: 10, unit: 'days' })).toBe('2024-03-01');
    expect(dueDate('2024-02-20', { value: 2, unit: 'weeks' })).toBe('2024-03-05');
    expect(dueDate('2018-01-31', { value: 1, unit: 'months' })).toBe('2018-02-28');
    expect(dueDate('2020-01-31', { value: 1, unit: 'months' })).toBe('2020-02-29');
  });
});
