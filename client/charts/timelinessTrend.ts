import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { TIMELINESS_TARGET } from '../utils/targets';
import { reasonFor, type Suppressible } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type TimelinessTrendOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

/** One month of the trend, as `timelinessByMonth` gives it (`month` is `YYYY-MM-01`). */
export interface MonthTimeliness {
  month: string;
  timeliness: Suppressible & {
    rate: number | null;
    onTime: number | null;
    decidedWithDueDate: number | null;
    decided: number | null;
  };
}

const byMonth = (months: readonly MonthTimeliness[]) => [...months].sort((a, b) => a.month.localeCompare(b.month));

/**
 * Decided cases per month as bars (left axis) and the share decided on time as a line (right
 * axis, 0–100 %), with the target as a dashed line. Withheld months leave a gap.
 */
export function buildTimelinessTrendOption(months: readonly MonthTimeliness[], text: FigureText): TimelinessTrendOption {
  const { t, fmt } = text;
  const sorted = byMonth(months);
  const rateName = t('timeliness.trend.rate');
  const decidedName = t('timeliness.trend.decided');
  const targetText = t('timeliness.target', { target: fmt.percent(TIMELINESS_TARGET, 0) });
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    color: [CHART_COLORS.secondary, CHART_COLORS.primary],
    legend: { top: 0, data: [decidedName, rateName], textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: sorted.map((m) => fmt.month(m.month)),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        name: decidedName,
        minInterval: 1,
        nameTextStyle: { color: CHART_TEXT, align: 'left' },
        axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
      },
      {
        type: 'value',
        name: rateName,
        min: 0,
        max: 1,
        nameTextStyle: { color: CHART_TEXT, align: 'right' },
        splitLine: { show: false },
        axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
      },
    ],
    series: [
      {
        type: 'bar',
        name: decidedName,
        yAxisIndex: 0,
        barMaxWidth: 28,
        data: sorted.map((m) => m.timeliness.decided),
        tooltip: { valueFormatter: (value) => fmt.integer(value === null ? null : Number(value)) },
      },
      {
        type: 'line',
        name: rateName,
        yAxisIndex: 1,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { width: 3 },
        data: sorted.map((m) => m.timeliness.rate),
        tooltip: { valueFormatter: (value) => fmt.percent(value === null ? null : Number(value), 1) },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 2 },
          label: { formatter: targetText, color: CHART_COLORS.target, position: 'insideEndTop' },
          data: [{ yAxis: TIMELINESS_TARGET, name: targetText }],
        },
      },
    ],
  };
}

/** The trend's table: month, rate, on time, decided with a due date, all decided. */
export function buildTimelinessTrendTable(months: readonly MonthTimeliness[], text: FigureText): TableModel {
  const { t, fmt } = text;
  return {
    columns: [
      { label: t('timeliness.columns.month') },
      { label: t('timeliness.columns.rate'), numeric: true },
      { label: t('timeliness.columns.onTime'), numeric: true },
      { label: t('timeliness.columns.decidedWithDueDate'), numeric: true },
      { label: t('timeliness.columns.decided'), numeric: true },
    ],
    rows: byMonth(months).map(({ month, timeliness: tl }) => [
      fmt.month(month),
      text.rate(tl.rate, reasonFor(tl, 'rate')),
      text.count(tl.onTime, reasonFor(tl, 'onTime')),
      text.count(tl.decidedWithDueDate, reasonFor(tl, 'decidedWithDueDate')),
      text.count(tl.decided, reasonFor(tl, 'decided')),
    ]),
  };
}
