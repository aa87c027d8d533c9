import { describe, expect, it } from 'vitest';
import { buildChangesHistogramOption, buildChangesHistogramTable } from '../../client/charts/changesHistogram';
import { buildContinuityTrendOption, buildContinuityTrendTable } from '../../client/charts/continuityTrend';
import { buildDepartmentTurnoverOption, buildDepartmentTurnoverTable } from '../../client/charts/departmentTurnover';
import { buildStaffHeadcountOption, buildStaffHeadcountTable, leaversAxisMax } from '../../client/charts/staffHeadcount';
import { CHART_COLORS } from '../../client/charts/theme';
import { BUBBLE_MAX, BUBBLE_MIN, bubbleSize, buildTurnoverScatterOption, buildTurnoverScatterTable } from '../../client/charts/turnoverScatter';
import { buildLeaversByReasonTable } from '../../client/utils/staffPeriods';
import { danishText, keyText, seriesOf } from './chartHelpers';
import { correlationFigures, departmentFigures, periods, scopeFigures } from './continuityFixtures';

const rows = departmentFigures().figures.children.map((c) => ({ ...c.scope, staff: c.staff }));

describe('turnover per department', () => {
  it('draws one bar per department with the scope as a dashed line, and no bar for a withheld rate', () => {
    const option = buildDepartmentTurnoverOption(rows, keyText, { name: 'BCH', rate: 0.2 });
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Myndighed Børn', 'Afdeling 2', 'Afdeling 10'] });
    expect(option.xAxis).toMatchObject({ type: 'value', min: 0 });
    const [bars] = seriesOf(option);
    expect(bars).toMatchObject({ type: 'bar', data: [0.2, 5 / 18.5, null] });
    expect(bars!.markLine.data).toEqual([{ xAxis: 0.2, name: '«continuity.departments.overall»{"name":"BCH","rate":"20.0%"}' }]);
    expect(seriesOf(buildDepartmentTurnoverOption(rows, keyText))[0]!.markLine).toBeUndefined();
  });

  it('tabulates turnover, leavers and headcount, withheld ones as "< 5" and "skjult"', () => {
    const table = buildDepartmentTurnoverTable(rows, danishText());
    expect(table.columns.map((c) => c.label)).toEqual([
      'Enhed', 'Personaleomsætning (helår)', 'Personaleomsætning i perioden', 'Fratrådte', 'Gns. antal sagsbehandlere', 'Ansat ved opgørelsen',
    ]);
    expect(table.rows[1]).toEqual(['Afdeling 2', '27,0\u00a0%', '27,0\u00a0%', '5', '18,5', '19']);
    expect(table.rows[2]!.slice(1, 2)).toEqual(['skjult']);
    expect(table.rows[2]![4]).toBe('< 5');
  });
});

describe('headcount and leavers over time', () => {
  const parts = periods('MONTH').figures.staffOverTime;

  it('puts the average headcount as a line on the left axis and leavers as bars on the right, in date order', () => {
    const option = buildStaffHeadcountOption(parts, 'MONTH', keyText);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 2026', 'Feb 2026']);
    const [bars, line] = seriesOf(option);
    expect(bars).toMatchObject({ type: 'bar', yAxisIndex: 1, data: [2, 1] });
    expect(line).toMatchObject({ type: 'line', yAxisIndex: 0, data: [41.5, 42] });
    expect(option.yAxis).toMatchObject([{ min: 0, name: '«continuity.headcount.headcount»' }, { minInterval: 1, max: 5 }]);
    expect(bars!.label.formatter({ value: 2 })).toBe('2');
    expect(bars!.label.formatter({ value: 0 })).toBe('');
  });

  it('keeps the leavers bars in the lower part of the chart', () => {
    expect(leaversAxisMax([])).toBe(5);
    expect(leaversAxisMax(periods('MONTH').figures.staffOverTime.map((p) => ({ ...p, leavers: 7 })))).toBe(18);
  });

  it('labels quarters and tabulates each part', () => {
    const quarter = periods('QUARTER').figures.staffOverTime;
    expect((buildStaffHeadcountOption(quarter, 'QUARTER', danishText()).xAxis as { data: string[] }).data).toEqual(['1. kvt. 2026']);
    const table = buildStaffHeadcountTable(parts, 'MONTH', danishText());
    expect(table.columns.map((c) => c.label)).toEqual(['Måned', 'Gns. antal sagsbehandlere', 'Fratrådte', 'Personaleomsætning (helår)']);
    expect(table.rows[0]).toEqual(['jan. 2026', '41,5', '2', '57,8\u00a0%']);
  });
});

