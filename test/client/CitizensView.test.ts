// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canUse, ROLES } from '../../client/utils/roleAccess';
import { CITIZENS } from './CitizenFixtures';
import { start } from './timelinessApp';

const NBSP = '\u00a0';
const URL = '/borgeren-i-centrum?scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23';
const SELECTION = 'scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** The rows of a table as their cells' text (any wrapper with `findAll`). */
function rowsOf(table: { findAll: (selector: string) => Array<{ findAll: (selector: string) => Array<{ text: () => string }> }> }): string[][] {
  return table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('Borgeren i centrum', () => {
  it('is in the navigation after Klager og ankesager for directors, managers and the committee', async () => {
    expect(ROLES.filter((role) => canUse(role, 'citizens'))).toEqual(['director', 'manager', 'committee']);
    const { wrapper } = await start(URL, CITIZENS);
    const links = wrapper.findAll('.main-nav__link').map((a) => a.text());
    expect(links.slice(links.indexOf('Klager og ankesager'), links.indexOf('Klager og ankesager') + 2)).toEqual([
      'Klager og ankesager',
      'Borgeren i centrum',
    ]);
  });

  it('shows the headline figures and the timeliness gap in one sentence', async () => {
    const { wrapper } = await start(URL, CITIZENS);
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Borgeren i centrum');
    const tiles = main.findAll('.kpi').map((k) => [k.get('.kpi__label').text(), k.get('.kpi__value').text()]);
    expect(tiles).toEqual([
      ['Borgere med aktive sager', '160'],
      ['Borgere med sager i flere afdelinger', '20'],
      ['Sagsbehandlere pr. borger med sager i flere afdelinger', '2,4'],
      ['Rettidighed for borgere med sager i flere afdelinger', `64,0${NBSP}%`],
    ]);
    expect(main.text()).toContain(`12,5${NBSP}% af borgerne med aktive sager.`);
    expect(main.text()).toContain(`35,0${NBSP}% havde 3 eller flere sagsbehandlere mod 10,0${NBSP}% af de øvrige.`);
    expect(main.text()).toContain('Af 150 og 2.300 afgjorte sager med frist.');
    expect(main.get('.citizens-gap').text()).toBe(
      `Sager for borgere med sager i flere afdelinger blev afgjort rettidigt i 64${NBSP}% af tilfældene mod 78${NBSP}% for øvrige borgere (14 procentpoint lavere).`,
    );
  });

  it('tabulates the departments and then the scope, withheld figures the house way, each linking to its own figures', async () => {
    const { wrapper } = await start(URL, CITIZENS);
    const panel = wrapper.findAll('section.panel').find((s) => s.find('h2').exists() && s.get('h2').text() === 'Enhederne')!;
    const table = panel.get('table');
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Enhed', 'Borgere med aktive sager', 'Borgere i flere afdelinger', 'Andel i flere afdelinger',
      'Sagsbehandlere pr. borger, flere afdelinger', 'Sagsbehandlere pr. borger, øvrige',
      '3+ sagsbehandlere, flere afdelinger', '3+ sagsbehandlere, øvrige',
    ]);
    expect(rowsOf(table)).toEqual([
      ['Myndighed Børn', '80', '6', `7,5${NBSP}%`, '2,4', '1,5', `35,0${NBSP}%`, `10,0${NBSP}%`],
      ['Afdeling 2', '80', '6', `7,5${NBSP}%`, '2,4', '1,5', `35,0${NBSP}%`, `10,0${NBSP}%`],
      ['Afdeling 10', '< 5', '0', 'skjult', '–', 'skjult', '–', 'skjult'],
      ['Børnecenter Handicap i alt', '160', '20', `12,5${NBSP}%`, '2,4', '1,5', `35,0${NBSP}%`, `10,0${NBSP}%`],
    ]);
    expect(table.get('tbody tr:first-child a').attributes('href')).toBe(
      '/borgeren-i-centrum?scope=MYN-B&from=2025-11-24&to=2026-11-23&asOf=2026-11-23',
    );
    expect(panel.text()).toContain('»< 5« betyder 1–4.');
    expect(panel.findAll('button').map((b) => b.text())).toEqual(['Hent CSV: Enhederne']);
  });

  it('sums up the combinations and shows them as a table on request', async () => {
    const { wrapper } = await start(URL, CITIZENS);
    const panel = wrapper.findAll('section.panel').find((s) => s.text().includes('Hvilke afdelinger borgerne går på tværs af'))!;
    expect(panel.text()).toContain('Den hyppigste kombination er Myndighed Børn + Afdeling 2 med 17 borgere.');
    expect(panel.find('.chart-stub').exists()).toBe(true);
    await panel.get('button[aria-pressed]').trigger('click');
    expect(rowsOf(panel.get('table'))).toEqual([
      ['Myndighed Børn + Afdeling 2', '2', '17'],
      ['Afdeling 2 + Afdeling 10', '2', '< 5'],
    ]);
  });

  it('lists the cross-department citizens for a director, with the purpose, a page at a time', async () => {
    const { wrapper, calls } = await start(URL, CITIZENS);
    const first = calls.find((c) => c.name === 'CrossDepartmentCitizens')!;
    expect(first).toMatchObject({ purpose: 'CITIZEN_OVERVIEW', variables: { scope: 'BCH', asOf: '2026-11-23', first: 25, offset: 0 } });
    // The aggregate figures need no purpose.
    expect(calls.find((c) => c.name === 'CitizensScope')!.purpose).toBeUndefined();
    const panel = wrapper.findAll('section.panel').find((s) => s.get('h2').text() === 'Borgere med sager i flere afdelinger')!;
    expect(panel.text()).toContain('Viser 1–25 af 30 borgere.');
    const rows = rowsOf(panel.get('table'));
    expect(rows[0]).toEqual(['P-1', 'Myndighed Børn, Afdeling 2', '2', '4']);
    expect(panel.get('tbody a').attributes('href')).toBe(`/borgere/P-1?${SELECTION}`);
    // Personal data: no download.
    expect(panel.text()).not.toContain('Hent CSV');

    await panel.get('nav button:last-child').trigger('click');
    await settle();
    expect(calls.filter((c) => c.name === 'CrossDepartmentCitizens').at(-1)!.variables).toMatchObject({ offset: 25 });
    expect(panel.text()).toContain('Viser 26–30 af 30 borgere.');
    expect(panel.get('nav button:last-child').attributes('disabled')).toBeDefined();
    expect(panel.get('nav button:first-child').attributes('disabled')).toBeUndefined();
  });

  it('shows the committee the figures but never the list of citizens', async () => {
    const { wrapper, calls } = await start(URL, CITIZENS, 'committee');
    expect(wrapper.get('main h1').text()).toBe('Borgeren i centrum');
    expect(wrapper.get('.citizens-gap').text()).toContain('14 procentpoint lavere');
    expect(calls.some((c) => c.name === 'CrossDepartmentCitizens')).toBe(false);
    expect(wrapper.findAll('main h2').map((h) => h.text())).not.toContain('Borgere med sager i flere afdelinger');
  });

  it('says so when the figures cannot be fetched, and offers to try again', async () => {
    const { wrapper } = await start(URL, { ...CITIZENS, CitizensScope: () => null });
    const alert = wrapper.get('main [role="alert"]');
    expect(alert.text()).toContain('Prøv igen');
  });
});
