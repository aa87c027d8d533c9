import { describe, expect, it } from 'vitest';
import {
  buildComplaintsOverTimeOption,
  buildComplaintsOverTimeTable,
  complaintsOverTimeSummary,
  type ComplaintPeriodFigures,
} from '../../client/charts/complaintsOverTime';
import da from '../../client/i18n/da';
import { danishText, keyText, seriesOf } from './chartHelpers';
import { overTime } from './complaintsFixtures';

const quarters: ComplaintPeriodFigures[] = overTime('QUARTER').figures.complaintsOverTime;
const HIDDEN = da.figure.hidden;

/** The first quarter as the committee sees it: 5 complaints on 100 decisions, two categories of 1–4. */
function withheldQuarter(): ComplaintPeriodFigures[] {
  return quarters.map((p) =>
    p.from !== '2025-11-24'
      ? p
      : {
          ...p,
          withheld: true,
          suppressed: [{ field: 'per1000Decisions', reason: 'SMALL_BASE' }],
          per1000Decisions: null,
          byCategory: [
            ...p.byCategory.map((c) => ({ ...c, count: null, per1000Decisions: null, withheld: true, reason: c.category === 'STATUS_INFORMATION' ? 'SECONDARY' : 'BELOW_FIVE' } as const)),
            // A count of 0 is shown; only its per-1,000 figure is withheld.
            { category: 'DECISION', count: 0, per1000Decisions: null, withheld: true, reason: 'SMALL_BASE' },
          ],
        },
  );
}

describe('complaints over time', () => {
  it('stacks one bar per category and quarter, in date order, a missing category as 0', () => {
    const option = buildComplaintsOverTimeOption(quarters, 'QUARTER', danishText());
    expect((option.xAxis as { data: string[] }).data).toEqual(['4. kvt. 2025', '1. kvt. 2026', '2. kvt. 2026']);
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual([
      'Sagsbehandlingstid og manglende svar', 'Service', 'Information om sagens forløb', 'Selve afgørelsen', 'Andet',
    ]);
    expect(series.every((s) => s.type === 'bar' && s.stack === 'complaints')).toBe(true);
    expect(series.map((s) => s.data)).toEqual([[1, 3, 4], [2, 2, 1], [2, 0, 2], [0, 0, 2], [0, 1, 0]]);
    expect(option.color).toEqual(['#1f4e79', '#d08c3c', '#7fa7cf', '#8a4b00', '#8c96a0']);
    expect(option.yAxis).toMatchObject({ type: 'value', minInterval: 1, name: 'Antal klager' });
  });

  it('leaves withheld counts out of the bars', () => {
    const series = seriesOf(buildComplaintsOverTimeOption(withheldQuarter(), 'QUARTER', keyText));
    expect(series.map((s) => s.data[0])).toEqual([null, null, null, 0, 0]);
    expect(series[0]!.data).toEqual([null, 3, 4]);
  });

  it('tabulates each quarter with its total, decisions and complaints per 1,000 decisions', () => {
    const table = buildComplaintsOverTimeTable(quarters, 'QUARTER', danishText());
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kvartal', 'Sagsbehandlingstid og manglende svar', 'Service', 'Information om sagens forløb', 'Selve afgørelsen', 'Andet',
      'Klager i alt', 'Afgørelser', 'Klager pr. 1.000 afgørelser',
    ]);
    expect(table.rows).toEqual([
      ['4. kvt. 2025', '1', '2', '2', '0', '0', '5', '100', '50'],
      ['1. kvt. 2026', '3', '2', '0', '0', '1', '6', '200', '30'],
      ['2. kvt. 2026', '4', '1', '2', '2', '0', '9', '250', '36'],
    ]);
    const months = buildComplaintsOverTimeTable(overTime('MONTH').figures.complaintsOverTime, 'MONTH', danishText());
    expect(months.columns[0]!.label).toBe('Måned');
    expect(months.rows).toEqual([['jan. 2026', '0', '1', '0', '0', '0', '1', '60', '16,7']]);
  });

  it('writes withheld cells as "< 5" and the withheld word, never as a number', () => {
    const table = buildComplaintsOverTimeTable(withheldQuarter(), 'QUARTER', danishText());
    expect(table.rows[0]).toEqual(['4. kvt. 2025', '< 5', '< 5', HIDDEN, '0', '0', '5', '100', HIDDEN]);
  });

  it('sums the chart up in words, names the quarter with the most only when it is alone, and says nothing when a total is withheld or nothing came in', () => {
    expect(complaintsOverTimeSummary(quarters, 'QUARTER', danishText())).toBe('I alt 20 klager. Flest i 2. kvt. 2026: 9.');
    // Two quarters with 9 each: no single quarter has the most.
    const tie = quarters.map((p) => (p.from === '2026-01-01' ? { ...p, total: 9 } : p));
    expect(complaintsOverTimeSummary(tie, 'QUARTER', danishText())).toBe('I alt 23 klager.');
    const belowFive = quarters.map((p, i) => (i === 0 ? { ...p, total: null, suppressed: [{ field: 'total', reason: 'BELOW_FIVE' as const }] } : p));
    expect(complaintsOverTimeSummary(belowFive, 'QUARTER', danishText())).toBeUndefined();
    expect(complaintsOverTimeSummary(quarters.map((p) => ({ ...p, total: 0 })), 'QUARTER', danishText())).toBeUndefined();
    expect(complaintsOverTimeSummary([], 'QUARTER', danishText())).toBeUndefined();
    expect(complaintsOverTimeSummary(overTime('MONTH').figures.complaintsOverTime, 'MONTH', danishText())).toBe('I alt 1 klage. Flest i jan. 2026: 1.');
  });
});
