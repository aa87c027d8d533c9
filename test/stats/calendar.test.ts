import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, daysBetween, isIsoDate, todayInCopenhagen } from '../../server/stats/calendar';

describe('calendar arithmetic', () => {
  it('accepts only real dates in YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('2024-2-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
  });

  it('clamps added months to the end of the month, leap years included', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2024-08-31', 3)).toBe('2024-11-30');
    expect(addMonthsClamped('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('adds and counts calendar days across leap days and DST changes', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('gives the Danish date of an instant', () => {
    expect(todayInCopenhagen(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInCopenhagen(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
