import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Granularity } from '../gql/graphql';
import type { FigureText } from '../utils/figureText';
import { byStart, decimalFigure, periodLabel, type StaffPeriodFigures } from '../utils/staffPeriods';
import type { TableModel } from '../utils/tableModel';
import { reasonFor } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type StaffHeadcountOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * The top of the leavers axis: two and a half times the most leavers (at least 5), so the bars
 * stay in the lower part and a month with 2 leavers does not tower like the headcount line.
 */
export function leaversAxisMax(parts: readonly StaffPeriodFigures[]): number {
  return Math.max(5, Math.ceil(Math.max(0, ...parts.map((p) => p.leavers ?? 0)) * 2.5));
}

/**
 * The average headcount per month or quarter as a line (left axis) and the leavers as bars
 * (right axis, whole numbers, each bar labelled). Withheld figures leave a gap.
 */
export function buildStaffHeadcountOption(
  parts: readonly StaffPeriodFigures[],
  granularity: Granularity,
  text: FigureText,
): StaffHeadcountOption {
  const { t, fmt } = text;
  const sorted = byStart(parts);
  const headcountName = t('continuity.headcount.headcount');
  const leaversName = t('continuity.headcount.leavers');
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, data: [headcountName, leaversName], textStyle: { color: CHART_TEXT } },
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
        name: headcountName,
        min: 0,
        nameTextStyle: { color: CHART_COLORS.primary, align: 'left' },
        axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
      },
      {
        type: 'value',
        name: leaversName,
        min: 0,
        max: leaversAxisMax(parts),
        minInterval: 1,
        nameTextStyle: { color: CHART_TEXT, align: 'right' },
        splitLine: { show: false },
        axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
      },
    ],
    series: [
      {
        type: 'bar',
        name: leaversName,
        yAxisIndex: 1,
        barMaxWidth: 28,
        itemStyle: { color: CHART_COLORS.secondary },
        data: sorted.map((p) => p.leavers),
        label: {
          show: true,
          position: 'top',
          color: CHART_TEXT,
          formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? fmt.integer(Number(p.value)) : ''),
        },
        tooltip: { valueFormatter: (value) => fmt.integer(num(value)) },
      },
      {
        type: 'line',
        name: headcountName,
        yAxisIndex: 0,
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { width: 3 },
        itemStyle: { color: CHART_COLORS.primary },
        data: sorted.map((p) => p.averageHeadcount),
        tooltip: { valueFormatter: (value) => fmt.decimal(num(value), 1) },
      },
    ],
  };
}

/** The table: period, average headcount, leavers, annualised turnover. */
export function buildStaffHeadcountTable(parts: readonly StaffPeriodFigures[], granularity: Granularity, text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t(granularity === 'MONTH' ? 'continuity.columns.month' : 'continuity.columns.quarter') },
      { label: t('continuity.columns.averageHeadcount'), numeric: true },
      { label: t('continuity.columns.leavers'), numeric: true },
      { label: t('continuity.columns.annualisedTurnover'), numeric: true },
    ],
    rows: byStart(parts).map((p) => [
      periodLabel(p, granularity, text),
      decimalFigure(text, p.averageHeadcount, reasonFor(p, 'averageHeadcount')),
      text.count(p.leavers, reasonFor(p, 'leavers')),
      text.rate(p.annualisedTurnoverRate, reasonFor(p, 'annualisedTurnoverRate')),
    ]),
  };
}
