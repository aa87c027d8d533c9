import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { monthRange } from '../utils/dates';
import { CHART_COLORS, CHART_TEXT, type ChartLabels, type Translate, identityLabels } from './theme';

export type ReceivedPerMonthOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface MonthPoint {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/**
 * The months from the first to the last point, oldest first, with 0 for months without cases
 * (so the bars are evenly spaced in time and a gap is visible as a gap).
 */
export function fillMonths(points: readonly MonthPoint[]): MonthPoint[] {
  if (points.length === 0) return [];
  const counts = new Map<string, number>();
  for (const point of points) counts.set(point.month, (counts.get(point.month) ?? 0) + point.count);
  const sorted = [...counts.keys()].sort();
  return monthRange(sorted[0]!, sorted[sorted.length - 1]!).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** Total, and the month with the most cases (the earliest on a tie), for the text alternative. */
export function summariseMonths(points: readonly MonthPoint[]): { total: number; max: MonthPoint | null } {
  let total = 0;
  let max: MonthPoint | null = null;
  for (const point of points) {
    total += point.count;
    if (max === null || point.count > max.count) max = point;
  }
  return { total, max };
}

/** A bar chart of cases received per calendar month. Pure: no DOM, no echarts runtime. */
export function buildReceivedPerMonthOption(
  points: readonly MonthPoint[],
  t: Translate,
  labels: ChartLabels = identityLabels,
): ReceivedPerMonthOption {
  const months = fillMonths(points);
  return {
    color: [CHART_COLORS.primary],
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => labels.integer(Number(value)),
    },
    xAxis: {
      type: 'category',
      data: months.map((point) => labels.month(point.month)),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: {
      type: 'value',
      name: t('data.chartAxis'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      minInterval: 1,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => labels.integer(value) },
    },
    series: [
      {
        type: 'bar',
        name: t('data.chartSeries'),
        data: months.map((point) => point.count),
        barMaxWidth: 28,
      },
    ],
  };
}
