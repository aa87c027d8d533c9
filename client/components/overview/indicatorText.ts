// An indicator as words: its value (or why it is withheld), its target, the trend arrow and the
// sentence a screen reader hears for a cell of the overview. Pure, so the matrix, its CSV file
// and the tests say exactly the same.
import type { TranslateWith } from '../../charts/theme';
import type { IndicatorDirection, IndicatorFieldsFragment, IndicatorKey, IndicatorUnit, SuppressionReason } from '../../gql/graphql';
import type { Formatters } from '../../i18n/format';
import { formatIndicatorValue, indicatorKey, statusKey, trendKey } from '../../utils/indicators';
import { BELOW_FIVE } from '../../utils/withheld';

export interface IndicatorText {
  t: TranslateWith;
  fmt: Formatters;
}

/** The parts of an indicator these texts read. */
export type IndicatorFigure = Pick<
  IndicatorFieldsFragment,
  'key' | 'direction' | 'unit' | 'value' | 'withheld' | 'reason' | 'status' | 'trend' | 'previousValue'
> & { target: TargetBounds | null };

export interface TargetBounds {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** "< 5" for a count of 1–4, "skjult" / "withheld" for anything else withheld. */
export function withheldText({ t }: IndicatorText, reason: SuppressionReason | null): string {
  return reason === 'BELOW_FIVE' ? BELOW_FIVE : t('indicators.withheld');
}

/** The value in its unit, the withheld text, or an en dash without data. */
export function valueText(text: IndicatorText, figure: Pick<IndicatorFigure, 'unit' | 'value' | 'withheld' | 'reason'>): string {
  if (figure.withheld) return withheldText(text, figure.reason);
  return formatIndicatorValue(text.fmt, figure.unit, figure.value);
}

/** "mindst 85,0 %", "højst 30", "mellem 18,0 og 22,0"; null without a target. */
export function targetText(
  { t, fmt }: IndicatorText,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  target: TargetBounds | null,
): string | null {
  if (!target) return null;
  const show = (value: number | null) => formatIndicatorValue(fmt, unit, value);
  if (direction === 'WITHIN_BAND') return t('overview.targets.band', { low: show(target.low), high: show(target.high) });
  const key = direction === 'HIGHER_IS_BETTER' ? 'overview.targets.atLeast' : 'overview.targets.atMost';
  return t(key, { value: show(target.value) });
}

/**
 * Which way the value moved since a year earlier: ▲ up, ▼ down, ▶ unchanged; null without a
 * comparison. Whether that is better is the trend's colour and text, not the arrow's direction.
 */
export function trendArrow(figure: Pick<IndicatorFigure, 'trend' | 'value' | 'previousValue'>): '▲' | '▼' | '▶' | null {
  if (figure.trend === null) return null;
  if (figure.trend === 'UNCHANGED' || figure.value === null || figure.previousValue === null) return '▶';
  if (figure.value > figure.previousValue) return '▲';
  return figure.value < figure.previousValue ? '▼' : '▶';
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** What a screen reader hears for a cell: "Rettidighed 78,2 %, mål nået, bedre end året før, mål: mindst 85,0 %". */
export function cellLabel(text: IndicatorText, figure: IndicatorFigure): string {
  const { t } = text;
  const parts = [`${t(indicatorKey(figure.key))} ${valueText(text, figure)}`];
  if (figure.status !== null || figure.target === null) parts.push(lowerFirst(t(statusKey(figure.status))));
  parts.push(lowerFirst(t(trendKey(figure.trend))));
  const target = targetText(text, figure.unit, figure.direction, figure.target);
  if (target) parts.push(lowerFirst(t('overview.matrix.cellTarget', { target })));
  return parts.join(', ');
}

/** The capability page that explains an indicator (complaints only once that page exists). */
export function capabilityRoute(key: IndicatorKey, hasComplaintsPage: boolean): string {
  switch (key) {
    case 'TIMELINESS':
    case 'KM_MEDIAN_DAYS':
    case 'OVERDUE_BACKLOG':
      return 'timeliness';
    case 'COMPLAINTS_PER_1000':
    case 'DIALOGUE_COMPLAINTS_PER_1000':
    case 'REVERSAL_RATE':
      return hasComplaintsPage ? 'complaints' : 'overview';
    case 'REVIEW_IN_ORDER_SHARE':
      return 'supervision';
    default:
      return 'continuity';
  }
}
