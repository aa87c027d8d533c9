// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTINUITY, mountView } from './continuityApp';
import { scopeFigures } from './continuityFixtures';
import { start } from './timelinessApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const URL = '/kontinuitet?scope=BCH&asOf=2026-11-23';

describe('the Personale og kontinuitet page', () => {
  it('shows the key figures and every section for the selected scope', async () => {
    const { wrapper, calls } = await start(URL, CONTINUITY);
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Personale og kontinuitet');
    expect(main.text()).toContain('Børnecenter Handicap · periode 24.11.2025–23.11.2026 · opgjort pr. 23.11.2026');

    const tiles = main.findAll('.kpi').map((k) => k.text());
    expect(tiles[0]).toContain('21,2\u00a0%');
    expect(tiles[0]).toContain('9 fratrådte af gennemsnitligt 42,5 sagsbehandlere.');
    expect(tiles[1]).toContain('62,0\u00a0%');
    expect(tiles[1]).toContain('Af 400 sager afgjort i perioden.');
    expect(tiles[1]).toContain('Gennemsnitligt 0,51 sagsbehandlerskift pr. sag.');
    expect(tiles[1]).toContain('3 afgjorte sager uden registreret sagsbehandler indgår ikke.');
    expect(tiles[2]).toContain('25,0\u00a0%');
    expect(tiles[2]).toContain('51 af 204 sagsbehandlerskift');
    expect(tiles[3]).toMatch(/UPC\s*0,74/);
    expect(tiles[3]).toMatch(/SECON\s*0,66/);
    expect(tiles[3]).toContain('Gennemsnit over 180 borgere med mindst 3 kontakter i perioden.');
    expect(tiles[3]).toContain('Kun borgere med mindst 3 kontakter');

    expect(main.findAll('h2').map((h2) => h2.text())).toEqual([
      'Nøgletal',
      'Personaleomsætning pr. enhed',
      'Sagsbehandlere og fratrådte over tid',
      'Fast sagsbehandler og personaleomsætning over tid',
      'Hænger personaleomsætning og fast sagsbehandler sammen?',
      'Sagsbehandlerskift pr. sag',
      'Fratrådte efter årsag',
      'Ressourcer',
      'Sagsbehandlerne',
    ]);
    expect(main.get('[data-testid="rho-sentence"]').text()).toContain('Spearmans ρ = −0,42 over 37 enhed-kvartaler');
    expect(main.text()).toContain('25,0\u00a0% af skiftene (51 af 204) skete højst 30 dage fra');
    expect(main.findAll('.chart-stub').length).toBe(5);
    // One request per granularity: headcount by month, the trend by quarter.
    expect(calls.filter((c) => c.name === 'StaffOverTime').map((c) => c.variables.granularity).sort()).toEqual(['MONTH', 'QUARTER']);

    const leavers = main.findAll('section.chart-panel')[5]!;
    expect(leavers.findAll('tbody tr').map((tr) => tr.text())).toEqual([
      'Opsagt/fratrådt selv5', 'Pension2', 'Afskediget0', 'Overflyttet2', 'Andet0',
    ]);
    const people = main.findAll('section.chart-panel')[7]!;
    expect(people.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Anna Andersen', 'Afdeling 2', '15.08.2019', 'Ansat', '–', '58', '17', '2'],
      ['Bo Berg', 'Myndighed Børn', '01.03.2020', '31.05.2026', 'Opsagt/fratrådt selv', '31', '0', '12'],
    ]);
  });

  it('switches a chart over time between months and quarters with its own toggle, sharing requests', async () => {
    const { wrapper, calls } = await start(URL, CONTINUITY);
    const [headcount, trend] = wrapper.findAll('section.chart-panel').slice(1, 3);
    const chip = (panel: typeof headcount, label: string) => panel!.findAll('button[aria-pressed]').find((b) => b.text() === label)!;
    expect(chip(headcount, 'Måned').attributes('aria-pressed')).toBe('true');
    expect(chip(trend, 'Kvartal').attributes('aria-pressed')).toBe('true');

    await chip(headcount, 'Kvartal').trigger('click');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chip(headcount, 'Kvartal').attributes('aria-pressed')).toBe('true');
    await headcount!.findAll('button').find((b) => b.text() === 'Vis som tabel')!.trigger('click');
    expect(headcount!.findAll('tbody th').map((th) => th.text())).toEqual(['1. kvt. 2026']);
    expect(chip(trend, 'Kvartal').attributes('aria-pressed')).toBe('true');
    // Both charts now show quarters from the request already made.
    expect(calls.filter((c) => c.name === 'StaffOverTime')).toHaveLength(2);
  });

  it('explains a null ρ and keeps a failing section to itself', async () => {
    const answers = { ...CONTINUITY, TurnoverVersusContinuity: () => ({ figures: { turnoverVersusContinuity: { rho: null, n: 0, pairs: [] } } }) };
    const { wrapper } = await start(URL, { ...answers, ContinuityDepartments: undefined as never });
    expect(wrapper.text()).toContain('Spearmans ρ kan ikke beregnes: intet enhed-kvartal har mindst 10 afgjorte sager');
    const alerts = wrapper.findAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text()).toContain('No ContinuityDepartments');
    expect(wrapper.findAll('ul[aria-label="Nøgletal"] .kpi')).toHaveLength(4);
  });

  it('writes withheld figures as "< 5" and "skjult"', async () => {
    const withheld = scopeFigures();
    Object.assign(withheld.figures.staff, {
      averageHeadcount: null, leavers: null, annualisedTurnoverRate: null, turnoverRate: null, withheld: true,
      suppressed: [
        { field: 'averageHeadcount', reason: 'BELOW_FIVE' }, { field: 'leavers', reason: 'BELOW_FIVE' },
        { field: 'annualisedTurnoverRate', reason: 'SMALL_BASE' }, { field: 'turnoverRate', reason: 'SMALL_BASE' },
      ],
    });
    Object.assign(withheld.figures.continuityIndices, { upc: null, withheld: true, suppressed: [{ field: 'upc', reason: 'SMALL_BASE' }] });
    const { wrapper } = await mountView('director', { ...CONTINUITY, ContinuityScope: () => withheld });
    const tiles = wrapper.findAll('.kpi');
    expect(tiles[0]!.get('.kpi__value [aria-hidden]').text()).toBe('skjult');
    expect(tiles[0]!.get('.kpi__value').text()).toContain('Skjult af hensyn til diskretion.');
    expect(tiles[0]!.text()).toContain('< 5 fratrådte af gennemsnitligt < 5 sagsbehandlere.');
    expect(tiles[3]!.get('dd[title]').text()).toMatch(/^skjult\s*Skjult af hensyn til diskretion\.$/);
  });

  it('shows the per-caseworker section to managers', async () => {
    const { wrapper, calls } = await start(URL, CONTINUITY, 'manager');
    expect(wrapper.findAll('main h2').map((h) => h.text())).toContain('Sagsbehandlerne');
    expect(calls.some((c) => c.name === 'CaseworkerFigures')).toBe(true);
  });

  it('never shows the committee per-caseworker figures, nor asks for them', async () => {
    const app = await start(URL, CONTINUITY, 'committee');
    expect(app.router.currentRoute.value.name).not.toBe('continuity');
    app.wrapper.unmount();

    const { wrapper, calls } = await mountView('committee');
    expect(wrapper.get('h1').text()).toBe('Personale og kontinuitet');
    expect(wrapper.findAll('.kpi')).toHaveLength(4);
    expect(wrapper.findAll('h2').map((h) => h.text())).not.toContain('Sagsbehandlerne');
    expect(calls.some((c) => c.name === 'CaseworkerFigures')).toBe(false);
  });
});
