import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ComplaintCategory, Granularity } from '../gql/graphql';
import type { FigureText } from '../utils/figureText';
import { byStart, decimalFigure, periodLabel } from '../utils/staffPeriods';
import type { TableColumn, TableModel } from '../utils/tableModel';
import { reasonFor, type Suppressible, type SuppressionReason } from '../utils/withheld';
import { CHART_TEXT } from './theme';

export type ComplaintsOverTimeOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The complaint categories in the order of the schema's enum (data-format.md). */
export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  'PROCESSING_TIME', 'SERVICE', 'STATUS_INFORMATION', 'DECISION', 'OTHER',
];

/** One colour per category, neighbours in a stack far apart; "other" grey. Legend and table name them. */
export const CATEGORY_COLORS: Record<ComplaintCategory, string> = {
  PROCESSING_TIME: '#1f4e79',
  SERVICE: '#d08c3c',
  STATUS_INFORMATION: '#7fa7cf',
  DECISION: '#8a4b00',
  OTHER: '#8c96a0',
};

/** The API's `ComplaintCategoryCount`. */
export interface CategoryCount {
  category: ComplaintCategory;
  count: number | null;
  per1000Decisions: number | null;
  reason: SuppressionReason | null;
}

/** Complaints of a scope or a part of the period: the API's `Complaints` / `ComplaintPeriod`. */
export type ComplaintFigures = Suppressible & {
  total: number | null;
  decisions: number | null;
  per1000Decisions: number | null;
  byCategory: readonly CategoryCount[];
};

export type ComplaintPeriodFigures = ComplaintFigures & { from: string; to: string };

export const categoryLabel = (category: ComplaintCategory, text: FigureText) => text.t(`complaints.category.${category}`);

/**
 * A category's count as text; a category the API leaves out had no complaints. The cell's
 * `reason` may be about its per-1,000 figure only: the count is withheld when it is null.
 */
export function categoryCell(figures: ComplaintFigures, category: ComplaintCategory, text: FigureText): string {
  const cell = figures.byCategory.find((c) => c.category === category);
  if (!cell) return text.count(0);
  return text.count(cell.count, cell.count === null ? cell.reason : null);
}

/** The columns after the row header: each category, the total, the decisions and the total per 1,000 decisions. */
export function complaintColumns(text: FigureText): TableColumn[] {
  const { t } = text;
  return [
    ...COMPLAINT_CATEGORIES.map((category) => ({ label: categoryLabel(category, text), numeric: true })),
    { label: t('complaints.columns.total'), numeric: true },
    { label: t('complaints.columns.decisions'), numeric: true },
    { label: t('indicators.name.COMPLAINTS_PER_1000'), numeric: true },
  ];
}

/** The cells of {@link complaintColumns} for one row. */
export function complaintCells(figures: ComplaintFigures, text: FigureText): string[] {
  return [
    ...COMPLAINT_CATEGORIES.map((category) => categoryCell(figures, category, text)),
    text.count(figures.total, reasonFor(figures, 'total')),
    text.count(figures.decisions, reasonFor(figures, 'decisions')),
    decimalFigure(text, figures.per1000Decisions, reasonFor(figures, 'per1000Decisions')),
  ];
}

/**
 * One stacked bar per month or quarter: its complaints by category, in date order. A withheld
 * count is left out of its bar (the table shows it as "< 5" or "skjult").
 */
export function buildComplaintsOverTimeOption(
  parts: readonly ComplaintPeriodFigures[],
  granularity: Granularity,
  text: FigureText,
): ComplaintsOverTimeOption {
  const { t, fmt } = text;
  const sorted = byStart(parts);
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    color: COMPLAINT_CATEGORIES.map((category) => CATEGORY_COLORS[category]),
    legend: { top: 0, textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => fmt.integer(value === null || value === undefined ? null : Number(value)),
    },
    xAxis: {
      type: 'category',
      data: sorted.map((p) => periodLabel(p, granularity, text)),
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: t('complaints.overTime.axis'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    series: COMPLAINT_CATEGORIES.map((category) => ({
      type: 'bar' as const,
      name: categoryLabel(category, text),
      stack: 'complaints',
      barMaxWidth: 48,
      data: sorted.map((p) => {
        const cell = p.byCategory.find((c) => c.category === category);
        return cell ? cell.count : 0;
      }),
    })),
  };
}

/** The table: the part of the period, each category, the total, the decisions and complaints per 1,000 decisions. */
export function buildComplaintsOverTimeTable(
  parts: readonly ComplaintPeriodFigures[],
  granularity: Granularity,
  text: FigureText,
): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t(granularity === 'MONTH' ? 'continuity.columns.month' : 'continuity.columns.quarter'), nowrap: true },
      ...complaintColumns(text),
    ],
    rows: byStart(parts).map((p) => [periodLabel(p, granularity, text), ...complaintCells(p, text)]),
  };
}

/**
 * The chart in words: the total, and the part with the most complaints when one part has more
 * than every other. Nothing when a total is withheld or nothing came in.
 */
export function complaintsOverTimeSummary(
  parts: readonly ComplaintPeriodFigures[],
  granularity: Granularity,
  text: FigureText,
): string | undefined {
  const totals = byStart(parts).map((p) => p.total);
  if (totals.length === 0 || totals.some((n) => n === null)) return undefined;
  const total = (totals as number[]).reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  const max = Math.max(...(totals as number[]));
  const sentence = text.t('complaints.overTime.summary', { total: text.fmt.integer(total) }, total === 1 ? 1 : 2);
  if (totals.filter((n) => n === max).length > 1) return sentence;
  const most = byStart(parts)[totals.indexOf(max)]!;
  const mostSentence = text.t('complaints.overTime.summaryMost', { part: periodLabel(most, granularity, text), count: text.fmt.integer(max) });
  return `${sentence} ${mostSentence}`;
}
