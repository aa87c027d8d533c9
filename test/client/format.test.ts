import { describe, expect, it } from 'vitest';
import { formattersFor, isAppLocale, MISSING } from '../../client/i18n/format';

const NBSP = '\u00a0';

describe('Danish formatting', () => {
  const fmt = formattersFor('da');

  it('writes shares as percent with a decimal comma and a space before %', () => {
    expect(fmt.percent(0.853)).toBe(`85,3${NBSP}%`);
    expect(fmt.percent(1, 0)).toBe(`100${NBSP}%`);
    expect(fmt.percent(0.12345, 2)).toBe(`12,35${NBSP}%`);
  });

  it('groups thousands with a dot and decimals with a comma', () => {
    expect(fmt.integer(14000)).toBe('14.000');
    expect(fmt.integer(1234567)).toBe('1.234.567');
    expect(fmt.decimal(2.345, 2)).toBe('2,35');
    expect(fmt.decimal(3, 1)).toBe('3');
  });

  it('writes dates as dd.mm.yyyy, whatever the time zone', () => {
    expect(fmt.date('2026-11-23')).toBe('23.11.2026');
    expect(fmt.date('2024-02-29')).toBe('29.02.2024');
  });

  it('shows import instants in Danish time (winter and summer)', () => {
    expect(fmt.dateTime('2026-11-23T13:45:00.000Z')).toBe('23.11.2026, 14.45');
    expect(fmt.dateTime('2026-07-01T10:00:00Z')).toBe('01.07.2026, 12.00');
  });

  it('writes months short', () => {
    expect(fmt.month('2026-11')).toBe('nov. 2026');
  });

  it('shows missing or broken values as a dash, never as 0', () => {
    expect(fmt.percent(null)).toBe(MISSING);
    expect(fmt.integer(undefined)).toBe(MISSING);
    expect(fmt.integer(Number.NaN)).toBe(MISSING);
    expect(fmt.date(null)).toBe(MISSING);
    expect(fmt.date('23-11-2026')).toBe(MISSING);
    expect(fmt.dateTime('not a date')).toBe(MISSING);
  });
});

describe('English formatting', () => {
  const fmt = formattersFor('en');

  it('uses British conventions', () => {
    expect(fmt.percent(0.853)).toBe('85.3%');
    expect(fmt.integer(14000)).toBe('14,000');
    expect(fmt.date('2026-11-23')).toBe('23 Nov 2026');
    expect(fmt.dateTime('2026-11-23T13:45:00.000Z')).toBe('23 Nov 2026, 14:45');
    expect(fmt.month('2026-03')).toBe('Mar 2026');
  });
});

describe('locales', () => {
  it('accepts only da and en', () => {
    expect(isAppLocale('da')).toBe(true);
    expect(isAppLocale('en')).toBe(true);
    expect(isAppLocale('de')).toBe(false);
    expect(isAppLocale(null)).toBe(false);
  });

  it('builds each locale once', () => {
    expect(formattersFor('da')).toBe(formattersFor('da'));
  });
});
