// A real OpenID provider (the `oidc-provider` package) on an ephemeral loopback port, whose
// sign-in page signs in whichever test account `signInAs` chose and consents at once, so a
// test drives the whole authorization code flow with plain fetch (`browse`); and a small
// express app with the OpenID Connect router mounted (`startOidcHarness`).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import express from 'express';
import { parseSetCookie } from 'cookie';
import { createOidcRouter, type OidcLog } from '../../server/access/oidc';
import { parseGroupMap, type OidcConfig } from '../../server/access/oidc-config';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestAccount {
  preferred_username?: string;
  email?: string;
  name?: string;
  groups?: unknown;
}

export interface TestProvider {
  issuer: string;
  /** The account the next sign-in page signs in (claims read at token time, so editable). */
  signInAs(accountId: string): void;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export const CONFIDENTIAL_CLIENT = { id: 'tilsyn', secret: 'test-client-secret' };
export const PUBLIC_CLIENT = { id: 'tilsyn-public' };

// oidc-provider ships no type declarations: the few members used here, typed by hand.
interface Grant { addOIDCScope(scope: string): void; save(): Promise<string> }
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ params: Record<string, unknown> }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options?: object): Promise<void>;
  Grant: new (props: { accountId: string; clientId: string }) => Grant;
}
type ProviderConstructor = new (issuer: string, configuration: object) => Provider;

async function loadProvider(): Promise<ProviderConstructor> {
  const name: string = 'oidc-provider'; // a variable, so tsc does not look for declarations
  return ((await import(name)) as { default: ProviderConstructor }).default;
}

export async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}

export async function startTestProvider(redirectUris: readonly string[]): Promise<TestProvider> {
  let handler: http.RequestListener = (_req, res) => { res.statusCode = 503; res.end(); };
  const server = http.createServer((req, res) => handler(req, res));
  const issuer = await listen(server);
  const accounts = new Map<string, TestAccount>();
  let nextAccount = '';
  const Provider = await loadProvider();
  const provider = new Provider(issuer, providerConfiguration(redirectUris, accounts));
  const providerCallback = provider.callback();
  handler = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return providerCallback(req, res);
    finishInteraction(provider, req, res, nextAccount).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
  return { issuer, accounts, signInAs: (id) => { nextAccount = id; }, close: () => closeServer(server) };
}

/** The sign-in page: logs in the chosen account and grants the requested scopes in one step. */
async function finishInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, accountId: string): Promise<void> {
  const { params } = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId, clientId: String(params.client_id) });
  grant.addOIDCScope(String(params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function providerConfiguration(redirectUris: readonly string[], accounts: Map<string, TestAccount>): object {
  const common = { redirect_uris: [...redirectUris], grant_types: ['authorization_code'], response_types: ['code'] };
  return {
    clients: [
      { ...common, client_id: CONFIDENTIAL_CLIENT.id, client_secret: CONFIDENTIAL_CLIENT.secret, token_endpoint_auth_method: 'client_secret_post' },
      { ...common, client_id: PUBLIC_CLIENT.id, token_endpoint_auth_method: 'none' },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Like Entra ID with the groups claim configured: the groups travel in the ID token.
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, sub: string) => {
      if (!accounts.has(sub)) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) };
    },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig' }] },
  };
}

export interface BrowseResult {
  /** The last request: the one whose redirect left the provider and the /auth/oidc routes. */
  url: string;
  status: number;
  location: string | null;
  setCookies: string[];
}

/**
 * Follows redirects like a browser from `url` until one leads to the app outside `stopBefore`
 * (or a response is not a redirect), keeping cookies per origin and path. `rewrite` may alter
 * a URL before it is requested (an attacker tampering with the callback).
 */
