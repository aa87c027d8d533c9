import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import type { SuppressionReason } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT } from './theme';

export type ChangesHistogramOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** One bar of the histogram (the API's `ChangesBin`). */
export interface ChangesBinFigures {
  changes: number;
  cases: number | null;
  reason: SuppressionReason | null;
}

const byChanges = (bins: readonly ChangesBinFigures[]) => [...bins].sort((a, b) => a.changes - b.changes);

/**
 * Decided cases by their number of caseworker changes: 0 (a fixed caseworker) in dark blue, the
 * others lighter. Withheld bins have no bar (the table shows them).
 */
export function buildChangesHistogramOption(bins: readonly ChangesBinFigures[], text: FigureText): ChangesHistogramOption {
  const { t, fmt } = text;
  const sorted = byChanges(bins);
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 40, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => fmt.integer(value === null || value === undefined ? null : Number(value)),
    },
    xAxis: {
      type: 'category',
      data: sorted.map((b) => fmt.integer(b.changes)),
      name: t('continuity.histogram.axisChanges'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: t('continuity.histogram.axisCases'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.integer(value) },
    },
    series: [
      {
        type: 'bar',
        name: t('continuity.histogram.series'),
        barMaxWidth: 48,
        data: sorted.map((b) =>
          b.cases === null ? null : { value: b.cases, itemStyle: { color: b.changes === 0 ? CHART_COLORS.primary : CHART_COLORS.secondary } },
        ),
        label: { show: true, position: 'top', color: CHART_TEXT, formatter: (p: { value?: unknown }) => fmt.integer(Number(p.value)) },
      },
    ],
  };
}

/** The table: changes, cases and their share of all `total` cases ("skjult" when either is withheld). */
export function buildChangesHistogramTable(
  bins: readonly ChangesBinFigures[],
  total: { value: number | null; reason: SuppressionReason | null },
  text: FigureText,
): TableModel {
  const { t } = text;
  const share = (b: ChangesBinFigures) => {
    if (b.reason || total.reason) return text.withheld('SMALL_BASE');
    return text.rate(b.cases !== null && total.value ? b.cases / total.value : null);
  };
  return {
    columns: [
      { label: t('continuity.columns.changes'), numeric: true },
      { label: t('continuity.columns.cases'), numeric: true },
      { label: t('continuity.columns.shareOfCases'), numeric: true },
    ],
    rows: byChanges(bins).map((b) => [text.count(b.changes), text.count(b.cases, b.reason), share(b)]),
  };
}
