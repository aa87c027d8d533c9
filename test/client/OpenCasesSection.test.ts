// @vitest-environment happy-dom
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import OpenCasesSection from '../../client/components/timeliness/OpenCasesSection.vue';
import { createAppI18n, jsonResponse } from './fixtures';
import { openCasesPage } from './timelinessFixtures';

interface Asked {
  variables: { scope: string; asOf: string; filter: string; first: number; offset: number };
  purpose: string | undefined;
}

/** 60 overdue cases and 3 due soon, paged as the server pages them. */
function fakeServer() {
  const asked: Asked[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(init!.body as string) as Pick<Asked, 'variables'>;
    asked.push({ variables, purpose: (init!.headers as Record<string, string>)['X-Tilsyn-Purpose'] });
    const total = variables.filter === 'OVERDUE' ? 60 : 3;
    const count = Math.max(0, Math.min(variables.first, total - variables.offset));
    return jsonResponse({ data: openCasesPage(variables.offset, count, total) });
  });
  return { fetch, asked };
}

function render() {
  return mount(OpenCasesSection, {
    props: {
      scope: 'BCH',
      scopeName: 'Børnecenter Handicap',
      asOf: '2026-11-23',
      selectionQuery: { scope: 'BCH', from: '2025-11-24', to: '2026-11-23', asOf: '2026-11-23' },
    },
    global: { plugins: [createAppI18n('da')], stubs: { RouterLink: RouterLinkStub } },
  });
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await flushPromises();
}

afterEach(() => vi.unstubAllGlobals());

describe('the overdue list', () => {
  it('asks for the first 50 overdue cases with the OVERDUE_LIST purpose, and links each case', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = render();
    await settle();
    expect(asked).toEqual([
      { variables: { scope: 'BCH', asOf: '2026-11-23', filter: 'OVERDUE', first: 50, offset: 0 }, purpose: 'OVERDUE_LIST' },
    ]);
    expect(wrapper.findAll('tbody tr')).toHaveLength(50);
    expect(wrapper.text()).toContain('Viser 50 af 60 sager.');
    const first = wrapper.get('tbody tr').findAll('th, td').map((c) => c.text());
    expect(first).toEqual(['C-1', '01.10.2026', '53', 'Merudgifter', 'Myndighed Børn', 'Anna Andersen', '120']);
    expect(wrapper.findComponent(RouterLinkStub).props('to')).toEqual({
      name: 'case',
      params: { id: 'C-1' },
      query: { scope: 'BCH', from: '2025-11-24', to: '2026-11-23', asOf: '2026-11-23' },
    });
  });

  it('appends the next page on "Vis flere" until there are no more', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = render();
    await settle();
    await wrapper.get('button.open-cases__more').trigger('click');
    await settle();
    expect(asked[1]).toEqual({
      variables: { scope: 'BCH', asOf: '2026-11-23', filter: 'OVERDUE', first: 50, offset: 50 },
      purpose: 'OVERDUE_LIST',
    });
    const ids = wrapper.findAll('tbody tr th').map((th) => th.text());
    expect(ids).toHaveLength(60);
    expect(ids.slice(48, 52)).toEqual(['C-49', 'C-50', 'C-51', 'C-52']);
    expect(wrapper.text()).toContain('Viser 60 af 60 sager.');
    expect(wrapper.find('button.open-cases__more').exists()).toBe(false);
  });

  it('starts over when the filter changes, and says when nothing matches', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = render();
    await settle();
    const toggles = wrapper.findAll('[role="group"] button');
    expect(toggles.map((b) => [b.text(), b.attributes('aria-pressed')])).toEqual([
      ['Overskredet frist', 'true'],
      ['Frist inden for 14 dage', 'false'],
      ['Alle verserende', 'false'],
    ]);
    await toggles[1]!.trigger('click');
    await settle();
    expect(asked.at(-1)!.variables).toMatchObject({ filter: 'DUE_SOON', offset: 0 });
    expect(asked.at(-1)!.purpose).toBe('OVERDUE_LIST');
    expect(wrapper.findAll('tbody tr')).toHaveLength(3);
    expect(toggles[1]!.attributes('aria-pressed')).toBe('true');
  });

  it('says so when there are no overdue cases', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ data: openCasesPage(0, 0, 0) })));
    const wrapper = render();
    await settle();
    expect(wrapper.text()).toContain('Der er ingen verserende sager med overskredet frist.');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});
