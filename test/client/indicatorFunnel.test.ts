import { describe, expect, it } from 'vitest';
import { assess, buildIndicatorFunnelTable, indicatorFunnelLabels, indicatorFunnelUnits, type FunnelDepartment } from '../../client/charts/indicatorFunnel';
import { CHART_COLORS } from '../../client/charts/theme';
import { buildFunnelOption } from '../../client/charts/timelinessFunnel';
import { danishText, keyText, seriesOf } from './chartHelpers';

// Around p₀ = 0.8 at n = 100 the 99.8 % limits are 0.8 ± 3.090232 · √(0.8 · 0.2 / 100)
// = 0.8 ± 0.1236: [0.6764, 0.9236].
const P0 = 0.8;
const dept = (id: string, value: number | null, base: number | null, withheld = false, reason: 'BELOW_FIVE' | 'SMALL_BASE' | null = null): FunnelDepartment => ({
  department: { id, name: `Afdeling ${id}` },
  indicator: { value, base, withheld, reason },
});
const DEPARTMENTS = [
  dept('A', 0.95, 100), // above the upper limit
  dept('B', 0.6, 100), // below the lower limit
  dept('C', 0.85, 100), // inside
  dept('D', null, null, true, 'SMALL_BASE'), // withheld: not placed
  dept('E', null, 0), // no cases
];

describe('the indicator funnel', () => {
  it('places each department at (base, value) and flags those strictly outside the 99.8 % limits', () => {
    const units = indicatorFunnelUnits(DEPARTMENTS, P0);
    expect(units.map((u) => [u.department.id, u.n, u.rate, u.flagged])).toEqual([
      ['A', 100, 0.95, true],
      ['B', 100, 0.6, true],
      ['C', 100, 0.85, false],
      ['D', null, null, false],
      ['E', 0, null, false],
    ]);
    expect(units[3]!.suppressed).toEqual([{ field: 'rate', reason: 'SMALL_BASE' }]);
    // Without p₀ nothing can be flagged.
    expect(indicatorFunnelUnits(DEPARTMENTS, null).some((u) => u.flagged)).toBe(false);
  });

  it('calls the side above the limits better for a higher-is-better rate and worse for a lower-is-better one', () => {
    const [a, b, c, d] = indicatorFunnelUnits(DEPARTMENTS, P0);
    expect([a, b, c, d].map((u) => assess(u!, P0, 'above'))).toEqual(['better', 'worse', 'inside', null]);
    expect([a, b].map((u) => assess(u!, P0, 'below'))).toEqual(['worse', 'better']);
  });

  it('draws the flagged units in the better or the alert colour by the indicator\'s direction, withheld ones not at all', () => {
    const units = indicatorFunnelUnits(DEPARTMENTS, P0);
    const labels = indicatorFunnelLabels('REVERSAL_RATE', 'LOWER_IS_BETTER', 'Børnecenter Handicap', keyText);
    const series = seriesOf(buildFunnelOption(units, P0, keyText, labels));
    const [plain, above, below] = series;
    expect(plain!.data.map((p: { name: string }) => p.name)).toEqual(['Afdeling C']);
    expect(above).toMatchObject({ name: '«overview.funnel.flaggedAboveSeries»', itemStyle: { color: CHART_COLORS.alert } });
    expect(above!.data).toEqual([{ name: 'Afdeling A', value: [100, 0.95] }]);
    expect(below).toMatchObject({ itemStyle: { color: CHART_COLORS.better }, data: [{ name: 'Afdeling B', value: [100, 0.6] }] });
    // The x axis runs to ⌈100 × 1.1⌉, which in floating point (110.00000000000001) is 111.
    expect(series[3]).toMatchObject({ name: '«overview.funnel.overall»{"name":"Børnecenter Handicap"}', data: [[1, 0.8], [111, 0.8]] });
    const option = buildFunnelOption(units, P0, keyText, labels) as { yAxis: { name: string }; xAxis: { name: string } };
    expect(option.yAxis.name).toBe('«indicators.name.REVERSAL_RATE»');
    expect(option.xAxis.name).toBe('«overview.funnel.axisN.REVERSAL_RATE»');
  });

  it('tabulates base, value, the limits at the base and the assessment, withheld values as the house writes them', () => {
    const units = indicatorFunnelUnits([...DEPARTMENTS, dept('F', null, null, true, 'BELOW_FIVE')], P0);
    const table = buildIndicatorFunnelTable(units, P0, 'above', danishText());
    expect(table.columns.map((c) => c.label)).toEqual(['Enhed', 'Grundlag', 'Værdi', '99,8 %-grænser', 'Vurdering']);
    expect(table.rows).toEqual([
      ['Afdeling A', '100', '95,0\u00a0%', '67,6\u00a0%–92,4\u00a0%', { text: 'Bedre end tilfældigheder kan forklare', strong: false }],
      ['Afdeling B', '100', '60,0\u00a0%', '67,6\u00a0%–92,4\u00a0%', { text: 'Dårligere end tilfældigheder kan forklare', strong: true }],
      ['Afdeling C', '100', '85,0\u00a0%', '67,6\u00a0%–92,4\u00a0%', { text: 'Inden for grænserne', strong: false }],
      ['Afdeling D', 'skjult', 'skjult', '–', '–'],
      ['Afdeling E', '0', '–', '–', '–'],
      ['Afdeling F', '< 5', '< 5', '–', '–'],
    ]);
  });

  it('writes the tooltip with the indicator\'s base', () => {
    const labels = indicatorFunnelLabels('TIMELINESS', 'HIGHER_IS_BETTER', 'BCH', danishText());
    expect(labels.betterSide).toBe('above');
    expect(labels.tooltip('Afdeling <2>', 0.682, 220)).toBe('Afdeling &#60;2&#62;: 68,2\u00a0% (220 afgørelser med frist)');
  });
});
