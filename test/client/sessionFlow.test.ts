// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import { createAppRouter } from '../../client/router';
import type { Session } from '../../client/utils/authApi';
import { fakeServer, signedOut } from './authFetch';
import { createAppI18n, DEPARTMENTS, jsonResponse, sessionFor } from './fixtures';

const OPTIONS = { oidc: { enabled: false, label: null }, demoAccounts: [] };
const UNAUTHENTICATED = { errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] };

/** The whole app against a fake server whose session and GraphQL answers the test controls. */
async function start(url: string, initial: Session | null) {
  const server = { session: initial, graphqlExpired: false };
  const fetch = fakeServer({
    '/auth/session': () => (server.session ? jsonResponse(server.session) : signedOut()),
    '/auth/options': () => jsonResponse(OPTIONS),
    '/auth/sign-in': () => jsonResponse((server.session = sessionFor('director', 'Dorthe Direktør'))),
    '/auth/sign-out': () => ((server.session = null), new Response(null, { status: 204 })),
    '/graphql': (init) => {
      if (server.graphqlExpired) return jsonResponse(UNAUTHENTICATED, 401);
      const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: { scope: string } };
      if (query.includes('query Departments')) return jsonResponse({ data: { departments: DEPARTMENTS } });
      const scope = DEPARTMENTS.find((d) => d.id === variables.scope)!;
      return jsonResponse({ data: { figures: { scope: { id: scope.id, name: scope.name }, indicators: [], children: [] } } });
    },
  });
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(url);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [pinia, router, createAppI18n('da')] }, attachTo: document.body });
  await settle();
  return { wrapper, router, server, fetch };
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

describe('signing in and out', () => {
  it('shows only the sign-in page to a visitor without a session: no navigation, no selection', async () => {
    const { wrapper, router, fetch } = await start('/rettidighed', null);
    expect(router.currentRoute.value.fullPath).toBe('/log-ind?returnTo=/rettidighed');
    expect(wrapper.get('main h1').text()).toBe('Log ind');
    expect(wrapper.find('.main-nav').exists()).toBe(false);
    expect(wrapper.find('.user-menu').exists()).toBe(false);
    expect(wrapper.find('.selection-bar').exists()).toBe(false);
    // Nothing is asked of the API before someone signs in.
    expect(fetch.mock.calls.some(([u]) => String(u) === '/graphql')).toBe(false);
  });

  it('shows the user’s name and role, and only the role’s pages', async () => {
    const { wrapper } = await start('/udvalg', sessionFor('committee', 'Ulla Udvalg'));
    expect(wrapper.get('.user-menu__name').text()).toBe('Ulla Udvalg');
    expect(wrapper.get('.user-menu__role').text()).toBe('Udvalgsmedlem');
    expect(wrapper.get('.user-menu button').text()).toBe('Log ud');
    expect(wrapper.findAll('.main-nav__link').map((a) => a.text())).toEqual(['Klager og ankesager', 'Borgeren i centrum', 'Udvalg']);
  });

  it('explains a page outside the role, and links to the role’s own start page', async () => {
    const { wrapper, router } = await start('/rettidighed', sessionFor('committee', 'Ulla Udvalg'));
    expect(router.currentRoute.value.name).toBe('forbidden');
    expect(wrapper.get('main h1').text()).toBe('Ingen adgang');
    expect(wrapper.get('main').text()).toContain('Siden »Rettidighed« er ikke en del af din rolle som Udvalgsmedlem.');
    const back = wrapper.get('main a');
    expect(back.text()).toBe('Gå til Udvalg');
    expect(back.attributes('href')).toMatch(/^\/udvalg\?/);
    expect(wrapper.find('.selection-bar').exists()).toBe(false);
  });

  it('signs out to the sign-in page', async () => {
    const { wrapper, router, fetch } = await start('/brugere', sessionFor('admin', 'Anders Admin'));
    expect(wrapper.findAll('.main-nav__link').map((a) => a.text())).toEqual(['Datastatus', 'Brugere', 'Adgangslog', 'Offentliggørelse', 'Tjekliste']);
    await wrapper.get('.user-menu button').trigger('click');
    await settle();
    expect(fetch.mock.calls.some(([u, init]) => String(u) === '/auth/sign-out' && init?.method === 'POST')).toBe(true);
    expect(router.currentRoute.value.fullPath).toBe('/log-ind');
    expect(wrapper.find('.user-menu').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Din session er udløbet');
  });

  it('sends an expired session to sign in again, and back to the same page and selection afterwards', async () => {
    const { wrapper, router, server } = await start('/?scope=SOC&asOf=2026-11-23', sessionFor('director', 'Dorthe Direktør'));
    const page = router.currentRoute.value.fullPath;
    expect(page).toBe('/?scope=SOC&from=2025-11-24&to=2026-11-23&asOf=2026-11-23');

    // The session runs out on the server; the next request (choosing another unit) finds out.
    server.session = null;
    server.graphqlExpired = true;
    await wrapper.get('.selection-bar select').setValue('BCH');
    await settle();
    const expiredAt = '/?scope=BCH&from=2025-11-24&to=2026-11-23&asOf=2026-11-23';
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({ returnTo: expiredAt, expired: '1' });
    expect(wrapper.get('[role="alert"]').text()).toBe('Din session er udløbet. Log ind igen.');
    expect(wrapper.find('.main-nav').exists()).toBe(false);

    server.graphqlExpired = false;
    await wrapper.get('#sign-in-username').setValue('dorthe');
    await wrapper.get('#sign-in-password').setValue('hemmelig');
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe(expiredAt);
    expect(wrapper.get('#scope-heading').text()).toBe('Børnecenter Handicap');
    expect(wrapper.findAll('.main-nav__link')).toHaveLength(8);
  });
});
