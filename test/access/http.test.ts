// The /auth contract and /graphql identity end to end: express on an ephemeral port, `fetch`.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type http from 'node:http';
import express from 'express';
import { importDataSet } from '../../server/importer/service';
import { createHttpServer, type AppConfig } from '../../server/http/app';
import { createAuthRouter } from '../../server/access/http';
import { addUser, findUserByUsername } from '../../server/access/users';
import { ensureDemoUsers } from '../../server/access/demo-users';
import { issueApiToken, revokeApiToken } from '../../server/access/tokens';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';

const CONFIG: AppConfig = { demo: true, sessionIdleMinutes: 30, sessionHours: 10, cookieSecure: false, trustProxy: false, accessLogRetentionDays: 180 };
const PASSWORD = 'lederens lange kode';
let clock = new Date('2025-03-03T08:00:00Z');
const minutes = (n: number) => new Date(clock.getTime() + n * 60_000);
let database: TestDatabase;
const servers: Array<{ server: http.Server; stop?: () => Promise<void> }> = [];
let on: string;
let off: string;
let extra: string;

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function start(config: AppConfig): Promise<string> {
  const started = await createHttpServer({ handle: database, clientDir: '/nonexistent', config, now: () => clock });
  servers.push(started);
  return listen(started.server);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  await addUser(database.db, { username: 'leder', displayName: 'Lea Leder', role: 'manager', departmentIds: ['BCH'], password: PASSWORD });
  await addUser(database.db, { username: 'direktor', role: 'director' });
  await ensureDemoUsers(database.db);
  on = await start(CONFIG);
  off = await start({ ...CONFIG, demo: false });
  // The router alone, with TLS cookies and an OpenID Connect router mounted where it belongs.
  const oidcRouter = express.Router().get('/start', (_req, res) => { res.redirect('https://idp.example/authorize'); });
  const app = express().use('/auth', createAuthRouter({ db: database.db, config: { ...CONFIG, cookieSecure: true }, oidc: { router: oidcRouter, label: 'KK-login' }, now: () => clock }));
  const server = app.listen(0, '127.0.0.1');
  servers.push({ server });
  extra = await new Promise((resolve) => server.on('listening', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
});
afterAll(async () => {
  for (const s of servers) { await s.stop?.(); s.server.close(); }
  await database.dispose();
});
// A new hour per test: no test inherits another's failure counts (one address for all).
beforeEach(() => { clock = new Date(clock.getTime() + 3_600_000); });

const JSON_TYPE = { 'content-type': 'application/json' };
// Answers are checked field by field, so a loose type is enough.
const body = async (res: Response): Promise<any> => res.json();
const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body), redirect: 'manual' });
const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('tilsyn_session='));
const cookiePair = (res: Response) => sessionCookie(res)!.split(';')[0]!;
const signIn = (username = 'leder', password = PASSWORD, headers = {}) => post(on, '/auth/sign-in', { username, password }, headers);
const getSession = (base: string, cookie?: string) => fetch(`${base}/auth/session`, { headers: cookie ? { cookie } : {} });
const graphql = (query: string, headers: Record<string, string>) => post(on, '/graphql', { query }, headers);

describe('GET /auth/options', () => {
  it('lists the demo accounts only in demo mode, and OpenID Connect when it is mounted', async () => {
    const demo = await body(await fetch(`${on}/auth/options`));
    expect(demo.oidc).toEqual({ enabled: false, label: null });
    expect(demo.demoAccounts.map((a: { username: string; role: string }) => `${a.username}:${a.role}`)).toEqual([
      'demo-admin:admin', 'demo-direktor:director', 'demo-leder:manager', 'demo-tilsyn:reviewer', 'demo-udvalg:committee']);
    expect(Object.keys(demo.demoAccounts[0]).sort()).toEqual(['displayName', 'role', 'username']);
    expect(await (await fetch(`${off}/auth/options`)).json()).toEqual({ oidc: { enabled: false, label: null }, demoAccounts: [] });
    expect((await body(await fetch(`${extra}/auth/options`))).oidc).toEqual({ enabled: true, label: 'KK-login' });
    const start = await fetch(`${extra}/auth/oidc/start`, { redirect: 'manual' });
    expect([start.status, start.headers.get('location')]).toEqual([302, 'https://idp.example/authorize']);
  });
});

describe('password sign-in and the session', () => {
  it('signs in, sets an HttpOnly SameSite=Strict cookie, and the session answers with it', async () => {
    expect(await (await getSession(on)).json()).toEqual({ error: 'signed-out' });
    const res = await signIn('LEDER');
    const expected = {
      user: { username: 'leder', displayName: 'Lea Leder', role: 'manager', departments: [{ id: 'BCH', name: 'Borgercenter Handicap' }] },
      expiresAt: minutes(30).toISOString(),
    };
    expect([res.status, await res.json()]).toEqual([200, expected]);
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatch(/^tilsyn_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const session = await getSession(on, cookiePair(res));
    expect([session.status, await session.json()]).toEqual([200, expected]);
    clock = minutes(31);
    expect((await getSession(on, cookiePair(res))).status).toBe(401);
  });

  it('gives the same 401 for a wrong password and an unknown user, without a cookie', async () => {
    for (const res of [await signIn('leder', 'wrong password!'), await signIn('nobody', PASSWORD), await signIn('direktor', 'no password set')]) {
      expect([res.status, await res.json(), sessionCookie(res)]).toEqual([401, { error: 'invalid-credentials' }, undefined]);
    }
  });

  it('replaces a session the browser already had (no fixation)', async () => {
    const first = cookiePair(await signIn());
    const second = await signIn('leder', PASSWORD, { cookie: first });
    expect((await getSession(on, first)).status).toBe(401);
    expect((await getSession(on, cookiePair(second))).status).toBe(200);
  });

  it('signs out: 204, the session row goes and the cookie is cleared', async () => {
    const cookie = cookiePair(await signIn());
    const res = await post(on, '/auth/sign-out', {}, { cookie });
    expect(res.status).toBe(204);
    expect(sessionCookie(res)).toMatch(/^tilsyn_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await getSession(on, cookie)).status).toBe(401);
    expect((await post(on, '/auth/sign-out', {})).status).toBe(204);
  });
});

