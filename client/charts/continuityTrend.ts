import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Granularity } from '../gql/graphql';
import type { FigureText } from '../utils/figureText';
import { byStart, periodLabel, type StaffPeriodFigures } from '../utils/staffPeriods';
import type { TableModel } from '../utils/tableModel';
import { reasonFor } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type ContinuityTrendOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const percentOf = (fmt: FigureText['fmt']) => (value: unknown) =>
  fmt.percent(value === null || value === undefined ? null : Number(value), 1);

/**
 * Two lines over the months or quarters: the fixed-caseworker share (left axis, 0–100 %, solid
 * dark blue) and the annualised turnover (right axis, brown with diamonds). Each axis is drawn in its
 * line's colour so the two percentages are not mixed up. Withheld figures leave a gap.
 */
export function buildContinuityTrendOption(
  parts: readonly StaffPeriodFigures[],
  granularity: Granularity,
  text: FigureText,
): ContinuityTrendOption {
  const { t, fmt } = text;
  const sorted = byStart(parts);
  const fixedName = t('continuity.trend.fixed');
  const turnoverName = t('continuity.trend.turnover');
  const axisLabel = (color: string) => ({ color, formatter: (value: number) => fmt.percent(value, 0) });
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, data: [fixedName, turnoverName], textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: sorted.map((p) => periodLabel(p, granularity, text)),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: [
      {
        type: 'value',
        name: fixedName,
        min: 0,
        max: 1,
        nameTextStyle: { color: CHART_COLORS.primary, align: 'left' },
        axisLabel: axisLabel(CHART_COLORS.primary),
      },
      {
        type: 'value',
        name: turnoverName,
        min: 0,
        nameTextStyle: { color: CHART_COLORS.target, align: 'right' },
        splitLine: { show: false },
        axisLabel: axisLabel(CHART_COLORS.target),
      },
    ],
    series: [
      {
        type: 'line',
        name: fixedName,
        yAxisIndex: 0,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { width: 3 },
        itemStyle: { color: CHART_COLORS.primary },
        data: sorted.map((p) => p.fixedCaseworkerShare),
        tooltip: { valueFormatter: percentOf(fmt) },
      },
      {
        type: 'line',
        name: turnoverName,
        yAxisIndex: 1,
        connectNulls: false,
        symbol: 'diamond',
        symbolSize: 8,
        lineStyle: { width: 2 },
        itemStyle: { color: CHART_COLORS.target },
        data: sorted.map((p) => p.annualisedTurnoverRate),
        tooltip: { valueFormatter: percentOf(fmt) },
      },
    ],
  };
}

/** The table: period, fixed-caseworker share, decided cases, annualised turnover. */
export function buildContinuityTrendTable(parts: readonly StaffPeriodFigures[], granularity: Granularity, text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t(granularity === 'MONTH' ? 'continuity.columns.month' : 'continuity.columns.quarter') },
      { label: t('continuity.columns.fixedShare'), numeric: true },
      { label: t('continuity.columns.decidedCases'), numeric: true },
      { label: t('continuity.columns.annualisedTurnover'), numeric: true },
    ],
    rows: byStart(parts).map((p) => [
      periodLabel(p, granularity, text),
      text.rate(p.fixedCaseworkerShare, reasonFor(p, 'fixedCaseworkerShare')),
      text.count(p.decidedCases, reasonFor(p, 'decidedCases')),
      text.rate(p.annualisedTurnoverRate, reasonFor(p, 'annualisedTurnoverRate')),
    ]),
  };
}
