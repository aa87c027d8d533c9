// @vitest-environment happy-dom
// The public page as a citizen sees it: no sign-in, the published table as cards, search, and
// the states around it (not published, nothing yet, too many requests).
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import { createAppRouter } from '../../client/router';
import { createAppI18n, jsonResponse, pathOf } from './fixtures';

const card = (over: Record<string, unknown>) => ({
  departmentId: 'BORN', departmentName: 'Myndighed Børn', caseTypeId: 'SEL-41', caseTypeName: 'Merudgifter til børn',
  legalBasis: 'Serviceloven § 41', deadline: { value: 3, unit: 'MONTHS' }, decisions: 1234, decisionsWithDeadline: 1234,
  medianDays: 52.5, p80Days: 78, onTimeRate: 0.823, withheld: false, withheldReason: null, ...over,
});
const PUBLISHED = {
  published: true, dataDate: '2025-06-30', periodFrom: '2024-07-01', minimumDecisions: 20,
  rows: [
    card({}),
    card({ caseTypeId: 'SEL-45', caseTypeName: 'Ledsagelse for unge', legalBasis: 'Serviceloven § 45', deadline: { value: 1, unit: 'WEEKS' },
      decisions: null, decisionsWithDeadline: null, medianDays: null, p80Days: null, onTimeRate: null, withheld: true, withheldReason: 'TOO_FEW_DECISIONS' }),
    card({ departmentId: 'HJM', departmentName: 'Hjælpemidler', caseTypeId: 'HJ', caseTypeName: 'Hjælpemidler', legalBasis: null, deadline: null,
      decisionsWithDeadline: 0, onTimeRate: null }),
  ],
};

async function visitSignedOut(answer: () => Response) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    if (pathOf(input) === '/auth/session') return jsonResponse({ error: 'signed-out' }, 401);
    if (pathOf(input) === '/graphql') return answer();
    return jsonResponse({ error: 'not-found' }, 404);
  });
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push('/sagsbehandlingstider');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [pinia, router, createAppI18n('da')] }, attachTo: document.body });
  for (let i = 0; i < 10; i += 1) await flushPromises();
  return { wrapper, router };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the public page Sagsbehandlingstider', () => {
  it('opens without signing in, with no app navigation, in Danish', async () => {
    const { wrapper, router } = await visitSignedOut(() => jsonResponse({ data: { publicProcessingTimes: PUBLISHED } }));
    expect(router.currentRoute.value.name).toBe('public-times');
    expect(wrapper.get('main h1').text()).toBe('Sagsbehandlingstider');
    expect(wrapper.find('nav').exists()).toBe(false);
    expect(document.documentElement.lang).toBe('da');
    expect(wrapper.get('main').text()).toContain('Tallene er opgjort 30.06.2025 og gælder afgørelser fra 01.07.2024 til 30.06.2025.');
  });

  it('shows each case type as a card under its department, in plain words', async () => {
    const { wrapper } = await visitSignedOut(() => jsonResponse({ data: { publicProcessingTimes: PUBLISHED } }));
    expect(wrapper.findAll('main h2').map((h) => h.text())).toEqual(['Hjælpemidler 1 sagstype', 'Myndighed Børn 2 sagstyper', 'Sådan skal du læse tallene', 'Åbne data']);
    const [help, ledsagelse, merudgifter] = wrapper.findAll('.time-card');
    const figures = (c: typeof merudgifter) => c!.findAll('.time-card__figure').map((f) => [f.get('dt').text(), f.get('dd').text()]);
    expect(figures(merudgifter)).toEqual([
      ['Kommunens frist', '3 måneder'], ['Halvdelen fik svar inden for', '52,5 dage'], ['8 ud af 10 fik svar inden for', '78 dage'],
      ['Fik svar inden for fristen', '82\u00a0%'], ['Antal afgørelser', '1.234'],
    ]);
    expect(figures(ledsagelse)).toEqual([['Kommunens frist', '1 uge']]);
    expect(ledsagelse!.text()).toContain('For få afgørelser');
    expect(ledsagelse!.text()).toContain('færre end 20 afgørelser');
    expect(figures(help)).toContainEqual(['Kommunens frist', 'Ingen fast frist']);
    expect(figures(help)).toContainEqual(['Fik svar inden for fristen', 'Ingen frist at måle på']);
    expect(wrapper.get('a[href="/aabne-data/sagsbehandlingstider.csv"]').text()).toBe('Hent som CSV (regneark)');
  });

  it('searches by case type or legal basis, saying how many are shown', async () => {
    const { wrapper } = await visitSignedOut(() => jsonResponse({ data: { publicProcessingTimes: PUBLISHED } }));
    const input = wrapper.get('input[type="search"]');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Søg efter sagstype eller lovgrundlag');
    await input.setValue('§ 45');
    expect(wrapper.findAll('.time-card h3').map((h) => h.text())).toEqual(['Ledsagelse for unge']);
    expect(wrapper.get('[role="status"]').text()).toBe('Viser 1 af 3 sagstyper.');
    await wrapper.get('button[aria-label="Ryd søgningen"]').trigger('click');
    expect(wrapper.findAll('.time-card')).toHaveLength(3);
    expect(document.activeElement).toBe(input.element);
    await input.setValue('boligstøtte');
    expect(wrapper.get('main').text()).toContain('Ingen sagstyper passer til »boligstøtte«.');
  });

  it('says so when the figures are not published, or none exist yet', async () => {
    const off = await visitSignedOut(() => jsonResponse({ data: { publicProcessingTimes: { ...PUBLISHED, published: false, dataDate: null, periodFrom: null, rows: [] } } }));
    expect(off.wrapper.get('main').text()).toContain('Sagsbehandlingstiderne er ikke offentliggjort');
    expect(off.wrapper.find('input[type="search"]').exists()).toBe(false);
    off.wrapper.unmount();
    const empty = await visitSignedOut(() => jsonResponse({ data: { publicProcessingTimes: { ...PUBLISHED, rows: [] } } }));
    expect(empty.wrapper.get('main').text()).toContain('Der er endnu ingen sagsbehandlingstider at vise.');
  });

  it('asks the citizen to wait after too many requests, and tries again', async () => {
    let refuse = true;
    const { wrapper } = await visitSignedOut(() => (refuse
      ? jsonResponse({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }, 429)
      : jsonResponse({ data: { publicProcessingTimes: PUBLISHED } })));
    expect(wrapper.get('[role="alert"]').text()).toContain('Vent et minut, og prøv igen.');
    refuse = false;
    await wrapper.get('[role="alert"] button').trigger('click');
    for (let i = 0; i < 10; i += 1) await flushPromises();
    expect(wrapper.findAll('.time-card')).toHaveLength(3);
  });
});
