// @vitest-environment happy-dom
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ResourcesSection from '../../client/components/resources/ResourcesSection.vue';
import da from '../../client/i18n/da';
import { resourceFigures, resources } from './complaintsFixtures';
import { createAppI18n } from './fixtures';
import { api, type Answer } from './timelinessApp';

afterEach(() => vi.unstubAllGlobals());

const VARIABLES = { scope: 'BCH', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23' };

async function render(answers: Record<string, Answer>) {
  const server = api(answers);
  vi.stubGlobal('fetch', server.fetch);
  const wrapper = mount(ResourcesSection, { props: { variables: VARIABLES }, global: { plugins: [createAppI18n('da')], stubs: { RouterLink: RouterLinkStub } } });
  for (let i = 0; i < 5; i += 1) await flushPromises();
  return { wrapper, ...server };
}

const rowsOf = (wrapper: Awaited<ReturnType<typeof render>>['wrapper']) =>
  wrapper.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));

describe('the Ressourcer section', () => {
  it('shows caseload and decisions per caseworker-year per department with their bases, the scope last', async () => {
    const { wrapper, calls } = await render({ ResourcesFigures: () => resourceFigures() });
    expect(calls).toEqual([expect.objectContaining({ name: 'ResourcesFigures', variables: VARIABLES })]);
    expect(wrapper.get('h2').text()).toBe('Ressourcer');
    expect(wrapper.text()).toContain('de åbne sager pr. 23.11.2026 delt med antallet af sagsbehandlere ansat samme dag');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Enhed', 'Sager pr. sagsbehandler', 'Åbne sager', 'Ansat pr. 23.11.2026', 'Afgørelser pr. årsværk', 'Afgjorte sager', 'Gns. antal sagsbehandlere',
    ]);
    // 180 ÷ 20 = 9; 500 ÷ 20 = 25; 110 ÷ 18 = 6,11; 250 ÷ 18,5 = 13,51; 300 ÷ 40 = 7,5; 800 ÷ 42,5 = 18,82.
    expect(rowsOf(wrapper)).toEqual([
      ['Myndighed Børn', '9', '180', '20', '25', '500', '20'],
      ['Afdeling 2', '6,1', '110', '18', '13,5', '250', '18,5'],
      ['Afdeling 10', da.figure.hidden, '10', '< 5', da.figure.hidden, '50', '< 5'],
      ['Børnecenter Handicap i alt', '7,5', '300', '40', '18,8', '800', '42,5'],
    ]);
    expect(wrapper.text()).toContain('»< 5« betyder 1–4.');
  });

  it('shows an error with a retry, then the figures', async () => {
    const answers: Record<string, Answer> = {};
    const { wrapper } = await render(answers);
    expect(wrapper.get('[role="alert"]').text()).toContain('No ResourcesFigures');
    answers.ResourcesFigures = () => resourceFigures();
    await wrapper.get('[role="alert"] button').trigger('click');
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(rowsOf(wrapper)).toHaveLength(4);
  });

  it('says so when there is nothing to show', async () => {
    const none = resources(0, 0, 0, 0);
    const { wrapper } = await render({
      ResourcesFigures: () => ({ figures: { scope: { id: 'BCH', name: 'Børnecenter Handicap' }, resources: none, children: [] } }),
    });
    expect(wrapper.text()).toContain('Der er hverken åbne sager, afgørelser eller sagsbehandlere at vise for Børnecenter Handicap.');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});
