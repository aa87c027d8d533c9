import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  isIsoDate,
  localIsoDate,
  monthRange,
  presetPeriod,
  twelveMonthsEndingAt,
} from '../../client/utils/dates';

describe('ISO dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('reads the local calendar date of an instant', () => {
    expect(localIsoDate(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('adds days across months, years and daylight saving time', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears('2026-11-23', -1)).toBe('2025-11-23');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('periods', () => {
  it('the 12 months ending at a date start the day after the same date a year earlier', () => {
    expect(twelveMonthsEndingAt('2026-11-23')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(twelveMonthsEndingAt('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(twelveMonthsEndingAt('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('presets are relative to the as-of date', () => {
    expect(presetPeriod('last12Months', '2026-11-23')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(presetPeriod('thisYear', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(presetPeriod('lastYear', '2026-11-23')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', '2026-11-23')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('lastQuarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('lastQuarter', '2026-02-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('lists the months of a range inclusive, across years', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
  });
});
