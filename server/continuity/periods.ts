// The parts of a period: calendar months and quarters cut to the period. Every figure is kept per
// month part by the queries, so a quarter or the whole period is the sum of its months.
import { addDays, addMonthsClamped, daysBetween } from '../stats/calendar';
import type { PeriodModel } from '../graphql/models';

/** One calendar month of P cut to P; `month` is the month's first day, as the queries key it. */
export interface MonthPart { month: string; from: string; to: string }

/** A run of month parts: a month, a quarter (`YYYY-Qn`) or the whole period. */
export interface PartGroup { key: string; from: string; to: string; months: string[] }

export type Granularity = 'MONTH' | 'QUARTER' | 'PERIOD';

export function monthParts(period: PeriodModel): MonthPart[] {
  const parts: MonthPart[] = [];
  for (let month = `${period.from.slice(0, 7)}-01`; month <= period.to; month = addMonthsClamped(month, 1)) {
    const last = addDays(addMonthsClamped(month, 1), -1);
    parts.push({ month, from: month < period.from ? period.from : month, to: last > period.to ? period.to : last });
  }
  return parts;
}

/** `YYYY-Qn` of a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function keyOf(part: MonthPart, granularity: Granularity): string {
  if (granularity === 'MONTH') return part.month.slice(0, 7);
  return granularity === 'QUARTER' ? quarterOf(part.month) : 'period';
}

/** The month parts of P grouped into months, quarters or the whole period, in order. */
export function partGroups(period: PeriodModel, granularity: Granularity): PartGroup[] {
  const groups: PartGroup[] = [];
  for (const part of monthParts(period)) {
    const key = keyOf(part, granularity);
    const last = groups[groups.length - 1];
    if (last?.key === key) {
      last.to = part.to;
      last.months.push(part.month);
    } else {
      groups.push({ key, from: part.from, to: part.to, months: [part.month] });
    }
  }
  return groups;
}

/** Days in an inclusive span. */
export function daysIn(span: { from: string; to: string }): number {
  return daysBetween(span.from, span.to) + 1;
}
