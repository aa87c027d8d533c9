import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type SurvivalOption = ComposeOption<
  LineSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

/** One step of the Kaplan–Meier curve (the API's `KaplanMeierPoint`). */
export interface SurvivalPoint {
  t: number;
  atRisk: number | null;
  events: number | null;
  survival: number;
}

/** The curve from (0, 1) through every event time, in time order. */
export function survivalSteps(points: readonly SurvivalPoint[]): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  return [[0, 1], ...sorted.map((p): [number, number] => [p.t, p.survival])];
}

/**
 * The share of the cohort not yet decided after t days, as a step curve (it drops at each event
 * time), with the median marked and, when given, the deadline in days.
 */
export function buildSurvivalOption(
  points: readonly SurvivalPoint[],
  median: number | null,
  text: FigureText,
  deadlineDays: number | null = null,
): SurvivalOption {
  const { t, fmt } = text;
  const marks: NonNullable<MarkLineComponentOption['data']> = [];
  if (median !== null) {
    const label = t('timeliness.survival.median', { days: text.days(median) });
    marks.push({ xAxis: median, name: label, lineStyle: { color: CHART_COLORS.primary }, label: { formatter: label } });
  }
  if (deadlineDays !== null) {
    const label = t('timeliness.survival.deadline', { days: text.days(deadlineDays) });
    marks.push({ xAxis: deadlineDays, name: label, lineStyle: { color: CHART_COLORS.target }, label: { formatter: label } });
  }
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    grid: { left: 8, right: 48, top: 48, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (params as Array<{ value: [number, number] }>)[0];
        if (!first) return '';
        return t('timeliness.survival.tooltip', { days: text.days(first.value[0]), share: fmt.percent(first.value[1], 1) });
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: t('timeliness.survival.axisDays'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('timeliness.survival.axisShare'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    series: [
      {
        type: 'line',
        name: t('timeliness.survival.series'),
        step: 'end',
        showSymbol: false,
        lineStyle: { color: CHART_COLORS.primary, width: 2.5 },
        itemStyle: { color: CHART_COLORS.primary },
        data: survivalSteps(points),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', width: 2 },
          label: { position: 'end', color: CHART_TEXT },
          data: marks,
        },
      },
    ],
  };
}

/** The curve's table: days, at risk, decided that day, share not yet decided. */
export function buildSurvivalTable(points: readonly SurvivalPoint[], text: FigureText): TableModel {
  const { t, fmt } = text;
  return {
    columns: [
      { label: t('timeliness.survival.columnDays') },
      { label: t('timeliness.survival.columnAtRisk'), numeric: true },
      { label: t('timeliness.survival.columnEvents'), numeric: true },
      { label: t('timeliness.survival.columnSurvival'), numeric: true },
    ],
    rows: [...points]
      .sort((a, b) => a.t - b.t)
      .map((p) => [fmt.integer(p.t), fmt.integer(p.atRisk), fmt.integer(p.events), fmt.percent(p.survival, 1)]),
  };
}
