import { isRole, type Role } from './roleAccess';

/** The server's sign-in endpoints (same origin, JSON); see `createAuthApi`. */
export const AUTH_BASE = '/auth';

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  departments: Array<{ id: string; name: string }>;
}

export interface Session {
  user: SessionUser;
  /** ISO instant. */
  expiresAt: string;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
}

export interface AuthOptions {
  oidc: { enabled: boolean; label: string | null };
  demoAccounts: DemoAccount[];
}

/** Why an auth call failed, as the sign-in page explains it. */
export type AuthFailure =
  | { kind: 'invalid-credentials' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'bad-request' }
  /** Demo sign-in on a server that is not in demo mode (404). */
  | { kind: 'not-available' }
  | { kind: 'network' }
  | { kind: 'server'; status: number | null };

export type AuthResult<T> = { ok: true; value: T } | { ok: false; failure: AuthFailure; status: number | null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

function parseUser(v: unknown): SessionUser | null {
  if (!isObject(v) || !isString(v.username) || !isString(v.displayName) || !isRole(v.role)) return null;
  const departments = Array.isArray(v.departments) ? v.departments : [];
  return {
    username: v.username,
    displayName: v.displayName,
    role: v.role,
    departments: departments.filter(isObject).map((d) => ({ id: String(d.id), name: String(d.name) })),
  };
}

export function parseSession(v: unknown): Session | null {
  const user = isObject(v) ? parseUser(v.user) : null;
  return user && isObject(v) && isString(v.expiresAt) ? { user, expiresAt: v.expiresAt } : null;
}

export function parseOptions(v: unknown): AuthOptions | null {
  if (!isObject(v)) return null;
  const oidc = isObject(v.oidc) ? v.oidc : {};
  const accounts = Array.isArray(v.demoAccounts) ? v.demoAccounts : [];
  return {
    oidc: { enabled: oidc.enabled === true, label: isString(oidc.label) && oidc.label ? oidc.label : null },
    demoAccounts: accounts.flatMap((a: unknown) =>
      isObject(a) && isString(a.username) && isString(a.displayName) && isRole(a.role)
        ? [{ username: a.username, displayName: a.displayName, role: a.role }]
        : [],
    ),
  };
}

function failureOf(status: number, body: unknown, headers: Headers): AuthFailure {
  const error = isObject(body) ? body.error : undefined;
  if (status === 429 || error === 'throttled') {
    const fromBody = isObject(body) ? Number(body.retryAfterSeconds) : NaN;
    const seconds = Number.isFinite(fromBody) ? fromBody : Number(headers.get('retry-after'));
    return { kind: 'throttled', retryAfterSeconds: Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 60 };
  }
  if (status === 401) return { kind: 'invalid-credentials' };
  if (status === 400) return { kind: 'bad-request' };
  if (status === 404) return { kind: 'not-available' };
  if (status === 502 || status === 503 || status === 504) return { kind: 'network' };
  return { kind: 'server', status };
}

/**
 * The auth endpoints. `fetch` is injectable for tests; by default the global one is read at
 * each call. `/auth/session` answers a signed-out visitor with 401, which is a value (null)
 * here rather than a failure.
 */
export function createAuthApi(fetchImpl?: typeof fetch) {
  async function call<T>(
    path: string,
    init: RequestInit,
    parse: (body: unknown, status: number) => T | null,
  ): Promise<AuthResult<T>> {
    const doFetch = fetchImpl ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(`${AUTH_BASE}${path}`, {
        ...init,
        credentials: 'same-origin',
        headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });
    } catch {
      return { ok: false, failure: { kind: 'network' }, status: null };
    }
    const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    const value = response.ok || response.status === 401 ? parse(body, response.status) : null;
    if (value !== null) return { ok: true, value };
    const failure: AuthFailure = response.ok
      ? { kind: 'server', status: response.status }
      : failureOf(response.status, body, response.headers);
    return { ok: false, failure, status: response.status };
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
  const sessionOf = (body: unknown) => parseSession(body);

  return {
    /** The current session, or the value `'signed-out'` when there is none (401). */
    session: (): Promise<AuthResult<Session | 'signed-out'>> =>
      call('/session', { method: 'GET' }, (body, status) => (status === 401 ? 'signed-out' : parseSession(body))),
    options: (): Promise<AuthResult<AuthOptions>> =>
      call('/options', { method: 'GET' }, (body, status) => (status === 200 ? parseOptions(body) : null)),
    signIn: (username: string, password: string): Promise<AuthResult<Session>> =>
      call('/sign-in', post({ username, password }), sessionOf),
    demoSignIn: (username: string): Promise<AuthResult<Session>> => call('/demo-sign-in', post({ username }), sessionOf),
    /** 401 means the session was already gone, which is as good as signed out. */
    signOut: (): Promise<AuthResult<true>> => call('/sign-out', post({}), () => true),
  };
}

export type AuthApi = ReturnType<typeof createAuthApi>;

/** Where to start OIDC sign-in: a full page navigation, not a fetch. */
export function oidcStartUrl(returnTo: string): string {
  return `${AUTH_BASE}/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
}
