/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, the API's `Date` scalar.
 * Arithmetic is done on UTC dates so daylight saving time never shifts a day.
 */

/** An inclusive period of ISO dates. */
export interface Period {
  from: string;
  to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromUtc(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The parts of an ISO date, or null when it is not a real calendar date. */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(iso: string): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** The local calendar date of an instant (the user's "today"). */
export function localIsoDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds whole years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${iso}`);
  const { year, month, day } = parts;
  const target = year + years;
  return `${pad(target, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(target, month)))}`;
}

/** The 12 months ending on `asOf`: from `asOf` minus one year plus one day, to `asOf`. */
export function twelveMonthsEndingAt(asOf: string): Period {
  return { from: addDays(addYears(asOf, -1), 1), to: asOf };
}

export type PeriodPreset = 'last12Months' | 'thisYear' | 'lastYear' | 'lastQuarter';

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last12Months', 'thisYear', 'lastYear', 'lastQuarter'];

/**
 * A preset period relative to the as-of date: the 12 months ending on it, this year up to it,
 * last calendar year, or the last complete calendar quarter before its quarter.
 */
export function presetPeriod(preset: PeriodPreset, asOf: string): Period {
  const parts = parseIsoDate(asOf);
  if (!parts) throw new RangeError(`Not an ISO date: ${asOf}`);
  const { year, month } = parts;
  switch (preset) {
    case 'last12Months':
      return twelveMonthsEndingAt(asOf);
    case 'thisYear':
      return { from: `${pad(year, 4)}-01-01`, to: asOf };
    case 'lastYear':
      return { from: `${pad(year - 1, 4)}-01-01`, to: `${pad(year - 1, 4)}-12-31` };
    case 'lastQuarter': {
      const quarter = Math.floor((month - 1) / 3); // 0..3, the current quarter
      const qYear = quarter === 0 ? year - 1 : year;
      const q = quarter === 0 ? 3 : quarter - 1;
      const firstMonth = q * 3 + 1;
      const lastMonth = firstMonth + 2;
      return {
        from: `${pad(qYear, 4)}-${pad(firstMonth)}-01`,
        to: `${pad(qYear, 4)}-${pad(lastMonth)}-${pad(daysInMonth(qYear, lastMonth))}`,
      };
    }
  }
}

/** Every `YYYY-MM` from `first` to `last` inclusive (empty if `last` is before `first`). */
export function monthRange(first: string, last: string): string[] {
  const [fy, fm] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  if (!fy || !fm || !ly || !lm) return [];
  const months: string[] = [];
  let index = fy * 12 + (fm - 1);
  const end = ly * 12 + (lm - 1);
  for (; index <= end; index += 1) {
    months.push(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`);
  }
  return months;
}