describe('fixed caseworker beside turnover', () => {
  const parts = periods('MONTH').figures.staffOverTime;

  it('draws two lines on two percentage axes, each axis in its line’s colour', () => {
    const option = buildContinuityTrendOption(parts, 'MONTH', keyText);
    const [fixed, turnover] = seriesOf(option);
    expect(fixed).toMatchObject({ type: 'line', yAxisIndex: 0, data: [0.6, 0.65] });
    expect(turnover).toMatchObject({ type: 'line', yAxisIndex: 1, data: [(2 / 41.5) * 12, (1 / 42) * 12] });
    const [left, right] = option.yAxis as Array<Record<string, any>>;
    expect(left).toMatchObject({ min: 0, max: 1, axisLabel: { color: CHART_COLORS.primary } });
    expect(right).toMatchObject({ min: 0, axisLabel: { color: CHART_COLORS.target } });
    expect(right!.max).toBeUndefined();
    expect(left!.axisLabel.formatter(0.5)).toBe('50%');
  });

  it('tabulates the share, the decided cases and the turnover', () => {
    const table = buildContinuityTrendTable(parts, 'MONTH', danishText());
    expect(table.rows[1]).toEqual(['feb. 2026', '65,0\u00a0%', '30', '28,6\u00a0%']);
  });
});

describe('department-quarters', () => {
  const pairs = correlationFigures().figures.turnoverVersusContinuity.pairs;

  it('plots only pairs with at least 10 decided cases, at (turnover, share), sized by decided cases', () => {
    const option = buildTurnoverScatterOption(pairs, keyText);
    const [dots] = seriesOf(option);
    expect(dots!.type).toBe('scatter');
    expect(dots!.data.map((d: { value: number[] }) => d.value)).toEqual([[0.1, 0.7, 40], [0.3, 0.5, 10]]);
    expect(dots!.data[0].symbolSize).toBe(BUBBLE_MAX);
    expect(dots!.data[1].symbolSize).toBeCloseTo(BUBBLE_MIN + (BUBBLE_MAX - BUBBLE_MIN) * 0.5);
    expect(option.yAxis).toMatchObject({ min: 0, max: 1 });
    expect(option.xAxis).toMatchObject({ min: 0, name: '«continuity.scatter.axisTurnover»' });
  });

  it('sizes bubbles by area and tabulates every pair with whether it counts', () => {
    expect(bubbleSize(0, 0)).toBe(BUBBLE_MIN);
    expect(bubbleSize(100, 100)).toBe(BUBBLE_MAX);
    const table = buildTurnoverScatterTable(pairs, danishText());
    expect(table.rows[0]).toEqual(['Myndighed Børn', '1. kvt. 2026', '10,0\u00a0%', '70,0\u00a0%', '40', 'Ja']);
    expect(table.rows[2]![5]).toBe('Nej – under 10 afgjorte sager');
  });
});

describe('changes per case', () => {
  const continuity = scopeFigures().figures.continuity;

  it('draws cases by number of changes in order, the fixed caseworker bar dark', () => {
    const option = buildChangesHistogramOption(continuity.distribution, keyText);
    expect((option.xAxis as { data: string[] }).data).toEqual(['0', '1', '2']);
    const [bars] = seriesOf(option);
    expect(bars!.data).toEqual([
      { value: 248, itemStyle: { color: CHART_COLORS.primary } },
      { value: 100, itemStyle: { color: CHART_COLORS.secondary } },
      { value: 52, itemStyle: { color: CHART_COLORS.secondary } },
    ]);
  });

  it('tabulates each bin with its share, hiding the share of a withheld bin', () => {
    const bins = [...continuity.distribution, { changes: 5, cases: null, withheld: true, reason: 'BELOW_FIVE' as const }];
    expect(seriesOf(buildChangesHistogramOption(bins, keyText))[0]!.data[3]).toBeNull();
    const table = buildChangesHistogramTable(bins, { value: 400, reason: null }, danishText());
    expect(table.rows[0]).toEqual(['0', '248', '62,0\u00a0%']);
    expect(table.rows[3]).toEqual(['5', '< 5', 'skjult']);
  });
});

describe('leavers by reason', () => {
  it('lists every end reason in Danish, a missing one as 0 and a withheld one as "< 5"', () => {
    const table = buildLeaversByReasonTable(
      [{ endReason: 'RESIGNED', count: 7, reason: null }, { endReason: 'DISMISSED', count: null, reason: 'BELOW_FIVE' }],
      danishText(),
    );
    expect(table.rows).toEqual([
      ['Opsagt/fratrådt selv', '7'], ['Pension', '0'], ['Afskediget', '< 5'], ['Overflyttet', '0'], ['Andet', '0'],
    ]);
  });
});
