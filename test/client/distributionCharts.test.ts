import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageBandLabel, buildBacklogAgeOption, buildBacklogAgeTable } from '../../client/charts/backlogAgeBands';
import { buildProcessingBoxplotOption, buildProcessingBoxplotTable } from '../../client/charts/processingBoxplot';
import { buildSurvivalOption, buildSurvivalTable, survivalSteps } from '../../client/charts/survivalCurve';
import { buildRealismTable, deadlineTooShort } from '../../client/utils/deadlineRealism';
import { danishText, keyText, seriesOf } from './chartHelpers';
import { backlog, CASE_TYPES, caseType, scopeFigures } from './timelinessFixtures';

describe('processing days per case type', () => {
  it('draws a box per case type with all five numbers, and leaves withheld ones to the table', () => {
    const option = buildProcessingBoxplotOption(CASE_TYPES, keyText);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Merudgifter', 'Tabt arbejdsfortjeneste'] });
    const [box] = seriesOf(option);
    expect(box!.type).toBe('boxplot');
    expect(box!.data).toEqual([
      { name: 'Merudgifter', value: [3, 20, 35, 60, 140] },
      { name: 'Tabt arbejdsfortjeneste', value: [5, 30, 50, 80, 200] },
    ]);
  });

  it('marks a deadline in days or weeks on its row, and none for months', () => {
    const [, marker] = seriesOf(buildProcessingBoxplotOption(CASE_TYPES, keyText));
    expect(marker).toMatchObject({ type: 'scatter', name: '«timeliness.boxplot.deadline»' });
    expect(marker!.data).toEqual([{ name: 'Merudgifter', value: [56, 'Merudgifter'] }]);
  });

  it('tabulates every case type, months deadlines as "n mdr." and withheld figures as "< 5" / "skjult"', () => {
    const table = buildProcessingBoxplotTable(CASE_TYPES, danishText());
    expect(table.rows).toEqual([
      ['Merudgifter', '53', '3', '20', '35', '60', '140', '8 uger'],
      ['Tabt arbejdsfortjeneste', '53', '5', '30', '50', '80', '200', '3 mdr.'],
      ['Socialpædagogisk støtte', '< 5', '–', '–', 'skjult', '–', '–', '–'],
    ]);
  });
});

describe('time to decision (Kaplan–Meier)', () => {
  const km = scopeFigures().figures.timeToDecision;

  it('is a step curve from (0, 1) through each event time', () => {
    expect(survivalSteps([km.points[1]!, km.points[0]!])).toEqual([[0, 1], [5, 0.9167], [38, 0.5]]);
    const [curve] = seriesOf(buildSurvivalOption(km.points, km.median, keyText));
    expect(curve).toMatchObject({ type: 'line', step: 'end', showSymbol: false });
    expect(curve!.data).toEqual([[0, 1], [5, 0.9167], [38, 0.5], [81, 0.2]]);
  });

  it('marks the median, and the deadline when given', () => {
    const [plain] = seriesOf(buildSurvivalOption(km.points, 38, keyText));
    expect(plain!.markLine.data.map((d: { xAxis: number }) => d.xAxis)).toEqual([38]);
    const [withDeadline] = seriesOf(buildSurvivalOption(km.points, 38, danishText(), 56));
    expect(withDeadline!.markLine.data.map((d: { xAxis: number; name: string }) => [d.xAxis, d.name])).toEqual([
      [38, 'Median 38 dage'],
      [56, 'Frist 56 dage'],
    ]);
    const [noMedian] = seriesOf(buildSurvivalOption(km.points, null, keyText));
    expect(noMedian!.markLine.data).toEqual([]);
  });

  it('tabulates the points', () => {
    expect(buildSurvivalTable(km.points, danishText()).rows[1]).toEqual(['38', '300', '100', '50,0\u00a0%']);
  });
});

describe('backlog age bands per department', () => {
  const rows = [
    { id: 'A', name: 'Afdeling A', backlog: backlog([10, 5, 4, 3, 2, 1]) },
    { id: 'B', name: 'Afdeling B', backlog: backlog([7, 3, 0, 0, 0, 0], [null, 'BELOW_FIVE', 'SECONDARY']) },
  ];

  it('stacks one series per age band, youngest first, withheld cells empty', () => {
    const series = seriesOf(buildBacklogAgeOption(rows, keyText));
    expect(series).toHaveLength(6);
    expect(series.every((s) => s.type === 'bar' && s.stack === 'backlog')).toBe(true);
    expect(series.map((s) => s.data)).toEqual([[10, 7], [5, null], [4, null], [3, 0], [2, 0], [1, 0]]);
    expect(series[0]!.name).toBe('«figure.ageBand.range»{"from":"0","to":"30"}');
    expect(series[5]!.name).toBe('«figure.ageBand.over»{"days":"365"}');
  });

  it('labels bands in Danish and tabulates "< 5" and "skjult"', () => {
    const da = danishText();
    expect(AGE_BANDS.map((b) => ageBandLabel(b, da))).toEqual([
      '0–30 dage', '31–60 dage', '61–90 dage', '91–180 dage', '181–365 dage', 'Over 365 dage',
    ]);
    const table = buildBacklogAgeTable(rows, da);
    expect(table.rows[1]).toEqual(['Afdeling B', '7', '< 5', 'skjult', '0', '0', '0', '10', '0']);
  });
});

describe('deadline realism', () => {
  it('flags a deadline when p80 is above it (months by the average month)', () => {
    expect(deadlineTooShort(CASE_TYPES[0]!)).toBe(true); // p80 70 > 56 days
    expect(deadlineTooShort(CASE_TYPES[1]!)).toBe(false); // p80 85 < 3 × 30.44 days
    expect(deadlineTooShort(caseType('X', 'X', { value: 2, unit: 'MONTHS' }, null, { p80: 61 }))).toBe(true);
    expect(deadlineTooShort(CASE_TYPES[2]!)).toBeNull();
  });

  it('tabulates deadline, p80, p90, rate, suggestion with its unit and rate, and the assessment', () => {
    const table = buildRealismTable(CASE_TYPES, danishText());
    expect(table.rows[0]).toEqual([
      'Merudgifter', '8 uger', '70', '90', '80,0\u00a0%', '11 uger', '86,0\u00a0%', { text: 'For kort', strong: true },
    ]);
    expect(table.rows[1]!.slice(5)).toEqual(['Ingen (for få sager)', '–', 'Realistisk']);
    expect(table.rows[2]!.slice(1, 2)).toEqual(['Ingen frist']);
    expect(table.rows[2]!.slice(5)).toEqual(['–', '–', '–']);
  });
});
