import { describe, expect, it } from 'vitest';
import {
  buildReceivedPerMonthOption,
  fillMonths,
  summariseMonths,
  type MonthPoint,
} from '../../client/charts/receivedPerMonth';
import { formattersFor } from '../../client/i18n/format';

/** A stand-in for vue-i18n's `t` that shows which key was asked for. */
const t = (key: string) => `«${key}»`;

/** Out of order, with a month (2026-02) missing: the API leaves out months without cases. */
const POINTS: MonthPoint[] = [
  { month: '2026-01', count: 1200 },
  { month: '2026-03', count: 14000 },
  { month: '2025-12', count: 950 },
];

describe('cases received per month', () => {
  it('fills missing months with 0, oldest first', () => {
    expect(fillMonths(POINTS)).toEqual([
      { month: '2025-12', count: 950 },
      { month: '2026-01', count: 1200 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 14000 },
    ]);
    expect(fillMonths([])).toEqual([]);
  });

  it('summarises the total and the busiest month', () => {
    expect(summariseMonths(fillMonths(POINTS))).toEqual({ total: 16150, max: { month: '2026-03', count: 14000 } });
    expect(summariseMonths([])).toEqual({ total: 0, max: null });
  });

  it('builds a bar chart with one bar per calendar month', () => {
    const option = buildReceivedPerMonthOption(POINTS, t);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2025-12', '2026-01', '2026-02', '2026-03'] });
    expect(option.yAxis).toMatchObject({ type: 'value', name: '«data.chartAxis»', minInterval: 1 });
    expect(option.series).toEqual([
      { type: 'bar', name: '«data.chartSeries»', data: [950, 1200, 0, 14000], barMaxWidth: 28 },
    ]);
    expect(option.tooltip).toMatchObject({ trigger: 'axis' });
    expect(option.color).toEqual(['#1f4e79']);
  });

  it('writes months and numbers in the language given', () => {
    const da = formattersFor('da');
    const option = buildReceivedPerMonthOption(POINTS, t, { month: da.month, integer: da.integer });
    expect((option.xAxis as { data: string[] }).data).toEqual(['dec. 2025', 'jan. 2026', 'feb. 2026', 'mar. 2026']);
    const tooltip = option.tooltip as { valueFormatter: (value: number) => string };
    expect(tooltip.valueFormatter(14000)).toBe('14.000');
    const yAxis = option.yAxis as { axisLabel: { formatter: (value: number) => string } };
    expect(yAxis.axisLabel.formatter(2500)).toBe('2.500');
  });

  it('is empty, not broken, without data', () => {
    const option = buildReceivedPerMonthOption([], t);
    expect((option.xAxis as { data: string[] }).data).toEqual([]);
    expect((option.series as Array<{ data: number[] }>)[0]!.data).toEqual([]);
  });
});
