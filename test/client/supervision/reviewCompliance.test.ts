import { describe, expect, it } from 'vitest';
import {
  buildComplianceOption,
  buildComplianceTable,
  intervalPoints,
  intervalRenderer,
  itemLabel,
  type ComplianceItem,
} from '../../../client/charts/reviewCompliance';
import { danishText, keyText, seriesOf } from '../chartHelpers';

/**
 * Item 1: 8 yes of 10 (2 not relevant): Wilson 95 % [0.4902, 0.9433]; two strata of 100 and 300
 * cases with 4/5 and 4/5 give the stratified 0.8 ± 1.96·SE (SE with the finite population correction).
 * Item 2: every answer "not relevant": no estimate at all.
 */
const ITEMS: ComplianceItem[] = [
  {
    item: { number: 1, text: 'Sagen var tilstrækkeligt oplyst, før der blev truffet afgørelse (officialprincippet).', ruleType: 'MANDATORY_SAFEGUARD' },
    notRelevant: 2,
    changeSincePrevious: 0.05,
    compliance: {
      pooled: { successes: 8, trials: 10, estimate: 0.8, lower: 0.4902, upper: 0.9433 },
      stratified: { estimate: 0.8, lower: 0.4556, upper: 1 },
    },
  },
  {
    item: { number: 2, text: 'Borgeren medvirkede.', ruleType: 'PROCEDURAL' },
    notRelevant: 12,
    changeSincePrevious: null,
    compliance: { pooled: { successes: 0, trials: 0, estimate: null, lower: null, upper: null }, stratified: null },
  },
  {
    item: { number: 3, text: 'Partshøring.', ruleType: 'MANDATORY_SAFEGUARD' },
    notRelevant: 0,
    changeSincePrevious: -0.1234,
    compliance: {
      pooled: { successes: 3, trials: 12, estimate: 0.25, lower: 0.0889, upper: 0.5323 },
      stratified: { estimate: 0.2, lower: 0, upper: 0.45 },
    },
  },
];

describe('the compliance interval chart', () => {
  it('gives one interval per item with answers: [lower, upper, estimate, item index]', () => {
    expect(intervalPoints(ITEMS, 'stratified')).toEqual([[0.4556, 1, 0.8, 0], [0, 0.45, 0.2, 2]]);
    expect(intervalPoints(ITEMS, 'pooled')).toEqual([[0.4902, 0.9433, 0.8, 0], [0.0889, 0.5323, 0.25, 2]]);
  });

  it('lists every item top to bottom on a 0–100 % axis, with the stratified and pooled series', () => {
    const option = buildComplianceOption(ITEMS, keyText) as Record<string, any>;
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual([
      '1. Sagen var tilstrækkeligt oplyst, før der…',
      '2. Borgeren medvirkede.',
      '3. Partshøring.',
    ]);
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 1 });
    expect(option.xAxis.axisLabel.formatter(0.5)).toBe('50%');
    const series = seriesOf(option);
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['custom', '«supervision.results.stratified»'],
      ['custom', '«supervision.results.pooled»'],
    ]);
    expect(series[0]!.data).toEqual(intervalPoints(ITEMS, 'stratified'));
  });

  it('says the item, the series and the figure with its interval in the tooltip', () => {
    const option = buildComplianceOption(ITEMS, danishText()) as Record<string, any>;
    const tip = option.tooltip.formatter({ seriesName: 'Samlet andel', value: [0.4902, 0.9433, 0.8, 0] });
    expect(tip).toContain('1. Sagen var tilstrækkeligt oplyst');
    expect(tip.replace(/\u00a0/g, ' ')).toContain('Samlet andel: 80,0 % (49,0–94,3 %)');
  });

  it('draws a line from lower to upper with end caps and a dot at the estimate, offset within the band', () => {
    // A fake coordinate system: x in [0, 1] → [0, 100] px, category i → y = 10 + 20·i; bands 20 px high.
    const values = [0.2, 0.6, 0.5, 1];
    const api = {
      value: (dim: number) => values[dim]!,
      coord: ([x, y]: number[]) => [x! * 100, 10 + y! * 20],
      size: () => [0, 20],
    };
    const shape = intervalRenderer(0.25, '#123456')({} as never, api as never) as { children: Array<{ type: string; shape: Record<string, number> }> };
    expect(shape.children.map((c) => c.type)).toEqual(['line', 'line', 'line', 'circle']);
    expect(shape.children[0]!.shape).toEqual({ x1: 20, y1: 35, x2: 60, y2: 35 });
    expect(shape.children[1]!.shape).toMatchObject({ x1: 20, x2: 20, y1: 32, y2: 38 });
    expect(shape.children[3]!.shape).toMatchObject({ cx: 50, cy: 35 });
  });

  it('cuts long item texts for the axis', () => {
    expect(itemLabel({ number: 10, text: 'Afgørelsen er materielt rigtig.' })).toBe('10. Afgørelsen er materielt rigtig.');
    expect(itemLabel({ number: 1, text: 'x'.repeat(100) }, 20)).toHaveLength(20);
  });
});

describe('the compliance table', () => {
  it('shows yes, no, not relevant, pooled and stratified shares with intervals and the change, in Danish', () => {
    const table = buildComplianceTable(ITEMS, danishText());
    table.rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/\u00a0/g, ' ') : cell)));
    expect(table.columns.map((c) => c.label)).toEqual([
      'Punkt', 'Regeltype', 'Ja', 'Nej', 'Ikke relevant', 'Samlet andel (Wilson)', 'Stratificeret (95 %)', 'Ændring (pct.-point)',
    ]);
    expect(table.rows[0]!.slice(1)).toEqual([
      'Garantiforskrift', '8', '2', '2', '80,0 % (49,0–94,3 %)', '80,0 % (45,6–100,0 %)', '+5',
    ]);
    expect(table.rows[1]!.slice(1)).toEqual(['Ordensforskrift', '0', '0', '12', '–', '–', '–']);
    // A single-point interval (every answer alike) is not repeated.
    const alike = buildComplianceTable([{ ...ITEMS[0]!, compliance: { ...ITEMS[0]!.compliance, stratified: { estimate: 1, lower: 1, upper: 1 } } }], danishText());
    expect((alike.rows[0]![6] as string).replace(/\u00a0/g, ' ')).toBe('100,0 %');
    expect(table.rows[2]!.slice(5)).toEqual(['25,0 % (8,9–53,2 %)', '20,0 % (0,0–45,0 %)', '−12,3']);
  });
});
