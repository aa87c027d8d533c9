// The calendar quarters of an indicator's trend line, pure: the `count` quarters ending with the
// quarter that contains `date`, oldest first, each whole (first to last day).
import { addDays, addMonthsClamped } from '../stats/calendar';
import type { PeriodModel } from '../graphql/models';

export const TREND_QUARTERS = 8;

/** The first day of the quarter containing `date`. */
export function quarterStart(date: string): string {
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

export function quartersEndingWith(date: string, count: number = TREND_QUARTERS): PeriodModel[] {
  const last = quarterStart(date);
  return Array.from({ length: count }, (_, i) => {
    const from = addMonthsClamped(last, -3 * (count - 1 - i));
    return { from, to: addDays(addMonthsClamped(from, 3), -1) };
  });
}
