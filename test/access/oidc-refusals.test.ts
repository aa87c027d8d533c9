// OpenID Connect sign-ins that must fail safely (to /log-ind?error=oidc, reason in the log),
// and the public-client variant, against a real provider on a loopback port.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../server/db/access-schema';
import { startOidcHarness, type OidcHarness } from '../helpers/oidc-provider';

const FAILED = '/log-ind?error=oidc';
let h: OidcHarness;

beforeAll(async () => { h = await startOidcHarness(); });
afterAll(async () => { await h?.close(); });
beforeEach(() => {
  h.logs.length = 0;
  h.clockOffsetMs = 0;
});

const messages = () => h.logs.map((l) => `${l.message} ${String(l.fields?.error ?? '')}`).join('\n');
const userNamed = async (username: string) => (await h.database.db.select().from(users).where(eq(users.username, username)))[0];
const onCallback = (change: (u: URL) => void) => (u: URL) => {
  if (u.pathname.endsWith('/oidc/callback')) change(u);
  return u;
};

describe('OpenID Connect sign-in refusals', () => {
  it('signs in through a public client (PKCE, no client secret)', async () => {
    h.provider.accounts.set('pia', { preferred_username: 'pia@kommune.dk', groups: ['sg-tilsyn-admin'] });
    const result = await h.signIn('pia', '/admin', '/public/oidc');
    expect(result.location).toBe('/admin');
    expect(await userNamed('pia@kommune.dk')).toMatchObject({ role: 'admin' });
  });

  it('refuses, without merging, when a local user already has the username', async () => {
    await h.database.db.insert(users).values({ username: 'lis@kommune.dk', displayName: 'Lis (local)', role: 'reviewer', passwordHash: 'scrypt$x' });
    h.provider.accounts.set('lis', { preferred_username: 'LIS@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    expect((await h.signIn('lis')).location).toBe(FAILED);
    expect(await userNamed('lis@kommune.dk')).toMatchObject({ role: 'reviewer', oidcSubject: null, displayName: 'Lis (local)' });
    expect(messages()).toMatch(/local user "lis@kommune.dk" exists without an OpenID Connect subject; not merging/);
  });

  it('refuses a disabled user and leaves the row alone', async () => {
    h.provider.accounts.set('dan', { preferred_username: 'dan@kommune.dk', groups: ['sg-leder-born'] });
    expect((await h.signIn('dan')).location).toBe('/');
    await h.database.db.update(users).set({ disabled: true }).where(eq(users.username, 'dan@kommune.dk'));
    h.provider.accounts.set('dan', { preferred_username: 'dan@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    expect((await h.signIn('dan')).location).toBe(FAILED);
    expect(await userNamed('dan@kommune.dk')).toMatchObject({ role: 'manager', disabled: true });
    expect(messages()).toMatch(/disabled/);
  });

  it('refuses an ID token without preferred_username or email', async () => {
    h.provider.accounts.set('anon', { groups: ['sg-tilsyn-direktion'] });
    expect((await h.signIn('anon')).location).toBe(FAILED);
    expect(messages()).toMatch(/neither preferred_username, upn nor email/);
  });

  it('refuses an error answer from the provider (e.g. access_denied)', async () => {
    h.provider.accounts.set('ulla', { preferred_username: 'ulla@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    const result = await h.signIn('ulla', '/', '/auth/oidc', onCallback((u) => {
      u.searchParams.delete('code');
      u.searchParams.set('error', 'access_denied');
    }));
    expect(result.location).toBe(FAILED);
    expect(await userNamed('ulla@kommune.dk')).toBeUndefined();
  });

  it('refuses a callback after the sign-in transaction expired', async () => {
    h.provider.accounts.set('tove', { preferred_username: 'tove@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    const result = await h.signIn('tove', '/', '/auth/oidc', onCallback(() => { h.clockOffsetMs = 11 * 60_000; }));
    expect(result.location).toBe(FAILED);
    expect(messages()).toMatch(/no valid sign-in cookie/);
  });

  it('refuses a callback without the sign-in cookie', async () => {
    const response = await fetch(`${h.app}/auth/oidc/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(FAILED);
  });

  it('sends the browser to the error page, not a crash, while the provider is down, and retries', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${h.app}/down/oidc/start?returnTo=/`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(FAILED);
    }
    expect(h.logs.filter((l) => l.level === 'error' && l.message.includes('could not start'))).toHaveLength(2);
    const ok = await fetch(`${h.app}/auth/oidc/start`, { redirect: 'manual' });
    expect(new URL(ok.headers.get('location') ?? '').origin).toBe(h.provider.issuer);
  });
});
