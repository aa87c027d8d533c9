import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../client/stores/session';
import { createAuthApi } from '../../client/utils/authApi';
import { fakeServer, signedOut, type AuthHandler } from './authFetch';
import { jsonResponse, sessionFor } from './fixtures';

function storeWith(handlers: Record<string, AuthHandler>) {
  const fetch = fakeServer(handlers);
  const store = useSessionStore();
  store.setApi(createAuthApi(fetch));
  return { store, fetch };
}

const DIRECTOR = sessionFor('director', 'Dorthe Direktør');

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads the current session once, however many wait for it', async () => {
    const { store, fetch } = storeWith({ '/auth/session': () => jsonResponse(DIRECTOR) });
    expect(store.user).toBeNull();
    await Promise.all([store.ensureLoaded(), store.ensureLoaded()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.loaded).toBe(true);
    expect(store.user).toEqual(DIRECTOR.user);
    expect(store.expiresAt).toBe(DIRECTOR.expiresAt);
    expect(store.landing).toBe('overview');
    expect(store.navRoutes).toContain('committee');
  });

  it('treats 401 from /auth/session as signed out, not as an error or an expiry', async () => {
    const { store } = storeWith({ '/auth/session': signedOut });
    await store.load();
    expect(store.user).toBeNull();
    expect(store.error).toBeNull();
    expect(store.expired).toBe(false);
    expect(store.navRoutes).toEqual([]);
  });

  it('signs in: POSTs JSON credentials and takes the session', async () => {
    const { store, fetch } = storeWith({ '/auth/sign-in': () => jsonResponse(sessionFor('committee', 'Ulla Udvalg')) });
    const failure = await store.signIn('ulla', 'hemmelig');
    expect(failure).toBeNull();
    expect(store.user?.displayName).toBe('Ulla Udvalg');
    expect(store.landing).toBe('committee');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/auth/sign-in');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(init?.body as string)).toEqual({ username: 'ulla', password: 'hemmelig' });
  });

  it('reports wrong credentials (401) without signing in', async () => {
    const { store } = storeWith({ '/auth/sign-in': () => jsonResponse({ error: 'invalid-credentials' }, 401) });
    expect(await store.signIn('ulla', 'forkert')).toEqual({ kind: 'invalid-credentials' });
    expect(store.user).toBeNull();
    expect(store.error).toEqual({ kind: 'invalid-credentials' });
    expect(store.pending).toBe(false);
  });

  it('reports throttling (429) with the seconds to wait, from the body or else Retry-After', async () => {
    const { store } = storeWith({ '/auth/sign-in': () => jsonResponse({ error: 'throttled', retryAfterSeconds: 42 }, 429) });
    expect(await store.signIn('ulla', 'x')).toEqual({ kind: 'throttled', retryAfterSeconds: 42 });

    const headerOnly = createAuthApi(
      fakeServer({ '/auth/sign-in': () => new Response('Too many', { status: 429, headers: { 'retry-after': '30' } }) }),
    );
    expect(await headerOnly.signIn('ulla', 'x')).toMatchObject({ ok: false, failure: { kind: 'throttled', retryAfterSeconds: 30 } });
  });

  it('tells bad requests, a missing demo mode and network failures apart', async () => {
    const { store } = storeWith({ '/auth/sign-in': () => jsonResponse({ error: 'bad-request' }, 400) });
    expect(await store.signIn('', '')).toEqual({ kind: 'bad-request' });
    expect(await store.demoSignIn('dorthe')).toEqual({ kind: 'not-available' });
    store.setApi(createAuthApi(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await store.signIn('ulla', 'x')).toEqual({ kind: 'network' });
  });

  it('signs in as a demo account with only its username', async () => {
    const { store, fetch } = storeWith({ '/auth/demo-sign-in': () => jsonResponse(sessionFor('reviewer')) });
    expect(await store.demoSignIn('test-reviewer')).toBeNull();
    expect(store.landing).toBe('supervision');
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ username: 'test-reviewer' });
  });

  it('signs out (204) and forgets the user; a failed sign-out keeps them signed in', async () => {
    const { store, fetch } = storeWith({
      '/auth/session': () => jsonResponse(DIRECTOR),
      '/auth/sign-out': () => new Response(null, { status: 204 }),
    });
    await store.load();
    expect(await store.signOut()).toBe(true);
    expect(fetch.mock.calls.at(-1)![1]!.method).toBe('POST');
    expect(store.user).toBeNull();
    expect(store.expired).toBe(false);

    await store.load();
    store.setApi(createAuthApi(fakeServer({ '/auth/sign-out': () => new Response('', { status: 502 }) })));
    expect(await store.signOut()).toBe(false);
    expect(store.user).not.toBeNull();
    expect(store.error).toEqual({ kind: 'network' });
  });

  it('expires a session the server no longer knows, and a new sign-in clears the mark', async () => {
    let answer = () => jsonResponse(DIRECTOR);
    const { store } = storeWith({
      '/auth/session': () => answer(),
      '/auth/sign-in': () => jsonResponse(DIRECTOR),
    });
    await store.load();
    answer = signedOut;
    await store.load();
    expect(store.user).toBeNull();
    expect(store.expired).toBe(true);

    // Expiring again (another request failing) changes nothing; nor does expiring while signed out.
    store.expire();
    expect(store.expired).toBe(true);
    await store.signIn('dorthe', 'x');
    expect(store.expired).toBe(false);
    store.expire();
    expect(store.expired).toBe(true);
    expect(store.user).toBeNull();
  });

  it('reads the sign-in options, keeping only well-formed demo accounts', async () => {
    const { store } = storeWith({
      '/auth/options': () =>
        jsonResponse({
          oidc: { enabled: true, label: 'MitID Erhverv' },
          demoAccounts: [{ username: 'd', displayName: 'Dorthe', role: 'director' }, { username: 'x', role: 'pope' }],
        }),
    });
    const result = await store.options();
    expect(result).toEqual({
      ok: true,
      value: { oidc: { enabled: true, label: 'MitID Erhverv' }, demoAccounts: [{ username: 'd', displayName: 'Dorthe', role: 'director' }] },
    });
  });
});
