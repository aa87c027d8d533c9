import type { CustomSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import { intervalText, signedPoints } from '../utils/reviewText';
import type { TableModel } from '../utils/tableModel';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

export type ComplianceOption = ComposeOption<CustomSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

interface Share {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/** One checklist item's result (the API's `ItemResult`). */
export interface ComplianceItem {
  item: { number: number; text: string; ruleType: 'MANDATORY_SAFEGUARD' | 'PROCEDURAL' };
  notRelevant: number;
  changeSincePrevious: number | null;
  compliance: {
    pooled: Share & { successes: number; trials: number };
    stratified: { estimate: number; lower: number; upper: number } | null;
  };
}

/** A point of an interval series: [lower, upper, estimate, item index]. */
export type IntervalPoint = [number, number, number, number];

/** The intervals of one estimate kind, one point per item that has answers. */
export function intervalPoints(items: readonly ComplianceItem[], kind: 'stratified' | 'pooled'): IntervalPoint[] {
  return items.flatMap((entry, index): IntervalPoint[] => {
    const share = entry.compliance[kind];
    if (!share || share.estimate === null || share.lower === null || share.upper === null) return [];
    return [[share.lower, share.upper, share.estimate, index]];
  });
}

/** Draws an interval as a horizontal line with end caps and a dot at the estimate, moved `offset` bands up or down. */
export function intervalRenderer(offset: number, color: string): RenderItem {
  return (_params, api) => {
    const index = api.value(3) as number;
    const [x1, y] = api.coord([api.value(0), index]) as [number, number];
    const [x2] = api.coord([api.value(1), index]) as [number, number];
    const [xm] = api.coord([api.value(2), index]) as [number, number];
    const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20;
    const cy = y + band * offset;
    const cap = Math.max(3, band * 0.1);
    const stroke = { stroke: color, lineWidth: 2 };
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1, y1: cy, x2, y2: cy }, style: stroke },
        { type: 'line', shape: { x1, y1: cy - cap, x2: x1, y2: cy + cap }, style: stroke },
        { type: 'line', shape: { x1: x2, y1: cy - cap, x2, y2: cy + cap }, style: stroke },
        { type: 'circle', shape: { cx: xm, cy, r: 5 }, style: { fill: color, stroke: '#fff', lineWidth: 1 } },
      ],
    };
  };
}

function intervalSeries(name: string, data: IntervalPoint[], offset: number, color: string): CustomSeriesOption {
  return {
    type: 'custom',
    name,
    data,
    itemStyle: { color },
    encode: { x: [0, 1, 2], y: 3, tooltip: [2, 0, 1] },
    renderItem: intervalRenderer(offset, color),
  };
}

/** "1. Sagen var tilstrækkeligt oplyst …" cut to at most `max` characters for the axis, at a word where it can. */
export function itemLabel(item: { number: number; text: string }, max = 48): string {
  const label = `${item.number}. ${item.text}`;
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Per checklist item (top to bottom), the stratified estimate with its 95 % interval and, just
 * below it, the pooled share with its Wilson interval; the x axis is the share answered "yes".
 */
export function buildComplianceOption(items: readonly ComplianceItem[], text: FigureText): ComplianceOption {
  const { t, fmt } = text;
  const stratifiedName = t('supervision.results.stratified');
  const pooledName = t('supervision.results.pooled');
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    legend: { top: 0, textStyle: { color: CHART_TEXT } },
    grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesName, value } = p as { seriesName: string; value: IntervalPoint };
        const entry = items[value[3]];
        if (!entry) return '';
        const figure = intervalText(fmt, value[2], value[0], value[1]);
        return `${escapeHtml(itemLabel(entry.item, 200))}<br>${escapeHtml(seriesName)}: ${figure}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: t('supervision.results.axis'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_TEXT, formatter: (value: number) => fmt.percent(value, 0) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((entry) => itemLabel(entry.item)),
      axisLabel: { color: CHART_TEXT, fontSize: 13, width: 340, overflow: 'truncate' },
      axisTick: { alignWithLabel: true },
    },
    series: [
      intervalSeries(stratifiedName, intervalPoints(items, 'stratified'), -0.15, CHART_COLORS.primary),
      intervalSeries(pooledName, intervalPoints(items, 'pooled'), 0.15, CHART_COLORS.target),
    ],
  };
}

/** The results per item as a table: answers, pooled and stratified shares, change since last round. */
export function buildComplianceTable(items: readonly ComplianceItem[], text: FigureText): TableModel {
  const { t, fmt } = text;
  const column = (key: string, numeric = false) => ({ label: t(`supervision.results.columns.${key}`), numeric });
  return {
    columns: [
      column('item'), column('ruleType'), column('yes', true), column('no', true), column('notRelevant', true),
      column('pooled', true), column('stratified', true), column('change', true),
    ],
    rows: items.map(({ item, compliance, notRelevant, changeSincePrevious }) => {
      const { pooled, stratified } = compliance;
      return [
        `${item.number}. ${item.text}`,
        t(`supervision.ruleType.${item.ruleType}`),
        fmt.integer(pooled.successes),
        fmt.integer(pooled.trials - pooled.successes),
        fmt.integer(notRelevant),
        intervalText(fmt, pooled.estimate, pooled.lower, pooled.upper),
        stratified ? intervalText(fmt, stratified.estimate, stratified.lower, stratified.upper) : fmt.percent(null),
        signedPoints(fmt, changeSincePrevious),
      ];
    }),
  };
}
