import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import { quarterLabel } from '../utils/staffPeriods';
import type { TableModel } from '../utils/tableModel';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

export type TurnoverScatterOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

/** One department-quarter (the API's `DepartmentQuarter`). */
export interface DepartmentQuarterFigures {
  department: { id: string; name: string };
  quarter: string;
  from: string;
  to: string;
  turnover: number | null;
  fixedShare: number | null;
  decided: number | null;
}

/** A pair counts towards ρ with both figures and at least this many decided cases (metrics.md). */
export const MIN_DECIDED = 10;

export type CountingPair = DepartmentQuarterFigures & { turnover: number; fixedShare: number; decided: number };

export function counts(p: DepartmentQuarterFigures): p is CountingPair {
  return p.turnover !== null && p.fixedShare !== null && p.decided !== null && p.decided >= MIN_DECIDED;
}

export const BUBBLE_MIN = 8;
export const BUBBLE_MAX = 32;

/** A bubble's diameter: its area grows with the decided cases, the largest at {@link BUBBLE_MAX}. */
export function bubbleSize(decided: number, largest: number): number {
  if (largest <= 0) return BUBBLE_MIN;
  return BUBBLE_MIN + (BUBBLE_MAX - BUBBLE_MIN) * Math.sqrt(Math.max(0, decided) / largest);
}

/**
 * One bubble per counting department-quarter: annualised turnover across, the fixed-caseworker
 * share up (0–100 %), the area by the cases decided in it.
 */
export function buildTurnoverScatterOption(pairs: readonly DepartmentQuarterFigures[], text: FigureText): TurnoverScatterOption {
  const { t, fmt } = text;
  const shown = pairs.filter(counts);
  const largest = Math.max(0, ...shown.map((p) => p.decided));
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    grid: { left: 8, right: 32, top: 40, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (item: unknown) => {
        const p = shown[(item as { dataIndex: number }).dataIndex];
        if (!p) return '';
        return [
          `<strong>${escapeHtml(p.department.name)}</strong> · ${quarterLabel(p.quarter, text)}`,
          t('continuity.scatter.tooltipTurnover', { value: fmt.percent(p.turnover, 1) }),
          t('continuity.scatter.tooltipFixed', { value: fmt.percent(p.fixedShare, 1) }),
          t('continuity.scatter.tooltipDecided', { value: fmt.integer(p.decided) }),
        ].join('<br>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      name: t('continuity.scatter.axisTurnover'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('continuity.scatter.axisFixed'),
      nameTextStyle: { color: CHART_TEXT, align: 'left' },
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    series: [
      {
        type: 'scatter',
        name: t('continuity.scatter.series'),
        itemStyle: { color: CHART_COLORS.primary, opacity: 0.6, borderColor: '#fff', borderWidth: 1 },
        data: shown.map((p) => ({
          name: p.department.name,
          value: [p.turnover, p.fixedShare, p.decided],
          symbolSize: bubbleSize(p.decided, largest),
        })),
      },
    ],
  };
}

/** The table: every department-quarter, its figures and whether it counts towards ρ. */
export function buildTurnoverScatterTable(pairs: readonly DepartmentQuarterFigures[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('continuity.columns.department') },
      { label: t('continuity.columns.quarter'), nowrap: true },
      { label: t('continuity.columns.annualisedTurnover'), numeric: true },
      { label: t('continuity.columns.fixedShare'), numeric: true },
      { label: t('continuity.columns.decidedCases'), numeric: true },
      { label: t('continuity.scatter.columnCounts') },
    ],
    rows: pairs.map((p) => [
      p.department.name,
      quarterLabel(p.quarter, text),
      text.rate(p.turnover),
      text.rate(p.fixedShare),
      text.count(p.decided),
      counts(p) ? t('continuity.scatter.counts') : t('continuity.scatter.countsNot', { min: MIN_DECIDED }),
    ]),
  };
}
