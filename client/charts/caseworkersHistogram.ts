import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import type { SuppressionReason } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

export type CaseworkersHistogramOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Citizens with a given number of distinct caseworkers (the API's `CaseworkerCountBin`). */
export interface CaseworkerBinFigures {
  caseworkers: number;
  citizens: number | null;
  crossDepartmentCitizens: number | null;
  reason: SuppressionReason | null;
}

/** The size of each group, the base of its shares; null when unknown (withheld). */
export interface GroupTotals {
  cross: number | null;
  others: number | null;
}

/** The groups' sizes from the scope's figures: the other citizens are all but the cross-department ones. */
export function groupTotals(figures: { citizens: number | null; crossDepartmentCitizens: number | null }): GroupTotals {
  const { citizens, crossDepartmentCitizens: cross } = figures;
  return { cross, others: citizens !== null && cross !== null ? citizens - cross : null };
}

/** The bin's citizens who are not cross-department; null when either count is withheld. */
export function othersInBin(bin: CaseworkerBinFigures): number | null {
  return bin.citizens !== null && bin.crossDepartmentCitizens !== null ? bin.citizens - bin.crossDepartmentCitizens : null;
}

const share = (count: number | null, total: number | null) => (count === null || !total ? null : count / total);

const byCaseworkers = (bins: readonly CaseworkerBinFigures[]) => [...bins].sort((a, b) => a.caseworkers - b.caseworkers);

/**
 * Two bars per number of caseworkers: the share of the cross-department citizens (dark blue)
 * and of the other citizens (light blue) who had that many. Shares, not counts, because the
 * groups differ much in size. Withheld bins have no bar (the table shows them).
 */
export function buildCaseworkersHistogramOption(
  bins: readonly CaseworkerBinFigures[],
  totals: GroupTotals,
  text: FigureText,
): CaseworkersHistogramOption {
  const { t, fmt } = text;
  const sorted = byCaseworkers(bins);
  const groups = [
    { name: t('citizens.histogram.cross'), color: CHART_COLORS.primary, counts: sorted.map((b) => b.crossDepartmentCitizens), total: totals.cross },
    { name: t('citizens.histogram.others'), color: CHART_COLORS.secondary, counts: sorted.map(othersInBin), total: totals.others },
  ];
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, left: 0, textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 16, top: 56, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as Array<{ dataIndex: number; seriesIndex: number; axisValueLabel?: string }>;
        const heading = `${escapeHtml(t('citizens.columns.caseworkerCount'))}: ${escapeHtml(list[0]?.axisValueLabel ?? '')}`;
        const lines = list.map(({ dataIndex, seriesIndex }) => {
          const group = groups[seriesIndex]!;
          const count = group.counts[dataIndex] ?? null;
          return `${escapeHtml(group.name)}: ${fmt.percent(share(count, group.total), 1)} (${fmt.integer(count)})`;
        });
        return [heading, ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: sorted.map((b) => fmt.integer(b.caseworkers)),
      name: t('citizens.histogram.axisCaseworkers'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: {
      type: 'value',
      min: 0,
      name: t('citizens.histogram.axisShare'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    series: groups.map((group) => ({
      type: 'bar' as const,
      name: group.name,
      barMaxWidth: 40,
      itemStyle: { color: group.color },
      data: group.counts.map((count) => share(count, group.total)),
      label: {
        show: true,
        position: 'top' as const,
        color: CHART_TEXT,
        // An empty bar needs no "0 %" over it.
        formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? fmt.percent(Number(p.value), 0) : ''),
      },
    })),
  };
}

/** The table: per number of caseworkers, each group's citizens and share, and all citizens. */
export function buildCaseworkersHistogramTable(
  bins: readonly CaseworkerBinFigures[],
  totals: GroupTotals,
  text: FigureText,
): TableModel {
  const { t } = text;
  const countCell = (count: number | null, bin: CaseworkerBinFigures) => text.count(count, count === null ? bin.reason : null);
  // The others are a difference: withheld to protect the cross-department count unless all are below 5.
  const othersCell = (count: number | null, bin: CaseworkerBinFigures) =>
    count === null && bin.reason ? text.withheld(bin.citizens === null ? bin.reason : 'SECONDARY') : text.count(count);
  const shareCell = (count: number | null, total: number | null, bin: CaseworkerBinFigures) =>
    count === null && bin.reason ? text.withheld('SMALL_BASE') : text.rate(share(count, total));
  const column = (key: string) => ({ label: t(`citizens.columns.${key}`), numeric: true });
  return {
    columns: ['caseworkerCount', 'crossCount', 'crossShare', 'othersCount', 'othersShare', 'allCount'].map(column),
    rows: byCaseworkers(bins).map((b) => {
      const others = othersInBin(b);
      return [
        text.count(b.caseworkers),
        countCell(b.crossDepartmentCitizens, b),
        shareCell(b.crossDepartmentCitizens, totals.cross, b),
        othersCell(others, b),
        shareCell(others, totals.others, b),
        countCell(b.citizens, b),
      ];
    }),
  };
}
