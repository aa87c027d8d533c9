// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import { createAppRouter } from '../../client/router';
import { createAppI18n, DEPARTMENTS, jsonResponse, pathOf, sessionFor } from './fixtures';

/** The API as the server will answer it, by operation name; signed in as a director. */
function api(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  return vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (pathOf(url) === '/auth/session') return jsonResponse(sessionFor('director', 'Dorthe Direktør'));
    const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: Record<string, unknown> };
    const name = /query (\w+)/.exec(query)![1]!;
    return jsonResponse({ data: answers[name]!(variables) });
  });
}

const DATA_STATUS = {
  dataStatus: {
    empty: false,
    latestEvent: '2026-11-20',
    receivedRange: { from: '2024-01-02', to: '2026-11-19' },
    counts: [
      { entity: 'cases', count: 14000 },
      { entity: 'assignments', count: 31250 },
      { entity: 'something_new', count: 3 },
    ],
    receivedPerMonth: [
      { month: '2026-09', count: 1200 },
      { month: '2026-11', count: 900 },
    ],
    lastImport: null,
    imports: [
      {
        id: '7',
        startedAt: '2026-11-21T07:00:00.000Z',
        finishedAt: '2026-11-21T07:02:30.000Z',
        startedBy: 'admin',
        source: '/data/export-2026-11-21',
        status: 'SUCCEEDED',
        errorCount: 0,
        files: [
          { file: 'cases.csv', sha256: 'ab'.repeat(32), bytes: 1_200_000, records: 14000 },
          { file: 'departments.csv', sha256: 'cd'.repeat(32), bytes: 900, records: 1 },
        ],
        counts: [
          { file: 'cases.csv', inserted: 100, updated: 20, unchanged: 13880, removed: 0 },
          { file: 'departments.csv', inserted: 0, updated: 0, unchanged: 1, removed: 2 },
        ],
      },
    ],
  },
};

async function start(url: string, fetch: ReturnType<typeof api>) {
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(url);
  await router.isReady();
  const wrapper = mount(App, {
    global: {
      plugins: [pinia, router, createAppI18n('da')],
      // ECharts needs a real canvas; the chart's option is tested on its own.
      stubs: { Echarts: defineComponent({ props: ['option'], setup: () => () => h('div', { class: 'chart-stub' }) }) },
    },
    attachTo: document.body,
  });
  await settle();
  return { wrapper, router };
}

