import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { reasonFor, type SuppressionReason, type Suppressible } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type BacklogAgeOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The age bands of metrics.md, youngest first. */
export const AGE_BANDS = ['0-30', '31-60', '61-90', '91-180', '181-365', '>365'] as const;

/** One department's backlog (the API's `Backlog` with the department). */
export interface DepartmentBacklog {
  id: string;
  name: string;
  backlog: Suppressible & {
    total: number | null;
    overdue: number | null;
    ageBands: ReadonlyArray<{ label: string; count: number | null; reason: SuppressionReason | null }>;
  };
}

/** "0–30 dage", "over 365 dage": an age band's label in the current language. */
export function ageBandLabel(label: string, text: FigureText): string {
  const range = /^(\d+)-(\d+)$/.exec(label);
  if (range) return text.t('figure.ageBand.range', { from: range[1], to: range[2] });
  const over = /^>(\d+)$/.exec(label);
  return over ? text.t('figure.ageBand.over', { days: over[1] }) : label;
}

function band(row: DepartmentBacklog, label: string) {
  return row.backlog.ageBands.find((b) => b.label === label) ?? null;
}

/**
 * One stacked horizontal bar per department: its open cases by age band, youngest on the left,
 * the oldest in warm colours. Withheld cells are left out of the bar (the table shows them).
 */
export function buildBacklogAgeOption(rows: readonly DepartmentBacklog[], text: FigureText): BacklogAgeOption {
  const { t, fmt } = text;
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    color: [...CHART_COLORS.ageBands],
    legend: { top: 0, textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 24, top: 40, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => fmt.integer(value === null || value === undefined ? null : Number(value)),
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      name: t('timeliness.ageBands.axis'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { color: CHART_TEXT, width: 200, overflow: 'truncate' },
    },
    series: AGE_BANDS.map((label) => ({
      type: 'bar' as const,
      name: ageBandLabel(label, text),
      stack: 'backlog',
      barMaxWidth: 28,
      data: rows.map((r) => band(r, label)?.count ?? null),
    })),
  };
}

/** The table: department, each band, the total and the overdue count. */
export function buildBacklogAgeTable(rows: readonly DepartmentBacklog[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('timeliness.columns.department') },
      ...AGE_BANDS.map((label) => ({ label: ageBandLabel(label, text), numeric: true })),
      { label: t('timeliness.ageBands.total'), numeric: true },
      { label: t('timeliness.ageBands.overdue'), numeric: true },
    ],
    rows: rows.map((r) => [
      r.name,
      ...AGE_BANDS.map((label) => {
        const cell = band(r, label);
        return cell ? text.count(cell.count, cell.reason) : text.count(0);
      }),
      text.count(r.backlog.total, reasonFor(r.backlog, 'total')),
      text.count(r.backlog.overdue, reasonFor(r.backlog, 'overdue')),
    ]),
  };
}
