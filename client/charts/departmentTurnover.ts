import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import { decimalFigure } from '../utils/staffPeriods';
import type { TableModel } from '../utils/tableModel';
import { reasonFor, type Suppressible } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type DepartmentTurnoverOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/** The API's `Staff`, the fields the page uses. */
export type StaffFigures = Suppressible & {
  averageHeadcount: number | null;
  headcountOnAsOf: number | null;
  leavers: number | null;
  turnoverRate: number | null;
  annualisedTurnoverRate: number | null;
};

/** One child department's staff figures. */
export interface DepartmentStaff {
  id: string;
  name: string;
  staff: StaffFigures;
}

/**
 * Horizontal bars: the annualised turnover per child department (first at the top), with the
 * scope's own rate as a dashed line when known. Withheld or missing rates have no bar.
 */
export function buildDepartmentTurnoverOption(
  rows: readonly DepartmentStaff[],
  text: FigureText,
  overall: { name: string; rate: number | null } | null = null,
): DepartmentTurnoverOption {
  const { t, fmt } = text;
  const overallText = overall && overall.rate !== null ? t('continuity.departments.overall', { name: overall.name, rate: fmt.percent(overall.rate, 1) }) : null;
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
      name: t('continuity.departments.axis'),
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
        name: t('continuity.departments.series'),
        barMaxWidth: 24,
        itemStyle: { color: CHART_COLORS.primary },
        data: rows.map((r) => r.staff.annualisedTurnoverRate),
        label: {
          show: true,
          position: 'right',
          color: CHART_TEXT,
          formatter: (p: { value?: unknown }) => fmt.percent(Number(p.value), 0),
        },
        ...(overallText
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLORS.target, type: 'dashed' as const, width: 2 },
                // The category axis runs top-down, so the line's start is at the top, clear of the axis labels.
                label: { formatter: overallText, color: CHART_COLORS.target, position: 'start' as const },
                data: [{ xAxis: overall!.rate!, name: overallText }],
              },
            }
          : {}),
      },
    ],
  };
}

/** The table: department, annualised turnover, turnover in the period, leavers, average headcount, headcount on the as-of date. */
export function buildDepartmentTurnoverTable(rows: readonly DepartmentStaff[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('continuity.columns.department') },
      { label: t('continuity.columns.annualisedTurnover'), numeric: true },
      { label: t('continuity.columns.turnoverRate'), numeric: true },
      { label: t('continuity.columns.leavers'), numeric: true },
      { label: t('continuity.columns.averageHeadcount'), numeric: true },
      { label: t('continuity.columns.headcountOnAsOf'), numeric: true },
    ],
    rows: rows.map(({ name, staff: s }) => [
      name,
      text.rate(s.annualisedTurnoverRate, reasonFor(s, 'annualisedTurnoverRate')),
      text.rate(s.turnoverRate, reasonFor(s, 'turnoverRate')),
      text.count(s.leavers, reasonFor(s, 'leavers')),
      decimalFigure(text, s.averageHeadcount, reasonFor(s, 'averageHeadcount')),
      text.count(s.headcountOnAsOf, reasonFor(s, 'headcountOnAsOf')),
    ]),
  };
}
