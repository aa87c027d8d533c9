// Dates as whole days since 1970-01-01 (UTC arithmetic, so no time-zone or DST drift),
// converted to and from ISO `YYYY-MM-DD` only at the edges. Calendar rules themselves (valid
// dates, month lengths, clamped months) live in server/stats/calendar.ts; this adds the fast
// integer-day representation the generator needs for millions of rows.
import { addMonthsClamped, daysInMonth, isIsoDate } from '../stats/calendar';

export { isIsoDate as isValidIsoDate };

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

export function dayOf(iso: string): Day {
  if (!isIsoDate(iso)) throw new Error(`not a valid date (YYYY-MM-DD): ${iso}`);
  return dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

// Formatting is hot (millions of rows at scale 10), so each day is formatted once.
const isoCache = new Map<Day, string>();

export function isoOf(day: Day): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function partsOf(day: Day): { year: number; month: number; dayOfMonth: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

const addMonthsCache = new Map<number, Day>();

/** Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const compute = () => dayOf(addMonthsClamped(isoOf(day), months));
  if (Math.abs(months) >= 512) return compute();
  const key = day * 1024 + months + 512;
  let result = addMonthsCache.get(key);
  if (result === undefined) addMonthsCache.set(key, (result = compute()));
  return result;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Fractional years from `from` to `to`, for smooth trends. */
export function yearsBetween(from: Day, to: Day): number {
  return (to - from) / 365.25;
}

export interface Month { year: number; month: number; first: Day; last: Day }

export function monthsBetween(from: Day, to: Day): Month[] {
  const months: Month[] = [];
  let { year, month } = partsOf(from);
  for (;;) {
    const first = dayFromParts(year, month, 1);
    if (first > to) return months;
    months.push({ year, month, first, last: dayFromParts(year, month, daysInMonth(year, month)) });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
