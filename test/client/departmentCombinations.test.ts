import { describe, expect, it } from 'vitest';
import {
  buildCombinationsOption,
  buildCombinationsTable,
  combinationsSummary,
  type CombinationFigures,
} from '../../client/charts/departmentCombinations';
import { CHART_COLORS } from '../../client/charts/theme';
import { danishText, seriesOf } from './chartHelpers';

const F = { id: 'FAM', name: 'Familieafdelingen' };
const J = { id: 'JOB', name: 'Jobcenter' };
const Y = { id: 'YDE', name: 'Ydelse <Borgerservice>' };

const COMBINATIONS: CombinationFigures[] = [
  { departments: [F, J], citizens: 23, reason: null },
  { departments: [J, Y], citizens: 12, reason: null },
  { departments: [F, J, Y], citizens: null, reason: 'BELOW_FIVE' },
];

describe('department combinations', () => {
  const text = danishText();
  const option = buildCombinationsOption(COMBINATIONS, text);
  const [sankey] = seriesOf(option);

  it('flows each drawable combination into each of its departments with its citizens', () => {
    expect(sankey).toMatchObject({ type: 'sankey', layoutIterations: 0 });
    expect(sankey!.data.map((n: { name: string; depth: number }) => [n.name, n.depth])).toEqual([
      ['c:FAM|JOB', 0],
      ['c:JOB|YDE', 0],
      ['d:FAM', 1],
      ['d:JOB', 1],
      ['d:YDE', 1],
    ]);
    expect(sankey!.links).toEqual([
      { source: 'c:FAM|JOB', target: 'd:FAM', value: 23 },
      { source: 'c:FAM|JOB', target: 'd:JOB', value: 23 },
      { source: 'c:JOB|YDE', target: 'd:JOB', value: 12 },
      { source: 'c:JOB|YDE', target: 'd:YDE', value: 12 },
    ]);
    expect(sankey!.data[0].itemStyle.color).toBe(CHART_COLORS.primary);
    expect(sankey!.data[0].label).toEqual({ position: 'left' });
  });

  it('labels nodes with names and citizens, and says who flows where in the tooltip, escaped', () => {
    // ECharts gives a combination the sum of its flows (46); the label shows its own citizens.
    expect(sankey!.label.formatter({ name: 'c:FAM|JOB', value: 46 })).toBe('Familieafdelingen + Jobcenter (23)');
    expect(sankey!.label.formatter({ name: 'd:JOB', value: 35 })).toBe('Jobcenter (35)');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(tooltip({ dataType: 'node', name: 'c:JOB|YDE', value: 24 })).toBe('Jobcenter + Ydelse &#60;Borgerservice&#62;: 12 borgere');
    expect(tooltip({ dataType: 'node', name: 'd:JOB', value: 35 })).toBe('Jobcenter: 35 borgere i de viste kombinationer');
    expect(tooltip({ dataType: 'edge', data: { source: 'c:FAM|JOB', target: 'd:FAM' }, value: 23 })).toBe(
      'Familieafdelingen + Jobcenter → Familieafdelingen: 23 borgere',
    );
  });

  it('tabulates every combination, withheld ones as "< 5"', () => {
    const table = buildCombinationsTable(COMBINATIONS, text);
    expect(table.columns.map((c) => c.label)).toEqual(['Afdelinger', 'Antal afdelinger', 'Borgere']);
    expect(table.rows).toEqual([
      ['Familieafdelingen + Jobcenter', '2', '23'],
      ['Jobcenter + Ydelse <Borgerservice>', '2', '12'],
      ['Familieafdelingen + Jobcenter + Ydelse <Borgerservice>', '3', '< 5'],
    ]);
  });

  it('sums up the most common combination, or that all are withheld', () => {
    expect(combinationsSummary(COMBINATIONS, text)).toBe('Den hyppigste kombination er Familieafdelingen + Jobcenter med 23 borgere.');
    expect(combinationsSummary([COMBINATIONS[2]!], text)).toBe(
      'Antallet af borgere i de enkelte kombinationer er for lille til at blive vist.',
    );
    expect(combinationsSummary([], text)).toBeUndefined();
    expect(seriesOf(buildCombinationsOption([COMBINATIONS[2]!], text))[0]!.links).toEqual([]);
  });
});