export async function browse(url: string, stopBefore: string, rewrite: (u: URL) => URL = (u) => u): Promise<BrowseResult> {
  const jar = new Map<string, { value: string; path: string; origin: string }>();
  let current = new URL(url);
  for (let hop = 0; hop < 12; hop++) {
    current = rewrite(current);
    const cookie = [...jar].filter(([, c]) => c.origin === current.origin && current.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`).join('; ');
    const response = await fetch(current, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const setCookies = response.headers.getSetCookie();
    for (const header of setCookies) {
      const c = parseSetCookie(header);
      if (!c.value || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
      else jar.set(c.name, { value: c.value, path: c.path ?? '/', origin: current.origin });
    }
    await response.arrayBuffer();
    const location = response.headers.get('location');
    const next = location === null ? null : new URL(location, current);
    const stop = new URL(stopBefore);
    if (next === null || (next.origin === stop.origin && !next.pathname.startsWith(stop.pathname))) {
      return { url: current.href, status: response.status, location, setCookies };
    }
    current = next;
  }
  throw new Error(`too many redirects from ${url}`);
}

export const TEST_GROUP_MAP = 'sg-tilsyn-direktion=director;sg-leder-handicap=manager:SOF.BCH;'
  + 'sg-leder-born=manager:SOF.BORN;sg-tilsyn-admin=admin';

export interface OidcHarness {
  app: string;
  provider: TestProvider;
  database: TestDatabase;
  /** User ids passed to onSignedIn, in order. */
  signedIn: number[];
  logs: { level: string; message: string; fields?: Record<string, unknown> }[];
  /** Moves the router's clock (not the provider's). */
  clockOffsetMs: number;
  /** Signs in through `mount` (/auth/oidc confidential, /public/oidc public, /down/oidc provider down). */
  signIn(account: string, returnTo?: string, mount?: string, rewrite?: (u: URL) => URL): Promise<BrowseResult>;
  close(): Promise<void>;
}

export async function startOidcHarness(): Promise<OidcHarness> {
  const database = await createTestDatabase();
  const expressApp = express();
  const server = http.createServer(expressApp);
  const app = await listen(server);
  const provider = await startTestProvider([`${app}/auth/oidc/callback`, `${app}/public/oidc/callback`]);
  const harness: OidcHarness = {
    app, provider, database, signedIn: [], logs: [], clockOffsetMs: 0,
    signIn: (account, returnTo = '/', mount = '/auth/oidc', rewrite) => {
      provider.signInAs(account);
      return browse(`${app}${mount}/start?returnTo=${encodeURIComponent(returnTo)}`, `${app}${mount}`, rewrite);
    },
    close: async () => { await closeServer(server); await provider.close(); await database.dispose(); },
  };
  const log: OidcLog = (level, message, fields) => { harness.logs.push({ level, message, fields }); };
  const config = (mount: string, overrides: Partial<OidcConfig> = {}): OidcConfig => ({
    issuer: provider.issuer, clientId: CONFIDENTIAL_CLIENT.id, clientSecret: CONFIDENTIAL_CLIENT.secret,
    redirectUri: `${app}${mount}/callback`, label: 'Kommunens log-in', groupsClaim: 'groups',
    groupMap: parseGroupMap(TEST_GROUP_MAP), ...overrides,
  });
  const common = {
    db: database.db, log, secret: 'test-secret', now: () => new Date(Date.now() + harness.clockOffsetMs),
    onSignedIn: async (_req: express.Request, res: express.Response, userId: number) => {
      harness.signedIn.push(userId);
      res.cookie('test_session', String(userId));
    },
  };
  expressApp.use('/auth/oidc', createOidcRouter({ ...common, config: config('/auth/oidc') }));
  const publicClient = config('/public/oidc', { clientId: PUBLIC_CLIENT.id, clientSecret: undefined });
  expressApp.use('/public/oidc', createOidcRouter({ ...common, config: publicClient }));
  // Port 1 on the loopback address refuses connections: an identity provider that is down.
  expressApp.use('/down/oidc', createOidcRouter({ ...common, config: config('/down/oidc', { issuer: 'http://127.0.0.1:1' }) }));
  return harness;
}
