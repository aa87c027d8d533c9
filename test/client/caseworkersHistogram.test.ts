import { describe, expect, it } from 'vitest';
import {
  buildCaseworkersHistogramOption,
  buildCaseworkersHistogramTable,
  groupTotals,
  othersInBin,
  type CaseworkerBinFigures,
} from '../../client/charts/caseworkersHistogram';
import { CHART_COLORS } from '../../client/charts/theme';
import { danishText, seriesOf } from './chartHelpers';

const NBSP = '\u00a0';

/** 160 citizens, 20 of them cross-department, so 140 others; the bins arrive out of order. */
const BINS: CaseworkerBinFigures[] = [
  { caseworkers: 2, citizens: 40, crossDepartmentCitizens: 10, reason: null },
  { caseworkers: 1, citizens: 100, crossDepartmentCitizens: 5, reason: null },
  { caseworkers: 0, citizens: 8, crossDepartmentCitizens: null, reason: 'BELOW_FIVE' },
  { caseworkers: 3, citizens: 12, crossDepartmentCitizens: 5, reason: null },
];
const TOTALS = groupTotals({ citizens: 160, crossDepartmentCitizens: 20 });

describe('caseworkers per citizen', () => {
  const text = danishText();

  it('derives the other citizens from all and the cross-department ones', () => {
    expect(TOTALS).toEqual({ cross: 20, others: 140 });
    expect(groupTotals({ citizens: 160, crossDepartmentCitizens: null })).toEqual({ cross: null, others: null });
    expect(othersInBin(BINS[0]!)).toBe(30);
    expect(othersInBin(BINS[2]!)).toBeNull();
  });

  it('draws each group’s share per number of caseworkers, in order, with no bar for a withheld bin', () => {
    const option = buildCaseworkersHistogramOption(BINS, TOTALS, text);
    expect((option.xAxis as { data: string[] }).data).toEqual(['0', '1', '2', '3']);
    const [cross, others] = seriesOf(option);
    expect(cross).toMatchObject({ type: 'bar', name: 'Borgere i flere afdelinger', itemStyle: { color: CHART_COLORS.primary } });
    expect(cross!.data).toEqual([null, 0.25, 0.5, 0.25]);
    expect(others).toMatchObject({ name: 'Øvrige borgere', itemStyle: { color: CHART_COLORS.secondary } });
    expect(others!.data).toEqual([null, 95 / 140, 30 / 140, 7 / 140]);
    expect((option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter(0.5)).toBe(`50${NBSP}%`);
    expect(cross!.label.formatter({ value: 0.25 })).toBe(`25${NBSP}%`);
    expect(cross!.label.formatter({ value: 0 })).toBe('');
  });

  it('shows share and count of both groups in the tooltip', () => {
    const option = buildCaseworkersHistogramOption(BINS, TOTALS, text);
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(tooltip([{ dataIndex: 1, seriesIndex: 0, axisValueLabel: '1' }, { dataIndex: 1, seriesIndex: 1 }])).toBe(
      `Sagsbehandlere: 1<br>Borgere i flere afdelinger: 25,0${NBSP}% (5)<br>Øvrige borgere: 67,9${NBSP}% (95)`,
    );
  });

  it('has no bars when the groups’ sizes are withheld', () => {
    const option = buildCaseworkersHistogramOption(BINS, { cross: null, others: null }, text);
    expect(seriesOf(option).map((s) => s.data)).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it('tabulates counts and shares, withheld ones as "< 5" and "skjult"', () => {
    const table = buildCaseworkersHistogramTable(BINS, TOTALS, text);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Sagsbehandlere', 'Borgere i flere afdelinger', 'Andel af dem', 'Øvrige borgere', 'Andel af de øvrige', 'Alle borgere',
    ]);
    expect(table.rows).toEqual([
      ['0', '< 5', 'skjult', 'skjult', 'skjult', '8'],
      ['1', '5', `25,0${NBSP}%`, '95', `67,9${NBSP}%`, '100'],
      ['2', '10', `50,0${NBSP}%`, '30', `21,4${NBSP}%`, '40'],
      ['3', '5', `25,0${NBSP}%`, '7', `5,0${NBSP}%`, '12'],
    ]);
  });
});