describe('request checks on POST', () => {
  it('refuses a foreign Origin (403) and accepts our own', async () => {
    const foreign = await signIn('leder', PASSWORD, { origin: 'https://evil.example' });
    expect([foreign.status, await foreign.json()]).toEqual([403, { error: 'forbidden-origin' }]);
    expect((await post(on, '/auth/sign-out', {}, { origin: 'null' })).status).toBe(403);
    expect((await post(on, '/auth/sign-out', {}, { origin: on })).status).toBe(204);
  });

  it('refuses anything but application/json (415), bad bodies (400) and large ones (413)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${on}/auth/sign-in`, { method: 'POST', headers: { 'content-type': type }, body: `username=leder&password=${PASSWORD}` });
      expect(res.status, type).toBe(415);
    }
    expect((await fetch(`${on}/auth/sign-out`, { method: 'POST' })).status).toBe(415);
    const raw = (body: string) => fetch(`${on}/auth/sign-in`, { method: 'POST', headers: JSON_TYPE, body });
    for (const body of ['{"username":', '[]', '{"username":"leder"}', '{"username":"leder","password":7}', '{"username":"","password":"x"}']) {
      const res = await raw(body);
      expect([res.status, await res.json()], body).toEqual([400, { error: 'bad-request' }]);
    }
    expect((await raw(JSON.stringify({ username: 'leder', password: 'x'.repeat(11_000) }))).status).toBe(413);
  });
});

describe('throttling', () => {
  it('answers the 6th attempt within 15 minutes with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i += 1) expect((await signIn('leder', `wrong ${i}`)).status).toBe(401);
    const refused = await signIn('leder', PASSWORD);
    expect([refused.status, refused.headers.get('retry-after'), await refused.json()]).toEqual([429, '900', { error: 'throttled', retryAfterSeconds: 900 }]);
    clock = minutes(15);
    expect((await signIn('leder', PASSWORD)).status).toBe(200);
  });

  it('starts the username count over after a successful sign-in', async () => {
    for (let i = 0; i < 4; i += 1) expect((await signIn('leder', `wrong ${i}`)).status).toBe(401);
    expect((await signIn()).status).toBe(200);
    expect((await signIn('leder', 'wrong again')).status).toBe(401);
    expect((await signIn()).status).toBe(200);
  });
});

describe('demo sign-in', () => {
  it('opens demo accounts without password in demo mode only', async () => {
    const res = await post(on, '/auth/demo-sign-in', { username: 'demo-direktor' });
    expect(res.status).toBe(200);
    expect((await body(res)).user).toMatchObject({ username: 'demo-direktor', role: 'director', departments: [] });
    expect((await getSession(on, cookiePair(res))).status).toBe(200);
    for (const username of ['direktor', 'leder', 'nobody', 42]) {
      expect((await post(on, '/auth/demo-sign-in', { username })).status, String(username)).toBe(404);
    }
    const refused = await post(off, '/auth/demo-sign-in', { username: 'demo-direktor' });
    expect([refused.status, sessionCookie(refused)]).toEqual([404, undefined]);
    expect((await post(on, '/auth/sign-in', { username: 'demo-admin', password: 'anything at all' })).status).toBe(401);
  });

  it('sets a Secure cookie when the configuration says TLS', async () => {
    const res = await post(extra, '/auth/demo-sign-in', { username: 'demo-udvalg' });
    expect(sessionCookie(res)).toMatch(/; Secure; SameSite=Strict$/);
  });
});

describe('identity on /graphql', () => {
  const departments = '{ departments { id } }';

  it('acts as the user of a bearer token, and stops when it is revoked', async () => {
    const director = (await findUserByUsername(database.db, 'direktor'))!;
    const { id, token } = await issueApiToken(database.db, director.id, 'test', clock);
    const res = await graphql(departments, { authorization: `Bearer ${token}` });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([res.status, await res.json()]).toEqual([200, { data: { departments: [{ id: 'ADM' }, { id: 'BCH' }, { id: 'BORN' }, { id: 'VOKS' }] } }]);
    await revokeApiToken(database.db, id, clock);
    expect((await graphql(departments, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('answers anonymous requests with HTTP 401 UNAUTHENTICATED, and knows the session user', async () => {
    const anonymous = await graphql(departments, {});
    expect(anonymous.status).toBe(401);
    expect((await body(anonymous)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const cookie = cookiePair(await signIn());
    const viewer = await graphql('{ viewer { username role } }', { cookie });
    expect(await viewer.json()).toEqual({ data: { viewer: { username: 'leder', role: 'MANAGER' } } });
    // A bad bearer token makes the request anonymous; it does not fall back to the cookie.
    expect((await graphql(departments, { cookie, authorization: 'Bearer tls_forged' })).status).toBe(401);
  });
});
