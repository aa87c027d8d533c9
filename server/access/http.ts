// The /auth endpoints (JSON only) the sign-in page uses, and who a request is: a bearer token
// first, else the session cookie. Contract (client/utils/authApi.ts builds on it):
//   GET  /auth/session       200 { user: { username, displayName, role, departments: [{ id, name }] }, expiresAt } | 401 { error: 'signed-out' }
//   GET  /auth/options       200 { oidc: { enabled, label }, demoAccounts: [{ username, displayName, role }] }
//   POST /auth/sign-in       { username, password } → 200 session + cookie | 401 invalid-credentials | 429 throttled | 400 bad-request
//   POST /auth/demo-sign-in  { username } → 200 session + cookie, demo mode and demo accounts only; 404 otherwise
//   POST /auth/sign-out      204, session deleted and cookie cleared
// POSTs: application/json only (415), Origin if sent must be ours (403), bodies up to 10 kB (413).
import express, { type Request, type Router } from 'express';
import type { Database } from '../db/client';
import type { Viewer } from './viewer';
import { readSessionCookie } from './cookies';
import { DEFAULT_SESSION_POLICY, endSession, resolveSession, type SessionConfig, type SessionPolicy } from './sessions';
import { viewerFromToken } from './tokens';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './throttle';
import { jsonBody, requireJson, requireSameOrigin } from './http-guards';
import { authErrors, currentSession, demoSignIn, passwordSignIn, signInOptions, type AuthContext } from './http-handlers';

export interface AuthRouterOptions {
  db: Database;
  config: SessionConfig & { demo: boolean };
  /**
   * OpenID Connect (server/access/oidc*.ts): its router is mounted at /auth/oidc, ahead of the
   * JSON and origin checks (the provider sends the browser back cross-site), and the sign-in
   * page offers it under `label`. Its sign-in ends with `startSession` from ./sessions.
   */
  oidc?: { router: Router; label: string | null };
  throttle?: ThrottlePolicy;
  now?: () => Date;
}

export function createAuthRouter(options: AuthRouterOptions): Router {
  const ctx: AuthContext = {
    db: options.db, config: options.config, oidc: options.oidc,
    throttle: options.throttle ?? DEFAULT_THROTTLE, now: options.now ?? (() => new Date()),
  };
  const router = express.Router();
  router.use((_req, res, next) => { res.setHeader('Cache-Control', 'no-store'); next(); });
  // ── OpenID Connect is mounted here (/auth/oidc/…) ──
  if (options.oidc) router.use('/oidc', options.oidc.router);

  router.get('/session', (req, res) => currentSession(ctx, req, res));
  router.get('/options', (_req, res) => signInOptions(ctx, res));
  const post = [requireSameOrigin, requireJson, jsonBody];
  router.post('/sign-in', ...post, (req, res) => passwordSignIn(ctx, req, res));
  router.post('/demo-sign-in', ...post, (req, res) => demoSignIn(ctx, req, res));
  router.post('/sign-out', ...post, async (req, res) => {
    await endSession(ctx.db, req, res, ctx.config);
    res.status(204).end();
  });
  router.use((_req, res) => { res.status(404).json({ error: 'not-found' }); });
  router.use(authErrors);
  return router;
}

/** Bearer token first (an invalid one makes the request anonymous, never falls back), else the session cookie. */
export async function viewerFromRequest(db: Database, req: Request, now: Date, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<Viewer | null> {
  const authorization = req.get('authorization');
  if (authorization !== undefined) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return bearer ? viewerFromToken(db, bearer[1]!, now) : null;
  }
  const token = readSessionCookie(req);
  return token ? ((await resolveSession(db, token, now, policy))?.viewer ?? null) : null;
}

export { startSession } from './sessions';
