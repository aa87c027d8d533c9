import type { DeadlineUnit, SuppressionReason } from '../gql/graphql';
import type { TranslateWith } from '../charts/theme';
import { MISSING, type Formatters } from '../i18n/format';
import { showFigure, withheldText } from './withheld';

/**
 * Figures as text in the current language, withheld ones as "< 5" / "skjult". Built from the
 * translate function and the formatters, so chart and table builders can use it without Vue.
 */
export interface FigureText {
  readonly fmt: Formatters;
  readonly t: TranslateWith;
  /** "< 5" or "skjult" / "withheld". */
  withheld(reason: SuppressionReason): string;
  count(value: number | null | undefined, reason?: SuppressionReason | null): string;
  rate(value: number | null | undefined, reason?: SuppressionReason | null): string;
  /** A number of days without the unit (whole days, or one decimal for percentiles). */
  dayCount(value: number | null | undefined, reason?: SuppressionReason | null): string;
  /** A number of days with the unit: "38 dage". */
  days(value: number | null | undefined, reason?: SuppressionReason | null): string;
  /** A deadline length: "14 dage", "8 uger", "3 mdr."; an en dash for none. */
  deadline(deadline: { value: number; unit: DeadlineUnit } | null | undefined): string;
}

/** Days with at most one decimal (percentiles interpolate), whole days as integers. */
function dayNumber(fmt: Formatters, value: number | null | undefined): string {
  return fmt.decimal(value, 1);
}

export function createFigureText(t: TranslateWith, fmt: Formatters): FigureText {
  const hidden = () => t('figure.hidden');
  const dayCount = (value: number | null | undefined, reason?: SuppressionReason | null) =>
    showFigure(value, reason, (v) => dayNumber(fmt, v), hidden());
  return {
    fmt,
    t,
    withheld: (reason) => withheldText(reason, hidden()),
    count: (value, reason) => showFigure(value, reason, fmt.integer, hidden()),
    rate: (value, reason) => showFigure(value, reason, (v) => fmt.percent(v, 1), hidden()),
    dayCount,
    days: (value, reason) => {
      if (reason || value === null || value === undefined || !Number.isFinite(value)) return dayCount(value, reason);
      return t('figure.days', { n: dayNumber(fmt, value) }, value === 1 ? 1 : 2);
    },
    deadline: (deadline) =>
      deadline ? t(`figure.unit.${deadline.unit}`, { n: fmt.integer(deadline.value) }, deadline.value === 1 ? 1 : 2) : MISSING,
  };
}

/** Average days of a month, to order and compare deadlines counted in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** A deadline's length in days (months approximated by {@link DAYS_PER_MONTH}). */
export function approximateDays(deadline: { value: number; unit: DeadlineUnit }): number {
  if (deadline.unit === 'DAYS') return deadline.value;
  if (deadline.unit === 'WEEKS') return deadline.value * 7;
  return deadline.value * DAYS_PER_MONTH;
}

/** The shortest and longest of the deadlines given (by approximate length); null when none. */
export function deadlineRange<T extends { value: number; unit: DeadlineUnit }>(
  deadlines: ReadonlyArray<T | null | undefined>,
): { shortest: T; longest: T } | null {
  const known = deadlines.filter((d): d is T => d !== null && d !== undefined);
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => approximateDays(a) - approximateDays(b));
  return { shortest: sorted[0]!, longest: sorted[sorted.length - 1]! };
}