async function settle() {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the app shell', () => {
  it('shows the overview of the first root with its children, and writes the selection into the URL', async () => {
    const fetch = api({
      Departments: () => ({ departments: DEPARTMENTS }),
      IndicatorOverview: (v) => ({
        figures: {
          scope: { id: v.scope, name: DEPARTMENTS.find((d) => d.id === v.scope)!.name },
          indicators: [],
          children: DEPARTMENTS.filter((d) => d.parent?.id === v.scope).map((d) => ({ scope: { id: d.id, name: d.name }, indicators: [] })),
        },
      }),
    });
    const { wrapper, router } = await start('/?scope=SOC&asOf=2026-11-23', fetch);

    expect(wrapper.get('.skip-link').attributes('href')).toBe('#main');
    expect(wrapper.get('main#main h1').text()).toBe('Overblik');
    expect(wrapper.findAll('.main-nav__link').map((a) => a.text())).toEqual([
      'Overblik',
      'Rettidighed',
      'Personale og kontinuitet',
      'Klager og ankesager',
      'Borgeren i centrum',
      'Ledelsestilsyn',
      'Udvalg',
      'Datastatus',
    ]);
    expect(router.currentRoute.value.query).toEqual({ scope: 'SOC', from: '2025-11-24', to: '2026-11-23', asOf: '2026-11-23' });
    // Navigation keeps the selection.
    expect(wrapper.findAll('.main-nav__link')[7]!.attributes('href')).toBe(
      '/data?scope=SOC&from=2025-11-24&to=2026-11-23&asOf=2026-11-23',
    );

    expect(wrapper.get('#scope-heading').text()).toBe('Socialforvaltningen');
    expect(wrapper.get('.breadcrumb').text()).toBe('Socialforvaltningen');
    // The scope's own row first, then its departments (the matrix itself: test/client/Overview*.test.ts).
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual([
      'I altSocialforvaltningen i alt', 'Børnecenter Handicap', 'Center for Voksne',
    ]);
    const overviewCall = fetch.mock.calls
      .filter((c) => pathOf(c[0]) === '/graphql')
      .map((c) => JSON.parse(c[1]!.body as string))
      .find((b) => b.query.includes('Overview'));
    expect(overviewCall.variables).toMatchObject({ scope: 'SOC', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23' });

    // Choosing a scope in the picker goes through the store into the URL and refetches.
    await wrapper.get('.selection-bar select').setValue('BCH');
    await settle();
    expect(router.currentRoute.value.query.scope).toBe('BCH');
    expect(wrapper.get('#scope-heading').text()).toBe('Børnecenter Handicap');
    expect(wrapper.get('.breadcrumb').text()).toContain('Socialforvaltningen');
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['I altBørnecenter Handicap i alt', 'Afdeling 2', 'Afdeling 10', 'Myndighed Børn']);
  });

  it('switches language everywhere, including <html lang>', async () => {
    const fetch = api({ Departments: () => ({ departments: [] }) });
    const { wrapper } = await start('/', fetch);
    expect(wrapper.text()).toContain('Der er endnu ingen enheder.');
    const english = wrapper.findAll('.language-switch button').find((b) => b.text() === 'English')!;
    await english.trigger('click');
    await settle();
    expect(document.documentElement.lang).toBe('en');
    expect(wrapper.get('main h1').text()).toBe('Overview');
    expect(wrapper.text()).toContain('There are no units yet.');
    expect(english.attributes('aria-pressed')).toBe('true');
  });

  it('shows the data status: counts, range, chart with table alternative, imports', async () => {
    const fetch = api({ Departments: () => ({ departments: DEPARTMENTS }), DataStatus: () => DATA_STATUS });
    const { wrapper } = await start('/data', fetch);
    expect(wrapper.get('main h1').text()).toBe('Datastatus');
    expect(wrapper.find('.selection-bar').exists()).toBe(false);

    const counts = wrapper.findAll('table')[0]!.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
    expect(counts).toEqual([
      ['Sager', '14.000'],
      ['Sagsbehandlerperioder', '31.250'],
      ['something_new', '3'],
    ]);
    expect(wrapper.get('.facts').text()).toContain('02.01.2024–19.11.2026');
    expect(wrapper.text()).toContain(
      'Fra sep. 2026 til nov. 2026 er der modtaget 2.100 sager i alt. Flest i sep. 2026 med 1.200 sager.',
    );
    expect(wrapper.find('.chart-stub').exists()).toBe(true);

    const toggle = wrapper.findAll('button').find((b) => b.text() === 'Vis som tabel')!;
    await toggle.trigger('click');
    const monthRows = wrapper.findAll('.panel table')[1]!.findAll('tbody tr').map((tr) => tr.text());
    expect(monthRows).toEqual(['sep. 20261.200', 'okt. 20260', 'nov. 2026900']);
    expect(toggle.text()).toBe('Vis som diagram');

    const importRow = wrapper.findAll('table').at(-1)!.get('tbody tr');
    const cells = importRow.findAll('th, td').map((c) => c.text());
    expect(cells[0]).toBe('21.11.2026, 08.00 afsluttet 21.11.2026, 08.02');
    expect(cells[1]).toBe('admin');
    expect(cells[3]).toBe('Gennemført');
    expect(cells[4]).toContain('2 filer');
    expect(cells[4]).toContain('14.001 poster');
    expect(cells[4]).toContain('cases.csv: 14.000 poster');
    expect(cells[4]).toContain('departments.csv: 1 post');
    expect(cells.slice(5)).toEqual(['100', '20', '13.881', '2', '0']);
  });

  it('says when no data has been imported, and how to import', async () => {
    const empty = {
      dataStatus: { ...DATA_STATUS.dataStatus, empty: true, counts: [], receivedPerMonth: [], receivedRange: null, latestEvent: null, imports: [] },
    };
    const fetch = api({ Departments: () => ({ departments: [] }), DataStatus: () => empty });
    const { wrapper } = await start('/data', fetch);
    expect(wrapper.text()).toContain('Der er endnu ikke importeret data');
    expect(wrapper.get('pre.command').text()).toBe('npm run import -- <mappe>');
    expect(wrapper.text()).toContain('Der er ikke foretaget nogen importer.');
  });
});
