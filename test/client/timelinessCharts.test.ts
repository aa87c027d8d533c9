import { describe, expect, it } from 'vitest';
import {
  buildDepartmentTimelinessOption,
  buildDepartmentTimelinessTable,
  countReachingTarget,
} from '../../client/charts/departmentTimeliness';
import { funnelLimits, Z95, Z998 } from '../../client/charts/funnelLimits';
import { CHART_COLORS } from '../../client/charts/theme';
import { buildFunnelOption, buildFunnelTable, flaggedUnits } from '../../client/charts/timelinessFunnel';
import { buildTimelinessTrendOption, buildTimelinessTrendTable } from '../../client/charts/timelinessTrend';
import { TIMELINESS_TARGET } from '../../client/utils/targets';
import { danishText, keyText, seriesOf } from './chartHelpers';
import { departmentFigures, timeliness, trendFigures } from './timelinessFixtures';

const rows = departmentFigures().figures.children.map((c) => ({ ...c.scope, timeliness: c.timeliness }));

describe('timeliness per department', () => {
  it('draws one horizontal bar per department, below-target bars in the alert colour, and a target line at 85 %', () => {
    const option = buildDepartmentTimelinessOption(rows, keyText);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Myndighed Børn', 'Afdeling 2', 'Afdeling 10'] });
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0, max: 1 });
    const [bars] = seriesOf(option);
    expect(bars!.type).toBe('bar');
    expect(bars!.data).toEqual([
      { value: 0.9, itemStyle: { color: CHART_COLORS.primary } },
      { value: 150 / 220, itemStyle: { color: CHART_COLORS.alert } },
      { value: 2 / 3, itemStyle: { color: CHART_COLORS.alert } },
    ]);
    expect(TIMELINESS_TARGET).toBe(0.85);
    expect(bars!.markLine.data).toEqual([{ xAxis: 0.85, name: '«timeliness.target»{"target":"85%"}' }]);
  });

  it('leaves a withheld rate without a bar and writes "skjult" in the table', () => {
    const withheld = [{ id: 'X', name: 'Lille enhed', timeliness: timeliness(0, 0, {
      rate: null, onTime: null, decidedWithDueDate: null, withheld: true,
      suppressed: [{ field: 'rate', reason: 'SMALL_BASE' }, { field: 'onTime', reason: 'BELOW_FIVE' }, { field: 'decidedWithDueDate', reason: 'BELOW_FIVE' }],
    }) }];
    expect(seriesOf(buildDepartmentTimelinessOption(withheld, keyText))[0]!.data).toEqual([null]);
    const table = buildDepartmentTimelinessTable(withheld, danishText());
    expect(table.rows[0]!.slice(0, 4)).toEqual(['Lille enhed', 'skjult', '< 5', '< 5']);
  });

  it('counts the departments reaching the target and tabulates every figure', () => {
    expect(countReachingTarget(rows)).toEqual({ reaching: 1, rated: 3 });
    const table = buildDepartmentTimelinessTable(rows, danishText());
    expect(table.columns.map((c) => c.label)).toEqual(['Enhed', 'Andel til tiden', 'Afgjort til tiden', 'Afgjort med frist', 'Afgjort i alt']);
    expect(table.rows[1]).toEqual(['Afdeling 2', '68,2\u00a0%', '150', '220', '223']);
  });
});

describe('the monthly trend', () => {
  const months = trendFigures().figures.timelinessByMonth;

  it('puts decided cases as bars on the left axis and the rate as a line on the right, in month order', () => {
    const option = buildTimelinessTrendOption(months, keyText);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 2026', 'Feb 2026']);
    const [bars, line] = seriesOf(option);
    expect(bars).toMatchObject({ type: 'bar', yAxisIndex: 0, data: [53, 43] });
    expect(line).toMatchObject({ type: 'line', yAxisIndex: 1, data: [0.9, 0.75] });
    expect(line!.markLine.data).toEqual([{ yAxis: 0.85, name: '«timeliness.target»{"target":"85%"}' }]);
    expect((option.yAxis as Array<{ max?: number }>)[1]!.max).toBe(1);
  });

  it('tabulates each month', () => {
    const table = buildTimelinessTrendTable(months, danishText());
    expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
      ['jan. 2026', '90,0\u00a0%', '45'],
      ['feb. 2026', '75,0\u00a0%', '30'],
    ]);
  });
});

describe('the funnel plot', () => {
  const { overallRate, points } = departmentFigures().figures.timelinessFunnel;

  it('plots units at (n, rate), flagged ones apart and named', () => {
    const series = seriesOf(buildFunnelOption(points, overallRate, keyText));
    const [units, above, below] = series;
    expect(units).toMatchObject({ type: 'scatter' });
    expect(units!.data).toEqual([
      { name: 'Myndighed Børn', value: [200, 0.9] },
      { name: 'Afdeling 10', value: [3, 2 / 3] },
    ]);
    expect(above).toMatchObject({ type: 'scatter', name: '«timeliness.funnel.flaggedAboveSeries»', data: [] });
    expect(below).toMatchObject({ type: 'scatter', name: '«timeliness.funnel.flaggedBelowSeries»' });
    expect(below!.data).toEqual([{ name: 'Afdeling 2', value: [220, 150 / 220] }]);
    expect(below!.label).toMatchObject({ show: true, formatter: '{b}', color: CHART_COLORS.alert });
  });

  it('draws the overall rate and the 95 % and 99.8 % limits as smooth client-side curves', () => {
    const series = seriesOf(buildFunnelOption(points, overallRate, keyText));
    const lines = series.filter((s) => s.type === 'line');
    expect(lines.map((s) => s.name)).toEqual([
      '«timeliness.funnel.overall»',
      '«timeliness.funnel.limit95»',
      '«timeliness.funnel.limit95»',
      '«timeliness.funnel.limit998»',
      '«timeliness.funnel.limit998»',
    ]);
    expect(lines[0]!.data).toEqual([[1, overallRate], [243, overallRate]]);
    const upper998 = lines[3]!.data as number[][];
    expect(upper998.length).toBeGreaterThan(100);
    expect(upper998[0]).toEqual([1, 1]);
    for (const [n, value] of upper998) expect(value).toBeCloseTo(funnelLimits(overallRate, n!, Z998).upper, 12);
    const lower95 = lines[2]!.data as number[][];
    expect(lower95.at(-1)![1]).toBeCloseTo(funnelLimits(overallRate, 243, Z95).lower, 12);
  });

  it('names flagged units with their side, lists every unit in the table, and has no curves without a rate', () => {
    expect(flaggedUnits(points, overallRate)).toEqual([{ name: 'Afdeling 2', rate: 150 / 220, n: 220, side: 'below' }]);
    const table = buildFunnelTable(points, danishText());
    expect(table.rows[1]).toEqual(['Afdeling 2', '220', '68,2\u00a0%', { text: 'Uden for grænserne', strong: true }]);
    expect(seriesOf(buildFunnelOption(points, null, keyText)).filter((s) => s.type === 'line')).toEqual([]);
  });

  it('escapes names in its HTML tooltip', () => {
    const option = buildFunnelOption(points, overallRate, keyText);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ name: '<img src=x>', value: [10, 0.5] })).toContain('&#60;img src=x&#62;');
  });
});
