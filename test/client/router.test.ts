import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../../client/router';
import { useSessionStore } from '../../client/stores/session';
import { createAuthApi } from '../../client/utils/authApi';
import type { Role } from '../../client/utils/roleAccess';
import { fakeServer, signedOut } from './authFetch';
import { jsonResponse, sessionFor } from './fixtures';

/** The app's router with the session the server answers: signed out, or signed in as `role`. */
async function routerAs(role: Role | null) {
  const pinia = createPinia();
  const fetch = fakeServer({ '/auth/session': () => (role ? jsonResponse(sessionFor(role)) : signedOut()) });
  useSessionStore(pinia).setApi(createAuthApi(fetch));
  const router = createAppRouter(createMemoryHistory(), pinia);
  return { router, fetch, session: useSessionStore(pinia) };
}

async function visit(role: Role | null, url: string) {
  const { router } = await routerAs(role);
  await router.push(url);
  return router.currentRoute.value;
}

describe('the route guard', () => {
  it('loads the session once, before the first page resolves', async () => {
    const { router, fetch, session } = await routerAs('director');
    await router.push('/');
    expect(session.loaded).toBe(true);
    await router.push('/rettidighed');
    await router.push('/data');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('sends a visitor without a session to /log-ind with returnTo', async () => {
    const route = await visit(null, '/rettidighed?scope=SOC&asOf=2026-11-23');
    expect(route.name).toBe('sign-in');
    expect(route.path).toBe('/log-ind');
    expect(route.query.returnTo).toBe('/rettidighed?scope=SOC&asOf=2026-11-23');
    expect((await visit(null, '/ingen-adgang')).name).toBe('sign-in');
    expect((await visit(null, '/findes/ikke')).name).toBe('sign-in');
  });

  it('leaves /log-ind open to visitors without a session', async () => {
    const route = await visit(null, '/log-ind?expired=1');
    expect(route.name).toBe('sign-in');
    expect(route.query).toEqual({ expired: '1' });
  });

  it('shows the not-allowed page when a committee member opens /rettidighed', async () => {
    const route = await visit('committee', '/rettidighed');
    expect(route.name).toBe('forbidden');
    expect(route.path).toBe('/ingen-adgang');
    expect(route.query.page).toBe('/rettidighed');
    expect(route.meta.selection).toBe(false);
  });

  it('lets a director use the director’s pages, and not the admin’s', async () => {
    for (const path of ['/', '/rettidighed', '/kontinuitet', '/tilsyn', '/udvalg', '/data']) {
      expect((await visit('director', path)).path).toBe(path);
    }
    expect((await visit('director', '/brugere')).name).toBe('forbidden');
    expect((await visit('director', '/tjekliste')).name).toBe('forbidden');
  });

  it('lets an admin use the admin pages only', async () => {
    expect((await visit('admin', '/brugere')).name).toBe('users');
    expect((await visit('admin', '/adgangslog')).name).toBe('access-log');
    expect((await visit('admin', '/tjekliste')).name).toBe('checklist');
    expect((await visit('admin', '/rettidighed')).name).toBe('forbidden');
  });

  it('sends each role from the home address to its own start page', async () => {
    expect((await visit('committee', '/')).name).toBe('committee');
    expect((await visit('reviewer', '/')).name).toBe('supervision');
    expect((await visit('admin', '/')).name).toBe('data');
    expect((await visit('manager', '/')).name).toBe('overview');
  });

  it('sends a signed-in user away from /log-ind, to returnTo or the start page', async () => {
    expect((await visit('reviewer', '/log-ind')).name).toBe('supervision');
    expect((await visit('director', '/log-ind?returnTo=%2Fudvalg')).path).toBe('/udvalg');
  });
});
