// The indicators of the overview and the committee report, as the client shows them: the five
// themes in the development plan's order, each with its indicators, and how a value is written.
// The server says what each indicator is (direction, unit, theme); this file only orders and formats.
import type { IndicatorKey, IndicatorUnit, TargetStatus, Theme, TrendDirection } from '../gql/graphql';
import type { Formatters } from '../i18n/format';

/** The development plan's themes and their indicators, in the plan's order (domain.md). */
export const THEMES: readonly { theme: Theme; indicators: readonly IndicatorKey[] }[] = [
  { theme: 'CITIZEN_DIALOGUE', indicators: ['DIALOGUE_COMPLAINTS_PER_1000', 'FIXED_CASEWORKER_SHARE'] },
  { theme: 'PROFESSIONAL_QUALITY', indicators: ['REVIEW_IN_ORDER_SHARE', 'REVERSAL_RATE'] },
  { theme: 'TIMELINESS', indicators: ['TIMELINESS', 'OVERDUE_BACKLOG', 'KM_MEDIAN_DAYS'] },
  { theme: 'ATTRACTIVE_WORKPLACE', indicators: ['ANNUALISED_TURNOVER'] },
  { theme: 'RESOURCES', indicators: ['CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR'] },
];

/** The overview's columns, in the order directors read them (issue 7). */
export const OVERVIEW_INDICATORS: readonly IndicatorKey[] = [
  'TIMELINESS', 'KM_MEDIAN_DAYS', 'OVERDUE_BACKLOG', 'ANNUALISED_TURNOVER', 'FIXED_CASEWORKER_SHARE',
  'COMPLAINTS_PER_1000', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE', 'CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR',
];

/** Indicators that are a share of a count (a binomial proportion), so a funnel plot fits them. */
export const RATE_INDICATORS: readonly IndicatorKey[] = [
  'TIMELINESS', 'FIXED_CASEWORKER_SHARE', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE',
];

/** The i18n key of an indicator's name, short label, theme, status and trend (client/i18n/indicators). */
export const indicatorKey = (key: IndicatorKey) => `indicators.name.${key}`;
export const indicatorShortKey = (key: IndicatorKey) => `indicators.short.${key}`;
export const indicatorBaseKey = (key: IndicatorKey) => `indicators.base.${key}`;
export const themeKey = (theme: Theme) => `indicators.theme.${theme}`;
export const statusKey = (status: TargetStatus | null) => `indicators.status.${status ?? 'NONE'}`;
export const trendKey = (trend: TrendDirection | null) => `indicators.trend.${trend ?? 'NONE'}`;

/** A status is never told by colour alone: each has a symbol beside its colour (WCAG 1.4.1). */
export const STATUS_SYMBOL: Record<TargetStatus | 'NONE', string> = { GREEN: '✓', AMBER: '!', RED: '✕', NONE: '–' };

/** Writes a value in its unit: shares as percent, days and per-1,000 figures with one decimal, counts whole. */
export function formatIndicatorValue(fmt: Formatters, unit: IndicatorUnit, value: number | null | undefined): string {
  switch (unit) {
    case 'SHARE': return fmt.percent(value, 1);
    case 'COUNT': return fmt.integer(value);
    case 'DAYS': return fmt.decimal(value, 0);
    default: return fmt.decimal(value, 1);
  }
}
