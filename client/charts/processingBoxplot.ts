import type { BoxplotSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DeadlineUnit } from '../gql/graphql';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import { reasonFor, type Suppressible } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

export type ProcessingBoxplotOption = ComposeOption<
  BoxplotSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** One case type's processing days (the API's `CaseTypeDeadlineFigures`, the parts used here). */
export interface CaseTypeDistribution {
  caseType: { id: string; name: string };
  deadlineInForce: { value: number; unit: DeadlineUnit } | null;
  distribution: Suppressible & {
    min: number | null;
    q1: number | null;
    median: number | null;
    q3: number | null;
    max: number | null;
    count: number | null;
  };
  /** In days when the deadline is counted in days or weeks; null for months (no marker). */
  realism: { deadlineDays: number | null };
}

type Five = [number, number, number, number, number];

/** The five numbers when all are known. */
export function fiveNumbers(d: CaseTypeDistribution['distribution']): Five | null {
  const five = [d.min, d.q1, d.median, d.q3, d.max];
  return five.every((v) => v !== null) ? (five as Five) : null;
}

/** The case types that can be drawn (all five numbers known), in the order given. */
export function drawable(rows: readonly CaseTypeDistribution[]) {
  return rows.filter((r) => fiveNumbers(r.distribution) !== null);
}

/**
 * One horizontal box per case type (min, quartiles, max of processing days) and the deadline in
 * days as a vertical tick on its row; deadlines in months have no tick (their length in days varies).
 */
export function buildProcessingBoxplotOption(rows: readonly CaseTypeDistribution[], text: FigureText): ProcessingBoxplotOption {
  const { t, fmt } = text;
  const shown = drawable(rows);
  const names = shown.map((r) => r.caseType.name);
  const boxName = t('timeliness.boxplot.series');
  const deadlineName = t('timeliness.boxplot.deadline');
  const day = (v: number) => text.days(v);
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, data: [boxName, deadlineName], textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 24, top: 40, bottom: 32, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: 0,
      name: t('timeliness.boxplot.axis'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { color: CHART_TEXT, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'boxplot',
        name: boxName,
        itemStyle: { color: '#dbe7f3', borderColor: CHART_COLORS.primary, borderWidth: 1.5 },
        data: shown.map((r) => ({ name: r.caseType.name, value: fiveNumbers(r.distribution)! })),
        tooltip: {
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: number[] };
            const [, min, q1, median, q3, max] = value.length === 6 ? value : [0, ...value];
            const five = { min: day(min!), q1: day(q1!), median: day(median!), q3: day(q3!), max: day(max!) };
            return `${escapeHtml(name)}<br>${t('timeliness.boxplot.tooltip', five)}`;
          },
        },
      },
      {
        type: 'scatter',
        name: deadlineName,
        symbol: 'rect',
        symbolSize: [4, 26],
        itemStyle: { color: CHART_COLORS.target },
        data: shown
          .filter((r) => r.realism.deadlineDays !== null)
          .map((r) => ({ name: r.caseType.name, value: [r.realism.deadlineDays!, r.caseType.name] })),
        tooltip: {
          formatter: (p: unknown) => {
            const { name, value } = p as { name: string; value: [number, string] };
            return `${escapeHtml(name)}: ${escapeHtml(deadlineName)} ${day(value[0])}`;
          },
        },
      },
    ],
  };
}

/** The box plot's table, every case type (also those not drawn); months deadlines as "n mdr.". */
export function buildProcessingBoxplotTable(rows: readonly CaseTypeDistribution[], text: FigureText): TableModel {
  const { t } = text;
  const num = (label: string) => ({ label, numeric: true });
  return {
    columns: [
      { label: t('timeliness.columns.caseType') },
      num(t('timeliness.columns.count')),
      num(t('timeliness.boxplot.min')),
      num(t('timeliness.boxplot.q1')),
      num(t('timeliness.boxplot.median')),
      num(t('timeliness.boxplot.q3')),
      num(t('timeliness.boxplot.max')),
      num(t('timeliness.columns.deadline')),
    ],
    rows: rows.map(({ caseType, distribution: d, deadlineInForce }) => [
      caseType.name,
      text.count(d.count, reasonFor(d, 'count')),
      ...(['min', 'q1', 'median', 'q3', 'max'] as const).map((f) => text.dayCount(d[f], reasonFor(d, f))),
      text.deadline(deadlineInForce),
    ]),
  };
}
