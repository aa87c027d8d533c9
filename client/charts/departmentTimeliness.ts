import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { TIMELINESS_TARGET } from '../utils/targets';
import { reasonFor, type Suppressible } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type DepartmentTimelinessOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/** One child department's timeliness (the API's `Timeliness` with the department). */
export interface DepartmentTimeliness {
  id: string;
  name: string;
  timeliness: Suppressible & {
    rate: number | null;
    onTime: number | null;
    decidedWithDueDate: number | null;
    decided: number | null;
  };
}

/** Departments reaching the target, of those with a rate. */
export function countReachingTarget(rows: readonly DepartmentTimeliness[], target = TIMELINESS_TARGET) {
  const rated = rows.filter((r) => r.timeliness.rate !== null);
  return { reaching: rated.filter((r) => r.timeliness.rate! >= target).length, rated: rated.length };
}

/**
 * Horizontal bars: the share decided on time per child department (first at the top), below the
 * target in the alert colour, with a dashed line at the target. Withheld rates have no bar.
 */
export function buildDepartmentTimelinessOption(
  rows: readonly DepartmentTimeliness[],
  text: FigureText,
  target = TIMELINESS_TARGET,
): DepartmentTimelinessOption {
  const { t, fmt } = text;
  const targetText = t('timeliness.target', { target: fmt.percent(target, 0) });
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    grid: { left: 8, right: 56, top: 32, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (value === null || value === undefined ? '–' : fmt.percent(Number(value), 1)),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('timeliness.departments.axis'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { color: CHART_TEXT, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('timeliness.onTime'),
        barMaxWidth: 24,
        data: rows.map((r) => {
          const rate = r.timeliness.rate;
          if (rate === null) return null;
          return { value: rate, itemStyle: { color: rate >= target ? CHART_COLORS.primary : CHART_COLORS.alert } };
        }),
        label: {
          show: true,
          position: 'right',
          color: CHART_TEXT,
          formatter: (p: { value?: unknown }) => fmt.percent(Number(p.value), 0),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 2 },
          label: { formatter: targetText, color: CHART_COLORS.target, position: 'end' },
          data: [{ xAxis: target, name: targetText }],
        },
      },
    ],
  };
}

/** The chart's table: department, rate, on time, decided with a due date, all decided. */
export function buildDepartmentTimelinessTable(rows: readonly DepartmentTimeliness[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('timeliness.columns.department') },
      { label: t('timeliness.columns.rate'), numeric: true },
      { label: t('timeliness.columns.onTime'), numeric: true },
      { label: t('timeliness.columns.decidedWithDueDate'), numeric: true },
      { label: t('timeliness.columns.decided'), numeric: true },
    ],
    rows: rows.map(({ name, timeliness: tl }) => [
      name,
      text.rate(tl.rate, reasonFor(tl, 'rate')),
      text.count(tl.onTime, reasonFor(tl, 'onTime')),
      text.count(tl.decidedWithDueDate, reasonFor(tl, 'decidedWithDueDate')),
      text.count(tl.decided, reasonFor(tl, 'decided')),
    ]),
  };
}
