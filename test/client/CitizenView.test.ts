// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canUse, ROLES } from '../../client/utils/roleAccess';
import { CITIZENS, citizenOverview } from './CitizenFixtures';
import { FIGURES, start } from './timelinessApp';

const SELECTION = 'scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23';
const URL = `/borgere/P-1?${SELECTION}`;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the citizen view', () => {
  it('is for directors and managers, outside the navigation', () => {
    expect(ROLES.filter((role) => canUse(role, 'citizen'))).toEqual(['director', 'manager']);
  });

  it('reads the citizen with the CITIZEN_OVERVIEW purpose and the as-of date', async () => {
    const { wrapper, calls } = await start(URL, CITIZENS);
    expect(calls.find((c) => c.name === 'Citizen')).toMatchObject({
      purpose: 'CITIZEN_OVERVIEW',
      variables: { pseudonym: 'P-1', asOf: '2026-11-23' },
    });
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Borger P-1');
    expect(main.get('.facts').text()).toContain('Myndighed Børn, Afdeling 2');
    expect(main.find('.notice').exists()).toBe(false);
    expect(main.get('a[href^="/borgeren-i-centrum"]').text()).toBe('Tilbage til Borgeren i centrum');
  });

  it('draws one timeline row per case by receipt, with caseworkers, deadline, decision and appeal', async () => {
    const { wrapper } = await start(URL, CITIZENS);
    const svg = wrapper.get('.citizen-timeline__chart');
    expect(svg.attributes('aria-label')).toBe(
      'Tidslinje over borgerens 2 sager fra 01.03.2026 til 23.11.2026. Tabellen nedenfor har de samme oplysninger.',
    );
    const labels = svg.findAll('text[font-weight="600"]').map((t) => t.text());
    expect(labels).toEqual(['C-1 · Merudgifter', 'C-2 · Socialpædagogisk støtte']);
    const titles = svg.findAll('title').map((t) => t.text());
    expect(titles).toEqual([
      'Anna Andersen: 11.03.2026–15.04.2026',
      'Bo Berg: 15.04.2026–Fortsat',
      'Fristen udløber 05.05.2026',
      'Afgjort 20.05.2026',
      'Klaget 10.06.2026',
      'Bo Berg: 02.06.2026–Fortsat',
      'Fristen udløber 01.08.2026',
    ]);
    // The open case ends in an arrow; the legend says what each mark means.
    expect(svg.findAll('polygon').length).toBe(3);
    expect(wrapper.get('.citizen-timeline__legend').text()).toContain('Åben sag');
  });

  it('tabulates the cases, each linking to the case page', async () => {
    const { wrapper } = await start(URL, CITIZENS);
    const panel = wrapper.findAll('section.panel').find((s) => s.get('h2').text() === 'Sagerne')!;
    const rows = panel.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual([
      ['C-1', 'Merudgifter', 'Myndighed Børn', '10.03.2026', '05.05.2026', '20.05.2026 – efter fristen', '25.05.2026', 'Anna Andersen, Bo Berg', '1'],
      ['C-2', 'Socialpædagogisk støtte', 'Afdeling 2', '01.06.2026', '01.08.2026', 'Ikke afgjort', 'Åben', 'Bo Berg', '0'],
    ]);
    expect(panel.get('tbody a').attributes('href')).toBe(`/sager/C-1?${SELECTION}`);
  });

  it('tells a manager how many cases elsewhere they cannot open', async () => {
    const { wrapper } = await start(URL, { ...CITIZENS, Citizen: () => citizenOverview(2) }, 'manager');
    expect(wrapper.get('main .notice').text()).toBe('Borgeren har 2 sager i andre afdelinger, som du ikke kan åbne.');
    document.body.innerHTML = '';
    const one = await start(URL, { ...CITIZENS, Citizen: () => citizenOverview(1) }, 'manager');
    expect(one.wrapper.get('main .notice').text()).toBe('Borgeren har én sag i en anden afdeling, som du ikke kan åbne.');
  });

  it('says so when the citizen is unknown or outside the role', async () => {
    const { wrapper } = await start('/borgere/NOPE', { ...CITIZENS, Citizen: () => ({ citizen: null }) });
    expect(wrapper.get('main').text()).toContain('Borgeren findes ikke, eller din rolle giver ikke adgang til nogen af borgerens sager.');
    expect(wrapper.find('.citizen-timeline').exists()).toBe(false);
  });

  it('sends the committee and reviewers to the not-allowed page without reading the citizen', async () => {
    for (const role of ['committee', 'reviewer'] as const) {
      const { router, calls } = await start(URL, CITIZENS, role);
      expect(router.currentRoute.value.name).toBe('forbidden');
      expect(calls.some((c) => c.name === 'Citizen')).toBe(false);
      document.body.innerHTML = '';
    }
  });
});

describe('the case page’s citizen', () => {
  const CASE = citizenOverview().citizen!.cases[1]!;
  const answers = { ...FIGURES, Case: () => ({ case: CASE }) };

  it('links to the citizen view for a director', async () => {
    const { wrapper } = await start(`/sager/C-1?${SELECTION}`, answers);
    expect(wrapper.get('.facts a').attributes('href')).toBe(`/borgere/P-1?${SELECTION}`);
  });

  it('is plain text for a reviewer, who may not open the citizen view', async () => {
    const { wrapper } = await start(`/sager/C-1?${SELECTION}`, answers, 'reviewer');
    expect(wrapper.get('.facts').text()).toContain('P-1');
    expect(wrapper.find('.facts a').exists()).toBe(false);
  });
});
