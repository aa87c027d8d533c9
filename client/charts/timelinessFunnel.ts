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

/**
 * Each department at (n, rate), the flagged ones in the alert colour and named, with the overall
 * rate and the 95 % and 99.8 % limit curves drawn smoothly from n = 1 to beyond the largest n.
 */
export function buildFunnelOption(points: readonly FunnelUnit[], overallRate: number | null, text: FigureText): FunnelOption {
  const { t, fmt } = text;
  const units = plottable(points);
  const nMax = Math.ceil(Math.max(10, ...units.map((p) => p.n)) * 1.1);
  const series: FunnelOption['series'] = [];
  const dot = (p: (typeof units)[number]) => ({ name: p.department.name, value: [p.n, p.rate] });
  series.push({
    type: 'scatter',
    name: t('timeliness.funnel.units'),
    symbolSize: 10,
    itemStyle: { color: CHART_COLORS.primary },
    data: units.filter((p) => !p.flagged).map(dot),
  });
  for (const side of ['above', 'below'] as const) {
    const color = side === 'above' ? CHART_COLORS.better : CHART_COLORS.alert;
    series.push({
      type: 'scatter',
      name: t(side === 'above' ? 'timeliness.funnel.flaggedAboveSeries' : 'timeliness.funnel.flaggedBelowSeries'),
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
    const l95 = t('timeliness.funnel.limit95');
    const l998 = t('timeliness.funnel.limit998');
    series.push(
      limitLine(t('timeliness.funnel.overall'), [[1, overallRate], [nMax, overallRate]], CHART_COLORS.primary, false),
      limitLine(l95, c95.map((c) => [c.n, c.upper]), CHART_COLORS.limit95, true),
      limitLine(l95, c95.map((c) => [c.n, c.lower]), CHART_COLORS.limit95, true),
      limitLine(l998, c998.map((c) => [c.n, c.upper]), CHART_COLORS.limit998, false),
      limitLine(l998, c998.map((c) => [c.n, c.lower]), CHART_COLORS.limit998, false),
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
        return t('timeliness.funnel.tooltip', { name: escapeHtml(name), rate: fmt.percent(value[1], 1), n: fmt.integer(value[0]) });
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: t('timeliness.funnel.axisN'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('timeliness.funnel.axisRate'),
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
