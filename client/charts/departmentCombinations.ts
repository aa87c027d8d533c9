import type { SankeySeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureText } from '../utils/figureText';
import type { TableModel } from '../utils/tableModel';
import type { SuppressionReason } from '../utils/withheld';
import { CHART_COLORS, CHART_TEXT, escapeHtml } from './theme';

export type CombinationsOption = ComposeOption<SankeySeriesOption | TooltipComponentOption>;

/** One set of departments the same citizens have active cases in (the API's `DepartmentCombination`). */
export interface CombinationFigures {
  departments: ReadonlyArray<{ id: string; name: string }>;
  citizens: number | null;
  reason: SuppressionReason | null;
}

/** The width the combinations' labels (left) and the departments' labels (right) get, in pixels. */
export const COMBINATION_LABEL_WIDTH = 230;
export const DEPARTMENT_LABEL_WIDTH = 170;

/** "Familie + Jobcenter": the departments in the order the API gives them. */
export function combinationName(combination: CombinationFigures, text: FigureText): string {
  return combination.departments.map((d) => d.name).join(text.t('citizens.combinations.joiner'));
}

const combinationNode = (c: CombinationFigures) => `c:${c.departments.map((d) => d.id).join('|')}`;
const departmentNode = (id: string) => `d:${id}`;

/** The combinations that can be drawn: those with a disclosed, positive number of citizens. */
function drawable(combinations: readonly CombinationFigures[]): CombinationFigures[] {
  return combinations.filter((c) => c.citizens !== null && c.citizens > 0);
}

interface SankeyParams {
  dataType?: string;
  name?: string;
  data?: { source?: string; target?: string };
  value?: unknown;
}

/**
 * A sankey: each combination (left, most citizens first) flows into each of its departments
 * (right) with a width of its number of citizens, so a department's height is the citizens of
 * the shown combinations it takes part in. Withheld combinations are not drawn (the table has them).
 */
export function buildCombinationsOption(combinations: readonly CombinationFigures[], text: FigureText): CombinationsOption {
  const shown = drawable(combinations);
  const labels = new Map<string, string>();
  // A node's own citizens: ECharts' node value is the sum of its flows, which counts a
  // combination's citizens once per department.
  const citizens = new Map<string, number>();
  const departmentTotals = new Map<string, number>();
  for (const c of shown) {
    labels.set(combinationNode(c), combinationName(c, text));
    citizens.set(combinationNode(c), c.citizens!);
    for (const d of c.departments) {
      labels.set(departmentNode(d.id), d.name);
      departmentTotals.set(d.id, (departmentTotals.get(d.id) ?? 0) + c.citizens!);
    }
  }
  for (const [id, total] of departmentTotals) citizens.set(departmentNode(id), total);
  const nodes = [
    ...shown.map((c) => ({
      name: combinationNode(c),
      depth: 0,
      itemStyle: { color: CHART_COLORS.primary },
      label: { position: 'left' as const },
    })),
    ...[...departmentTotals.keys()].map((id) => ({ name: departmentNode(id), depth: 1, itemStyle: { color: CHART_COLORS.target } })),
  ];
  const links = shown.flatMap((c) =>
    c.departments.map((d) => ({ source: combinationNode(c), target: departmentNode(d.id), value: c.citizens! })),
  );
  const label = (name: string | undefined) => labels.get(name ?? '') ?? '';
  const count = (name: string | undefined) => text.fmt.integer(citizens.get(name ?? ''));
  const { t, fmt } = text;
  return {
    textStyle: { color: CHART_TEXT, fontFamily: 'inherit' },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as SankeyParams;
        if (p.dataType === 'edge') {
          const source = escapeHtml(label(p.data?.source));
          const target = escapeHtml(label(p.data?.target));
          return t('citizens.combinations.tooltipLink', { source, target, citizens: fmt.integer(Number(p.value)) });
        }
        const key = p.name?.startsWith('c:') ? 'tooltipCombination' : 'tooltipDepartment';
        return t(`citizens.combinations.${key}`, { name: escapeHtml(label(p.name)), citizens: count(p.name) });
      },
    },
    series: [
      {
        type: 'sankey',
        left: COMBINATION_LABEL_WIDTH + 16,
        right: DEPARTMENT_LABEL_WIDTH + 16,
        top: 8,
        bottom: 8,
        nodeWidth: 14,
        nodeGap: 12,
        // Keep the API's order (most citizens first) rather than ECharts' crossing-minimising one.
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        data: nodes,
        links,
        lineStyle: { color: 'source', opacity: 0.25, curveness: 0.5 },
        label: {
          color: CHART_TEXT,
          fontSize: 13,
          width: DEPARTMENT_LABEL_WIDTH,
          overflow: 'truncate',
          formatter: (p: { name?: string }) => `${label(p.name)} (${count(p.name)})`,
        },
        levels: [{ depth: 0, label: { width: COMBINATION_LABEL_WIDTH } }],
      },
    ],
  };
}

/** What the chart says in words: the most common combination, or that they are all withheld. */
export function combinationsSummary(combinations: readonly CombinationFigures[], text: FigureText): string | undefined {
  if (combinations.length === 0) return undefined;
  const top = drawable(combinations)[0];
  if (!top) return text.t('citizens.combinations.summaryWithheld');
  return text.t('citizens.combinations.summary', { combination: combinationName(top, text), citizens: text.count(top.citizens) });
}

/** The table: the departments, how many they are, and the citizens ("< 5" when withheld). */
export function buildCombinationsTable(combinations: readonly CombinationFigures[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('citizens.columns.combination') },
      { label: t('citizens.columns.departmentCount'), numeric: true },
      { label: t('citizens.columns.combinationCitizens'), numeric: true },
    ],
    rows: combinations.map((c) => [combinationName(c, text), text.count(c.departments.length), text.count(c.citizens, c.reason)]),
  };
}
