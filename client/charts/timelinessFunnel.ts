import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { reasonFor, type Suppressible } from '../utils/withheld';
import { funnelCurve, outsideLimits, Z95, Z998 } from './funnelLimits';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

export type FunnelOption = ComposeOption<
  LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One department of the funnel (the API's `FunnelPoint`). */
export interface FunnelUnit extends Suppressible {
  department: { id: string; name: string };
  n: number | null;
  rate: number | null;
  flagged: boolean;
}

/** Units with both a denominator and a rate (the others cannot be placed). */
export function plottable(points: readonly FunnelUnit[]): Array<FunnelUnit & { n: number; rate: number }> {
  return points.filter((p): p is FunnelUnit & { n: number; rate: number } => p.n !== null && p.n > 0 && p.rate !== null);
}

/** Which side of the limits a flagged unit is on (the server flags; the side follows from the rate). */
function sideOf(p: { rate: number; n: number }, overallRate: number | null): 'above' | 'below' {
  if (overallRate === null) return 'below';
  return outsideLimits(p.rate, overallRate, p.n, Z998) ?? (p.rate > overallRate ? 'above' : 'below');
}

/** The flagged units with the side they fall on, as the server flagged them. */
export function flaggedUnits(points: readonly FunnelUnit[], overallRate: number | null) {
  return plottable(points)
    .filter((p) => p.flagged)
    .map((p) => ({ name: p.department.name, rate: p.rate, n: p.n, side: sideOf(p, overallRate) }));
}

function limitLine(name: string, data: number[][], color: string, dashed: boolean): LineSeriesOption {
  return {
    type: 'line',
    name,
    data,
    showSymbol: false,
    silent: true,
    lineStyle: { color, width: dashed ? 1.5 : 2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
    tooltip: { show: false },
  };
}

/** What a funnel's series, axes and tooltip say, and on which side of the limits the better units lie. */
export interface FunnelLabels {
  units: string;
  flaggedAboveSeries: string;
  flaggedBelowSeries: string;
  overall: string;
  limit95: string;
  limit998: string;
  axisN: string;
  axisRate: string;
  tooltip: (name: string, rate: number, n: number) => string;
  /** 'above' when a higher rate is better (timeliness), 'below' when a lower one is (reversals). */
  betterSide: 'above' | 'below';
}

/** The timeliness funnel's labels: decided cases with a deadline against the share on time. */
export function timelinessFunnelLabels({ t, fmt }: FigureText): FunnelLabels {
  return {
    units: t('timeliness.funnel.units'),
    flaggedAboveSeries: t('timeliness.funnel.flaggedAboveSeries'),
    flaggedBelowSeries: t('timeliness.funnel.flaggedBelowSeries'),
    overall: t('timeliness.funnel.overall'),
    limit95: t('timeliness.funnel.limit95'),
    limit998: t('timeliness.funnel.limit998'),
    axisN: t('timeliness.funnel.axisN'),
    axisRate: t('timeliness.funnel.axisRate'),
    tooltip: (name, rate, n) =>
      t('timeliness.funnel.tooltip', { name: escapeHtml(name), rate: fmt.percent(rate, 1), n: fmt.integer(n) }),
    betterSide: 'above',
  };
}

/**
 * Each department at (n, rate), the flagged ones named, in the "better" colour on the better side
 * and the alert colour on the other, with the overall rate and the 95 % and 99.8 % limit curves
 * drawn smoothly from n = 1 to beyond the largest n.
 */
export function buildFunnelOption(
  points: readonly FunnelUnit[],
  overallRate: number | null,
  text: FigureText,
  labels: FunnelLabels = timelinessFunnelLabels(text),
): FunnelOption {
  const { fmt } = text;
  const units = plottable(points);
  const nMax = Math.ceil(Math.max(10, ...units.map((p) => p.n)) * 1.1);
  const series: FunnelOption['series'] = [];
  const dot = (p: (typeof units)[number]) => ({ name: p.department.name, value: [p.n, p.rate] });
  series.push({
    type: 'scatter',
    name: labels.units,
    symbolSize: 10,
    itemStyle: { color: CHART_COLORS.primary },
    data: units.filter((p) => !p.flagged).map(dot),
  });
  for (const side of ['above', 'below'] as const) {
    const color = side === labels.betterSide ? CHART_COLORS.better : CHART_COLORS.alert;
    series.push({
      type: 'scatter',
      name: side === 'above' ? labels.flaggedAboveSeries : labels.flaggedBelowSeries,
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color },
      label: { show: true, position: 'right', formatter: '{b}', color, fontWeight: 'bold' },
      data: units.filter((p) => p.flagged && sideOf(p, overallRate) === side).map(dot),
    });
  }
  if (overallRate !== null) {
    const c95 = funnelCurve(overallRate, nMax, Z95);
    const c998 = funnelCurve(overallRate, nMax, Z998);
    series.push(
      limitLine(labels.overall, [[1, overallRate], [nMax, overallRate]], CHART_COLORS.primary, false),
      limitLine(labels.limit95, c95.map((c) => [c.n, c.upper]), CHART_COLORS.limit95, true),
      limitLine(labels.limit95, c95.map((c) => [c.n, c.lower]), CHART_COLORS.limit95, true),
      limitLine(labels.limit998, c998.map((c) => [c.n, c.upper]), CHART_COLORS.limit998, false),
      limitLine(labels.limit998, c998.map((c) => [c.n, c.lower]), CHART_COLORS.limit998, false),
    );
  }
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 96, top: 48, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: [number, number] };
        return labels.tooltip(name, value[1], value[0]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: labels.axisN,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: labels.axisRate,
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    series,
  };
}

/** The funnel's table: department, n, rate, and whether it is flagged. */
export function buildFunnelTable(points: readonly FunnelUnit[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('timeliness.columns.department') },
      { label: t('timeliness.columns.decidedWithDueDate'), numeric: true },
      { label: t('timeliness.columns.rate'), numeric: true },
      { label: t('timeliness.funnel.columnFlagged') },
    ],
    rows: points.map((p) => [
      p.department.name,
      text.count(p.n, reasonFor(p, 'n')),
      text.rate(p.rate, reasonFor(p, 'rate')),
      p.flagged ? { text: t('timeliness.funnel.outside'), strong: true } : t('timeliness.funnel.inside'),
    ]),
  };
}
