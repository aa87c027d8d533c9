// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overviewFigures, settle, start } from './overviewFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const URL = '/?scope=BCH&asOf=2026-11-23';
const SELECTION = 'from=2025-11-24&to=2026-11-23&asOf=2026-11-23';
const NBSP = '\u00a0';

const cellsOf = (row: { findAll: (s: string) => Array<{ text: () => string }> }) => row.findAll('td').map((td) => td.text());

describe('Overblik: the indicator matrix', () => {
  it('shows the scope in total first, then its departments, with values, signs, arrows and a label for each cell', async () => {
    const { wrapper, calls } = await start(URL, { IndicatorOverview: () => overviewFigures() });
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Overblik');
    expect(main.get('#scope-heading').text()).toBe('Børnecenter Handicap');
    expect(main.text()).toContain('Periode 24.11.2025–23.11.2026, opgjort pr. 23.11.2026.');

    const call = calls.find((c) => c.name === 'IndicatorOverview')!;
    expect(call.variables).toEqual({
      scope: 'BCH', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23',
      keys: ['TIMELINESS', 'KM_MEDIAN_DAYS', 'OVERDUE_BACKLOG', 'ANNUALISED_TURNOVER', 'FIXED_CASEWORKER_SHARE',
        'COMPLAINTS_PER_1000', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE', 'CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR'],
    });

    const table = main.get('table.overview-matrix__table');
    const headers = table.findAll('thead th').map((th) => th.find('span[aria-hidden="true"]').exists() ? th.get('span[aria-hidden="true"]').text() : th.text());
    expect(headers.slice(0, 4)).toEqual(['Enhed', 'Rettidighed', 'Mediantid', 'Overskredne']);
    const rows = table.findAll('tbody tr');
    expect(rows.map((tr) => tr.get('th').text())).toEqual(['I altBørnecenter Handicap i alt', 'Afdeling 2', 'Afdeling 10', 'Myndighed Børn']);
    // "I alt" is what the eye reads; a screen reader hears the scope's name with it.
    expect(rows[0]!.get('th [aria-hidden="true"]').text()).toBe('I alt');
    expect(rows[0]!.get('th .visually-hidden').text()).toBe('Børnecenter Handicap i alt');

    const total = cellsOf(rows[0]!);
    expect(total[0]).toBe(`!78,2${NBSP}%▲`);
    expect(total[1]).toBe('✕38▼');
    expect(total[2]).toBe('22▶');
    expect(total[3]).toBe(`✓12,0${NBSP}%▲`);
    expect(total[6]).toBe('skjult');
    expect(total[7]).toBe('–');
    expect(total[8]).toBe('✓31,5');
    expect(cellsOf(rows[1]!)[5]).toBe('< 5');

    const links = rows[0]!.findAll('td a.indicator-cell');
    expect(links[0]!.attributes('aria-label')).toBe(`Rettidighed 78,2${NBSP}%, tæt på målet, bedre end året før, mål: mindst 85,0${NBSP}%`);
    expect(links[2]!.attributes('aria-label')).toBe('Overskredne åbne sager 22, intet mål, uændret fra året før');
    expect(links[3]!.attributes('aria-label')).toBe(`Personaleomsætning (årlig) 12,0${NBSP}%, mål nået, dårligere end året før, mål: højst 15,0${NBSP}%`);
    expect(links[6]!.attributes('aria-label')).toBe(`Omgørelsesprocent i ankesager skjult, ingen sammenligning, mål: højst 20,0${NBSP}%`);
    expect(links[8]!.attributes('aria-label')).toBe('Sager pr. sagsbehandler 31,5, mål nået, ingen sammenligning, mål: mellem 25 og 35');

    // Colour follows the status; the arrow's colour says better or worse.
    const tds = rows[0]!.findAll('td');
    expect(tds[0]!.classes()).toContain('overview-matrix__cell--amber');
    expect(tds[1]!.classes()).toContain('overview-matrix__cell--red');
    expect(tds[3]!.classes()).toContain('overview-matrix__cell--green');
    expect(tds[2]!.classes().some((c) => c.startsWith('overview-matrix__cell--'))).toBe(false);
    expect(tds[1]!.get('.indicator-cell__trend').classes()).toContain('indicator-cell__trend--better');
    expect(tds[3]!.get('.indicator-cell__trend').classes()).toContain('indicator-cell__trend--worse');

    // The sparkline leaves a gap for the withheld third quarter: two runs of line.
    const path = tds[0]!.get('path.sparkline__line').attributes('d')!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(wrapper.text()).toContain('Sådan læses tabellen');
  });

  it('links each figure to the page that explains it and each department to its own overview', async () => {
    const { wrapper } = await start(URL, { IndicatorOverview: () => overviewFigures() });
    const rows = wrapper.findAll('table.overview-matrix__table tbody tr');
    const hrefs = rows[1]!.findAll('td a.indicator-cell').map((a) => a.attributes('href'));
    expect(hrefs[0]).toBe(`/rettidighed?scope=AFD-2&${SELECTION}`);
    expect(hrefs[3]).toBe(`/kontinuitet?scope=AFD-2&${SELECTION}`);
    expect(hrefs[5]).toBe(`/klager?scope=AFD-2&${SELECTION}`);
    expect(hrefs[7]).toBe(`/tilsyn?scope=AFD-2&${SELECTION}`);
    expect(rows[1]!.get('th a').attributes('href')).toBe(`/?scope=AFD-2&${SELECTION}`);
    expect(rows[0]!.find('th a').exists()).toBe(false);
  });

  it('offers targets to directors only', async () => {
    const director = await start(URL, { IndicatorOverview: () => overviewFigures() });
    expect(director.wrapper.findAll('.overview-matrix__action button').map((b) => b.text())).toEqual([
      'Mål: Sæt mål for Børnecenter Handicap', 'Mål: Sæt mål for Afdeling 2', 'Mål: Sæt mål for Afdeling 10', 'Mål: Sæt mål for Myndighed Børn',
    ]);
    director.wrapper.unmount();
    const manager = await start(URL, { IndicatorOverview: () => overviewFigures() }, 'manager');
    expect(manager.wrapper.find('table.overview-matrix__table').exists()).toBe(true);
    expect(manager.wrapper.find('.overview-matrix__action').exists()).toBe(false);
  });

  it('shows the funnel for the picked rate indicator, with the units outside the limits named', async () => {
    const { wrapper } = await start(URL, { IndicatorOverview: () => overviewFigures() });
    const funnelButton = wrapper.findAll('.overview__views button').find((b) => b.text() === 'Tragtdiagram')!;
    await funnelButton.trigger('click');
    await settle();
    expect(funnelButton.attributes('aria-pressed')).toBe('true');
    const panel = wrapper.get('section.chart-panel');
    expect(panel.get('h3').text()).toBe('Enhederne sammenlignet: Rettidighed');
    expect(panel.find('.chart-stub').exists()).toBe(true);
    // p₀ = 78,2 %; at n = 220 the lower 99.8 % limit is 69,6 %, so Afdeling 2 (68,2 %) is flagged.
    expect(panel.get('.flagged').text()).toContain(
      `Afdeling 2: 68,2${NBSP}% (220 afgørelser med frist) – dårligere end tilfældigheder kan forklare`,
    );
    await panel.get('button[aria-pressed]').trigger('click');
    const table = panel.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
    expect(table[1]).toEqual(['Afdeling 2', '220', `68,2${NBSP}%`, `69,6${NBSP}%–86,8${NBSP}%`, 'Dårligere end tilfældigheder kan forklare']);

    // Another indicator: every department at 64,0 % like the scope, so none is outside.
    await panel.get('select').setValue('FIXED_CASEWORKER_SHARE');
    await settle();
    expect(wrapper.get('section.chart-panel h3').text()).toBe('Enhederne sammenlignet: Andel med fast sagsbehandler');
    expect(wrapper.get('section.chart-panel').text()).toContain('Ingen enheder ligger uden for 99,8 %-grænserne.');
  });

  it('downloads the matrix as one CSV file, as shown', async () => {
    const { wrapper } = await start(URL, { IndicatorOverview: () => overviewFigures() });
    const files: Array<{ name: string; blob: Blob }> = [];
    let blob: Blob | null = null;
    vi.spyOn(globalThis.URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:matrix'));
    vi.spyOn(globalThis.URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blob! });
    });
    await wrapper.findAll('button').find((b) => b.text().startsWith('Hent CSV'))!.trigger('click');
    expect(files.map((f) => f.name)).toEqual(['noegletal-pr-enhed-boernecenter-handicap.csv']);
    const lines = (await files[0]!.blob.text()).split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFEnhed,Rettidighed,Rettidighed – mål,Rettidighed – status,Rettidighed – udvikling,')).toBe(true);
    expect(lines[1]!.startsWith(`Børnecenter Handicap i alt,"78,2${NBSP}%","mindst 85,0${NBSP}%",Tæt på målet,Bedre end året før,38,højst 30,`)).toBe(true);
    expect(lines.slice(2, 5).map((l) => l.split(',')[0])).toEqual(['Afdeling 2', 'Afdeling 10', 'Myndighed Børn']);
    vi.restoreAllMocks();
  });

  it('says when the scope has no departments, and shows a failing query with a retry', async () => {
    const leaf = overviewFigures();
    leaf.figures.children = [];
    const alone = await start(URL, { IndicatorOverview: () => leaf });
    expect(alone.wrapper.findAll('table.overview-matrix__table tbody tr')).toHaveLength(1);
    expect(alone.wrapper.text()).toContain('Børnecenter Handicap har ingen underenheder. Tallene gælder enheden selv.');
    alone.wrapper.unmount();

    let fail = true;
    const broken = await start(URL, {
      IndicatorOverview: () => {
        if (fail) throw new Error('indicators unavailable');
        return overviewFigures();
      },
    });
    const alert = broken.wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('indicators unavailable');
    fail = false;
    await alert.get('button').trigger('click');
    await settle();
    expect(broken.wrapper.findAll('table.overview-matrix__table tbody tr')).toHaveLength(4);
  });
});
