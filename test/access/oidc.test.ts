// The whole OpenID Connect sign-in against a real provider (oidc-provider) on a loopback port:
// the app's router, the provider's pages and token endpoint, and the users it writes.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users, userDepartments } from '../../server/db/access-schema';
import { startOidcHarness, type OidcHarness } from '../helpers/oidc-provider';

const FAILED = '/log-ind?error=oidc';
let h: OidcHarness;

beforeAll(async () => { h = await startOidcHarness(); });
afterAll(async () => { await h?.close(); });
beforeEach(() => { h.logs.length = 0; });

async function userNamed(username: string) {
  const [user] = await h.database.db.select().from(users).where(eq(users.username, username));
  if (!user) return undefined;
  const departments = await h.database.db.select().from(userDepartments).where(eq(userDepartments.userId, user.id));
  return { ...user, departmentIds: departments.map((d) => d.departmentId).sort() };
}

describe('OpenID Connect sign-in', () => {
  it('sends the browser to the provider with PKCE (S256), state, nonce and a Lax HttpOnly cookie', async () => {
    const response = await fetch(`${h.app}/auth/oidc/start?returnTo=/x`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location') ?? '');
    expect(target.origin).toBe(h.provider.issuer);
    const params = target.searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('scope')).toBe('openid profile email');
    expect(params.get('response_type')).toBe('code');
    expect(params.get('redirect_uri')).toBe(`${h.app}/auth/oidc/callback`);
    for (const p of ['code_challenge', 'state', 'nonce']) expect(params.get(p)).toMatch(/^[\w-]{20,}$/);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^tilsyn_oidc=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/auth\/oidc/);
  });

  it('signs in a user in a mapped group, creating the user with the mapped role and departments', async () => {
    h.provider.accounts.set('anna', { preferred_username: 'Anna@Kommune.dk', name: 'Anna Andersen', groups: ['sg-leder-handicap', 'sg-other'] });
    const result = await h.signIn('anna', '/afdelinger/SOF.BCH?periode=2025#top');
    expect(result.url).toMatch(`${h.app}/auth/oidc/callback?`);
    expect(result.status).toBe(302);
    expect(result.location).toBe('/afdelinger/SOF.BCH?periode=2025#top');
    const user = await userNamed('anna@kommune.dk');
    expect(user).toMatchObject({
      displayName: 'Anna Andersen', role: 'manager', passwordHash: null, disabled: false,
      oidcSubject: `${h.provider.issuer}|anna`, departmentIds: ['SOF.BCH'],
    });
    expect(h.signedIn.at(-1)).toBe(user?.id);
    expect(result.setCookies.some((c) => c.startsWith(`test_session=${user?.id}`))).toBe(true);
    expect(result.setCookies.some((c) => /^tilsyn_oidc=;/.test(c))).toBe(true); // single use
  });

  it('replaces role and departments with the current groups on every sign-in', async () => {
    h.provider.accounts.set('bent', { email: 'bent@kommune.dk', groups: ['sg-leder-handicap'] });
    await h.signIn('bent');
    const first = await userNamed('bent@kommune.dk');
    expect(first).toMatchObject({ role: 'manager', departmentIds: ['SOF.BCH'], displayName: 'bent@kommune.dk' });

    h.provider.accounts.set('bent', { email: 'bent@kommune.dk', name: 'Bent B', groups: ['sg-leder-born', 'SG-LEDER-HANDICAP'] });
    expect((await h.signIn('bent')).location).toBe('/');
    expect(await userNamed('bent@kommune.dk')).toMatchObject({ id: first?.id, role: 'manager', displayName: 'Bent B', departmentIds: ['SOF.BCH', 'SOF.BORN'] });

    h.provider.accounts.set('bent', { email: 'bent@kommune.dk', groups: ['sg-leder-born', 'sg-tilsyn-direktion'] });
    await h.signIn('bent');
    expect(await userNamed('bent@kommune.dk')).toMatchObject({ id: first?.id, role: 'director', departmentIds: [] });
    expect(h.logs.some((l) => l.level === 'warn' && l.message.includes('several roles'))).toBe(true);
  });

  it('refuses a user in no mapped group and creates no user', async () => {
    h.provider.accounts.set('carl', { preferred_username: 'carl@kommune.dk', groups: ['sg-everyone'] });
    const before = h.signedIn.length;
    const result = await h.signIn('carl');
    expect(result.location).toBe(FAILED);
    expect(await userNamed('carl@kommune.dk')).toBeUndefined();
    expect(h.signedIn.length).toBe(before);
    expect(h.logs.map((l) => l.message).join('\n')).toMatch(/not given access to Tilsyn.*sg-everyone/);
  });

  it('refuses a callback whose state was tampered with', async () => {
    h.provider.accounts.set('dora', { preferred_username: 'dora@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    const result = await h.signIn('dora', '/', '/auth/oidc', (u) => {
      if (u.pathname === '/auth/oidc/callback') u.searchParams.set('state', `${u.searchParams.get('state')}x`);
      return u;
    });
    expect(result.url).toMatch('/auth/oidc/callback?');
    expect(result.location).toBe(FAILED);
    expect(await userNamed('dora@kommune.dk')).toBeUndefined();
    expect(h.logs.some((l) => l.level === 'error' && /state/.test(String(l.fields?.error)))).toBe(true);
  });

  it('does not follow a returnTo that leaves the site', async () => {
    h.provider.accounts.set('emil', { preferred_username: 'emil@kommune.dk', groups: ['sg-tilsyn-direktion'] });
    for (const returnTo of ['//evil.example', 'https://evil.example/x', '/\\evil.example']) {
      expect((await h.signIn('emil', returnTo)).location).toBe('/');
    }
  });
});
