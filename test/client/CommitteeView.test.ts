// @vitest-environment happy-dom
import { parse, visit } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommitteeReportQuery } from '../../client/graphql/committee';
import type { IndicatorFieldsFragment, IndicatorKey } from '../../client/gql/graphql';
import indicatorTexts from '../../client/i18n/indicators/da';
import { THEMES } from '../../client/utils/indicators';
import { DEPARTMENTS } from './fixtures';
import { start, type Answer } from './timelinessApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const URL_PATH = '/udvalg?scope=SOC&from=2026-01-01&to=2026-06-30&asOf=2026-07-15';
const THEME_OF: Record<IndicatorKey, IndicatorFieldsFragment['theme']> = Object.fromEntries(
  THEMES.flatMap(({ theme, indicators }) => indicators.map((key) => [key, theme])),
) as Record<IndicatorKey, IndicatorFieldsFragment['theme']>;

/** An indicator with a value, a year-earlier value and no target; `over` changes what a test needs. */
function indicator(key: IndicatorKey, over: Partial<IndicatorFieldsFragment> = {}): IndicatorFieldsFragment {
  const lower = ['KM_MEDIAN_DAYS', 'OVERDUE_BACKLOG', 'ANNUALISED_TURNOVER', 'DIALOGUE_COMPLAINTS_PER_1000', 'REVERSAL_RATE'].includes(key);
  const share = ['TIMELINESS', 'FIXED_CASEWORKER_SHARE', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE', 'ANNUALISED_TURNOVER'].includes(key);
  return {
    key, theme: THEME_OF[key], direction: lower ? 'LOWER_IS_BETTER' : key.startsWith('CASELOAD') || key.startsWith('DECISIONS') ? 'WITHIN_BAND' : 'HIGHER_IS_BETTER',
    unit: share ? 'SHARE' : key === 'KM_MEDIAN_DAYS' ? 'DAYS' : key === 'OVERDUE_BACKLOG' ? 'COUNT' : 'PER_1000',
    value: share ? 0.5 : 10, base: 100, withheld: false, reason: null, status: null,
    previousValue: share ? 0.5 : 10, previousWithheld: false, trend: 'UNCHANGED', target: null, ...over,
  };
}

const ALL_KEYS = THEMES.flatMap((t) => t.indicators);
const scopeIndicators = () => ALL_KEYS.map((key) => {
  if (key === 'TIMELINESS') {
    return indicator(key, {
      value: 0.78, base: 2140, previousValue: 0.71, trend: 'BETTER', status: 'RED',
      target: { value: 0.85, low: null, high: null, inherited: false, setOn: { id: 'SOC', name: 'Socialforvaltningen' } },
    });
  }
  if (key === 'OVERDUE_BACKLOG') return indicator(key, { value: null, base: null, withheld: true, reason: 'BELOW_FIVE', trend: null });
  return indicator(key);
});

const REPORT: Answer = () => ({
  figures: {
    scope: { id: 'SOC', name: 'Socialforvaltningen' },
    indicators: scopeIndicators(),
    // Not in name order: the page sorts the centres as the scope picker does.
    children: [
      { scope: { id: 'VOK', name: 'Center for Voksne' }, indicators: ALL_KEYS.map((key) => indicator(key)) },
      {
        scope: { id: 'BCH', name: 'Børnecenter Handicap' },
        indicators: ALL_KEYS.map((key) => (key === 'TIMELINESS'
          ? indicator(key, { value: null, base: null, withheld: true, reason: 'SMALL_BASE', trend: null })
          : indicator(key))),
      },
    ],
  },
});

const ANSWERS: Record<string, Answer> = { Departments: () => ({ departments: DEPARTMENTS }), CommitteeReport: REPORT };

describe('the Udvalg page', () => {
  it('shows the five themes in order, the units as columns and the period in words', async () => {
    const { wrapper, calls } = await start(URL_PATH, ANSWERS, 'committee');
    const page = wrapper.get('article.committee-report');
    expect(page.attributes('data-ready')).toBe('ok');
    expect(page.get('h1').text()).toBe('Udviklingsplanen – status til Socialudvalget');
    expect(page.text()).toContain('Tallene gælder perioden 1. januar 2026 til 30. juni 2026 og er opgjort pr. 15. juli 2026.');
    expect(page.findAll('section.committee-theme h2').map((h) => h.text())).toEqual([
      'Professionel borgerdialog', 'Styrket faglig kvalitet og læring', 'Rettidighed', 'Attraktiv arbejdsplads', 'Ressourcer i balance',
    ]);
    const timeliness = page.findAll('section.committee-theme')[2]!;
    expect(timeliness.findAll('thead th').map((th) => th.text())).toEqual([
      'Indikator', 'Socialforvaltningen i alt', 'Børnecenter Handicap', 'Center for Voksne',
    ]);
    expect(timeliness.findAll('tbody th').map((th) => th.text())).toEqual(['Rettidighed', 'Overskredne åbne sager', 'Mediantid til afgørelse']);
    const [first] = timeliness.findAll('tbody tr');
    const parts = first!.findAll('td')[0]!.findAll('.committee-cell > span').map((span) => span.text().replace(/\u00a0/g, ' '));
    expect(parts).toEqual(['78,0 %', '✕ Mål ikke nået', 'Mål: mindst 85,0 %', 'Året før: 71,0 %', 'Bedre end året før']);
    // The request asks for exactly the report's indicators.
    expect(calls.find((c) => c.name === 'CommitteeReport')!.variables).toMatchObject({
      scope: 'SOC', period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-07-15', keys: ALL_KEYS,
    });
  });

  it('shows withheld figures as text, never as a number, and writes the sentences', async () => {
    const { wrapper } = await start(URL_PATH, ANSWERS, 'committee');
    const timeliness = wrapper.findAll('section.committee-theme')[2]!;
    const rows = timeliness.findAll('tbody tr');
    // The shared word for a withheld figure ("skjult"), with the reason for screen readers and on hover.
    const hidden = rows[0]!.findAll('td')[1]!.get('.committee-cell__value');
    expect(hidden.get('[aria-hidden="true"]').text()).toBe(indicatorTexts.withheld);
    expect(hidden.attributes('title')).toBe('Skjult af hensyn til diskretion.');
    const belowFive = rows[1]!.findAll('td')[0]!.get('.committee-cell__value');
    expect(belowFive.get('[aria-hidden="true"]').text()).toBe('< 5');
    expect(belowFive.get('.visually-hidden').text()).toBe('Færre end 5. Det præcise tal vises ikke af hensyn til diskretion.');
    expect(rows[1]!.findAll('td')[0]!.text()).toContain('– Intet mål');
    expect(timeliness.findAll('.committee-sentences li').map((li) => li.text().replace(/\u00a0/g, ' '))).toEqual([
      'Rettidigheden steg fra 71,0 % året før til 78,0 % (2.140 afgørelser med frist) – en forbedring. Målet er mindst 85,0 %, og det er ikke nået.',
      'Antallet af overskredne åbne sager er under 5. Det præcise tal er tilbageholdt af hensyn til diskretion.',
      'Mediantiden til afgørelse var uændret på 10 dage (100 modtagne sager) i forhold til året før.',
    ]);
    expect(wrapper.get('.committee-legend').text()).toContain('✓ Mål nået · ! Tæt på målet (inden for 10 %) · ✕ Mål ikke nået · – Intet mål.');
  });

  it('prints with the browser and downloads a theme as CSV', async () => {
    const { wrapper } = await start(URL_PATH, ANSWERS, 'committee');
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await wrapper.findAll('button').find((b) => b.text() === 'Udskriv')!.trigger('click');
    expect(print).toHaveBeenCalledOnce();

    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:x'; });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const timeliness = wrapper.findAll('section.committee-theme')[2]!;
    await timeliness.get('button').trigger('click');
    const csv = (await blobs[0]!.text()).replace(/^\uFEFF/, '').replace(/\u00a0/g, ' ').split('\r\n');
    expect(csv[0]).toBe('Tema,Indikator,Enhed,Værdi,Grundlag,Mål,Status,Samme periode året før,Udvikling');
    expect(csv[1]).toBe('Rettidighed,Rettidighed,Socialforvaltningen i alt,"78,0 %",2.140,"Mål: mindst 85,0 %",Mål ikke nået,"71,0 %",Bedre end året før');
    expect(csv[2]).toBe(`Rettidighed,Rettidighed,Børnecenter Handicap,${indicatorTexts.withheld},,,Intet mål,"50,0 %",Ingen sammenligning`);
    expect(csv[4]).toBe('Rettidighed,Overskredne åbne sager,Socialforvaltningen i alt,< 5,,,Intet mål,10,Ingen sammenligning');
    expect(csv).toHaveLength(1 + 3 * 3 + 1);
    createObjectURL.mockRestore();
    revoke.mockRestore();
  });

  it('says when the figures could not be fetched, and marks the page as done for the PDF', async () => {
    const { wrapper } = await start(URL_PATH, { Departments: ANSWERS.Departments! }, 'committee');
    expect(wrapper.get('article.committee-report').attributes('data-ready')).toBe('error');
    expect(wrapper.get('[role="alert"]').text()).toContain('Data kunne ikke hentes');
  });
});

describe('the committee query', () => {
  it('asks for aggregates only: no case-level or per-caseworker fields', () => {
    const fields = new Set<string>();
    visit(parse(CommitteeReportQuery.toString()), { Field: (node) => { fields.add(node.name.value); } });
    expect([...fields].sort()).toEqual([
      'base', 'children', 'direction', 'figures', 'high', 'id', 'indicators', 'inherited', 'key', 'low', 'name', 'previousValue',
      'previousWithheld', 'reason', 'scope', 'setOn', 'status', 'target', 'theme', 'trend', 'unit', 'value', 'withheld',
    ]);
    expect(CommitteeReportQuery.toString()).not.toMatch(/case|caseworker|citizen|review|quarters/i);
  });
});
