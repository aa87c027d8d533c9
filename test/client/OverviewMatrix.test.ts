import { describe, expect, it } from 'vitest';
import { matrixRows, matrixTable } from '../../client/components/overview/indicatorMatrix';
import { capabilityRoute, cellLabel, targetText, trendArrow, valueText } from '../../client/components/overview/indicatorText';
import { tableToCsv } from '../../client/utils/tableModel';
import { danishText } from './chartHelpers';
import { indicator, overviewFigures } from './overviewFixtures';

const text = danishText();
const NBSP = '\u00a0';

describe('the overview matrix as data', () => {
  it('puts the scope first and its departments after it in name order (2 before 10)', () => {
    const rows = matrixRows(overviewFigures().figures);
    expect(rows.map((r) => [r.name, r.total])).toEqual([
      ['Børnecenter Handicap', true], ['Afdeling 2', false], ['Afdeling 10', false], ['Myndighed Børn', false],
    ]);
    expect(rows[1]!.indicators.get('TIMELINESS')!.value).toBe(0.682);
  });

  it('writes values in their unit, withheld ones as "< 5" or "skjult", missing ones as a dash', () => {
    expect(valueText(text, indicator('TIMELINESS', { value: 0.7825 }))).toBe(`78,3${NBSP}%`);
    expect(valueText(text, indicator('KM_MEDIAN_DAYS', { value: 37.6 }))).toBe('38');
    expect(valueText(text, indicator('OVERDUE_BACKLOG', { value: 1234 }))).toBe('1.234');
    expect(valueText(text, indicator('COMPLAINTS_PER_1000', { value: 4.25 }))).toBe('4,3');
    expect(valueText(text, indicator('COMPLAINTS_PER_1000', { withheld: true, reason: 'BELOW_FIVE' }))).toBe('< 5');
    expect(valueText(text, indicator('REVERSAL_RATE', { withheld: true, reason: 'SMALL_BASE' }))).toBe('skjult');
    expect(valueText(text, indicator('REVIEW_IN_ORDER_SHARE'))).toBe('–');
  });

  it('writes targets as at least, at most or a band', () => {
    expect(targetText(text, 'SHARE', 'HIGHER_IS_BETTER', { value: 0.855, low: null, high: null })).toBe(`mindst 85,5${NBSP}%`);
    expect(targetText(text, 'DAYS', 'LOWER_IS_BETTER', { value: 30, low: null, high: null })).toBe('højst 30');
    expect(targetText(text, 'PER_CASEWORKER', 'WITHIN_BAND', { value: null, low: 25, high: 35 })).toBe('mellem 25 og 35');
    expect(targetText(text, 'SHARE', 'HIGHER_IS_BETTER', null)).toBeNull();
  });

  it('points the arrow the way the value moved, whatever better means for the indicator', () => {
    expect(trendArrow({ trend: 'BETTER', value: 38, previousValue: 41 })).toBe('▼');
    expect(trendArrow({ trend: 'WORSE', value: 0.12, previousValue: 0.1 })).toBe('▲');
    expect(trendArrow({ trend: 'UNCHANGED', value: 22.001, previousValue: 22 })).toBe('▶');
    expect(trendArrow({ trend: null, value: 22, previousValue: null })).toBeNull();
  });

  it('says the whole cell in one sentence', () => {
    const figure = indicator('TIMELINESS', {
      value: 0.782, status: 'AMBER', trend: 'BETTER', previousValue: 0.75,
      target: { value: 0.85, low: null, high: null, inherited: true, setOn: { id: 'SOC', name: 'Socialforvaltningen' } },
    });
    expect(cellLabel(text, figure)).toBe(`Rettidighed 78,2${NBSP}%, tæt på målet, bedre end året før, mål: mindst 85,0${NBSP}%`);
    expect(cellLabel(text, indicator('FIXED_CASEWORKER_SHARE', { value: 0.64 }))).toBe(
      `Andel med fast sagsbehandler 64,0${NBSP}%, intet mål, ingen sammenligning`,
    );
  });

  it('links each indicator to its page; complaints only once that page exists', () => {
    expect(capabilityRoute('KM_MEDIAN_DAYS', true)).toBe('timeliness');
    expect(capabilityRoute('CASELOAD', true)).toBe('continuity');
    expect(capabilityRoute('ANNUALISED_TURNOVER', true)).toBe('continuity');
    expect(capabilityRoute('REVIEW_IN_ORDER_SHARE', true)).toBe('supervision');
    expect(capabilityRoute('REVERSAL_RATE', true)).toBe('complaints');
    expect(capabilityRoute('COMPLAINTS_PER_1000', false)).toBe('overview');
  });

  it('is one CSV file with value, target, status and trend of each indicator per unit', () => {
    const rows = matrixRows(overviewFigures().figures);
    const table = matrixTable(text, rows, ['TIMELINESS', 'COMPLAINTS_PER_1000']);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Enhed',
      'Rettidighed', 'Rettidighed – mål', 'Rettidighed – status', 'Rettidighed – udvikling',
      'Klager pr. 1.000 afgørelser', 'Klager pr. 1.000 afgørelser – mål', 'Klager pr. 1.000 afgørelser – status', 'Klager pr. 1.000 afgørelser – udvikling',
    ]);
    expect(table.rows[0]).toEqual([
      'Børnecenter Handicap i alt',
      `78,2${NBSP}%`, `mindst 85,0${NBSP}%`, 'Tæt på målet', 'Bedre end året før',
      '4,3', '', 'Intet mål', 'Ingen sammenligning',
    ]);
    expect(table.rows[1]).toEqual([
      'Afdeling 2', `68,2${NBSP}%`, `mindst 85,0${NBSP}%`, 'Mål ikke nået', 'Ingen sammenligning',
      '< 5', '', 'Intet mål', 'Ingen sammenligning',
    ]);
    expect(tableToCsv(table).split('\r\n')[2]).toBe(
      `Afdeling 2,"68,2${NBSP}%","mindst 85,0${NBSP}%",Mål ikke nået,Ingen sammenligning,< 5,,Intet mål,Ingen sammenligning`,
    );
  });
});
