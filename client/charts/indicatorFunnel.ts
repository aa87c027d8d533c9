/**
 * The overview's funnel plot for one rate indicator: each child department's value against its
 * base, around the scope's own value p₀ (metrics.md, "Funnel limits"). The API gives each
 * department's value and base; the limits and the flags (strictly outside 99.8 %) follow here
 * from funnelLimits.ts, and the chart is the timeliness funnel's (`buildFunnelOption`) with these labels.
 */
import type { IndicatorDirection, IndicatorKey, SuppressionReason } from '../gql/graphql';
import type { FigureText } from '../utils/figureText';
import { indicatorBaseKey, indicatorKey } from '../utils/indicators';
import type { TableModel } from '../utils/tableModel';
import { BELOW_FIVE } from '../utils/withheld';
import { funnelLimits, outsideLimits, Z998 } from './funnelLimits';
import { escapeHtml } from './theme';
import type { FunnelLabels, FunnelUnit } from './timelinessFunnel';

/** A department's indicator as the funnel needs it (null: the API did not return it). */
export interface FunnelDepartment {
  department: { id: string; name: string };
  indicator: { value: number | null; base: number | null; withheld: boolean; reason: SuppressionReason | null } | null;
}

export type FunnelAssessment = 'inside' | 'better' | 'worse';

/** The departments as funnel units: n is the base, the rate the value; withheld ones have neither. */
export function indicatorFunnelUnits(departments: readonly FunnelDepartment[], p0: number | null): FunnelUnit[] {
  return departments.map(({ department, indicator }) => {
    const n = indicator?.withheld ? null : (indicator?.base ?? null);
    const rate = indicator?.withheld ? null : (indicator?.value ?? null);
    const placed = p0 !== null && n !== null && n > 0 && rate !== null;
    const reason = indicator?.withheld ? (indicator.reason ?? 'SMALL_BASE') : null;
    return {
      department,
      n,
      rate,
      flagged: placed && outsideLimits(rate, p0, n, Z998) !== null,
      withheld: reason !== null,
      suppressed: reason ? [{ field: 'rate', reason }] : [],
    };
  });
}

/** Above the limits is better for a higher-is-better rate, below for a lower-is-better one. */
export const betterSideOf = (direction: IndicatorDirection): 'above' | 'below' =>
  direction === 'LOWER_IS_BETTER' ? 'below' : 'above';

/** Whether a placed unit lies within the 99.8 % limits or outside them on the better or worse side. */
export function assess(unit: FunnelUnit, p0: number | null, betterSide: 'above' | 'below'): FunnelAssessment | null {
  if (p0 === null || unit.n === null || unit.n <= 0 || unit.rate === null) return null;
  const side = outsideLimits(unit.rate, p0, unit.n, Z998);
  if (side === null) return 'inside';
  return side === betterSide ? 'better' : 'worse';
}

export function indicatorFunnelLabels(key: IndicatorKey, direction: IndicatorDirection, scopeName: string, text: FigureText): FunnelLabels {
  const { t, fmt } = text;
  return {
    units: t('overview.funnel.units'),
    flaggedAboveSeries: t('overview.funnel.flaggedAboveSeries'),
    flaggedBelowSeries: t('overview.funnel.flaggedBelowSeries'),
    overall: t('overview.funnel.overall', { name: scopeName }),
    limit95: t('overview.funnel.limit95'),
    limit998: t('overview.funnel.limit998'),
    axisN: t(`overview.funnel.axisN.${key}`),
    axisRate: t(indicatorKey(key)),
    tooltip: (name, rate, n) =>
      t('overview.funnel.tooltip', {
        name: escapeHtml(name),
        value: fmt.percent(rate, 1),
        base: t(indicatorBaseKey(key), { n: fmt.integer(n) }),
      }),
    betterSide: betterSideOf(direction),
  };
}

/** The funnel's table: department, base, value, the 99.8 % limits at its base, and the assessment. */
export function buildIndicatorFunnelTable(
  units: readonly FunnelUnit[],
  p0: number | null,
  betterSide: 'above' | 'below',
  text: FigureText,
): TableModel {
  const { t, fmt } = text;
  const withheld = (unit: FunnelUnit) => {
    const reason = unit.suppressed?.[0]?.reason;
    return reason === 'BELOW_FIVE' ? BELOW_FIVE : t('indicators.withheld');
  };
  const limits = (unit: FunnelUnit) => {
    if (p0 === null || unit.n === null || unit.n <= 0) return '–';
    const { lower, upper } = funnelLimits(p0, unit.n, Z998);
    return `${fmt.percent(lower, 1)}–${fmt.percent(upper, 1)}`;
  };
  return {
    columns: [
      { label: t('overview.funnel.columnDepartment') },
      { label: t('overview.funnel.columnBase'), numeric: true },
      { label: t('overview.funnel.columnValue'), numeric: true },
      { label: t('overview.funnel.columnLimits'), numeric: true },
      { label: t('overview.funnel.columnAssessment') },
    ],
    rows: units.map((unit) => {
      const assessment = assess(unit, p0, betterSide);
      return [
        unit.department.name,
        unit.withheld ? withheld(unit) : fmt.integer(unit.n),
        unit.withheld ? withheld(unit) : fmt.percent(unit.rate, 1),
        limits(unit),
        assessment === null ? '–' : { text: t(`overview.funnel.${assessment}`), strong: assessment === 'worse' },
      ];
    }),
  };
}
