// OpenID Connect sign-in with the municipality's identity provider (Entra ID, AD FS): the
// authorization code flow with PKCE, state and nonce. Mount at /auth/oidc:
//   GET /start?returnTo=/path  → to the provider's sign-in page
//   GET /callback              → back from it; signs the user in and goes to returnTo
// Every failure ends at /log-ind?error=oidc; the reason goes to the log, never to the browser.
import { randomBytes } from 'node:crypto';
import express, { type CookieOptions, type Request, type Response, type Router } from 'express';
import { parseCookie } from 'cookie';
import * as client from 'openid-client';
import type { Database } from '../db/client';
import { logger } from '../log';
import type { OidcConfig } from './oidc-config';
import { cachedDiscovery, type Discover } from './oidc-discovery';
import { openTransaction, safeReturnTo, sealTransaction, transactionKey, type OidcTransaction } from './oidc-transaction';
import { signInWithClaims, type OidcLog } from './oidc-users';

export type { OidcLog } from './oidc-users';

export interface OidcRouterOptions {
  config: OidcConfig;
  db: Database;
  /** Starts the app's own session for the user; called before the redirect to returnTo. */
  onSignedIn: (req: Request, res: Response, userId: number) => Promise<void>;
  /** The app's origin; default the redirect URI's. Return paths must stay on it; https sets Secure cookies. */
  appOrigin?: string;
  /** Server secret to derive the transaction cookie key from; default a random key per process. */
  secret?: string | Buffer;
  /** Clock for the sign-in cookie's expiry (tests). */
  now?: () => Date;
  log?: OidcLog;
  /** How long a sign-in may take at the provider; default 600 seconds. */
  transactionSeconds?: number;
}

const COOKIE = 'tilsyn_oidc';
const FAILURE = '/log-ind?error=oidc';
const SCOPE = 'openid profile email';

interface Context extends Required<Pick<OidcRouterOptions, 'config' | 'db' | 'onSignedIn' | 'now' | 'log'>> {
  discover: Discover;
  key: Buffer;
  appOrigin: string;
  ttlMs: number;
}

export function createOidcRouter(options: OidcRouterOptions): Router {
  const ctx: Context = {
    config: options.config,
    db: options.db,
    onSignedIn: options.onSignedIn,
    now: options.now ?? (() => new Date()),
    log: options.log ?? defaultLog,
    discover: cachedDiscovery(options.config),
    // Without a shared secret, a sign-in started on one process cannot finish on another.
    key: transactionKey(options.secret ?? randomBytes(32)),
    appOrigin: new URL(options.appOrigin ?? options.config.redirectUri).origin,
    ttlMs: (options.transactionSeconds ?? 600) * 1000,
  };
  const router = express.Router();
  router.get('/start', (req, res) => start(ctx, req, res));
  router.get('/callback', (req, res) => callback(ctx, req, res));
  return router;
}

function defaultLog(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  logger()[level]({ component: 'oidc', ...fields }, message);
}

/**
 * SameSite=Lax, not Strict: the provider sends the browser back with a cross-site top-level
 * GET, on which browsers drop Strict cookies (the sign-in would always fail) but send Lax ones.
 * Scoped to the router's path, HttpOnly, encrypted, and short-lived. One sign-in at a time per
 * browser: a second /start replaces the first one's cookie.
 */
function cookieOptions(ctx: Context, req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: ctx.appOrigin.startsWith('https:'), path: req.baseUrl || '/' };
}

async function start(ctx: Context, req: Request, res: Response): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  try {
    const configuration = await ctx.discover();
    const transaction: OidcTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo: safeReturnTo(req.query.returnTo, ctx.appOrigin, req.baseUrl || undefined),
      expiresAt: ctx.now().getTime() + ctx.ttlMs,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: ctx.config.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    res.cookie(COOKIE, sealTransaction(transaction, ctx.key), { ...cookieOptions(ctx, req), maxAge: ctx.ttlMs });
    res.redirect(302, url.href);
  } catch (error) {
    fail(ctx, res, 'could not start the sign-in (identity provider unreachable or misconfigured?)', error);
  }
}

async function callback(ctx: Context, req: Request, res: Response): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  res.clearCookie(COOKIE, cookieOptions(ctx, req)); // single use, whatever happens next
  try {
    const sealed = parseCookie(req.headers.cookie ?? '')[COOKIE];
    const transaction = sealed ? openTransaction(sealed, ctx.key, ctx.now().getTime()) : null;
    if (!transaction) return fail(ctx, res, 'no valid sign-in cookie (expired, altered, or not sent by the browser)');
    const configuration = await ctx.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl(ctx, req), {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return fail(ctx, res, 'the provider returned no ID token');
    const result = await signInWithClaims(ctx.db, ctx.config, claims as Record<string, unknown>, ctx.log);
    if (!result.ok) return fail(ctx, res, result.reason);
    await ctx.onSignedIn(req, res, result.userId);
    res.redirect(302, transaction.returnTo);
  } catch (error) {
    fail(ctx, res, 'the sign-in callback failed', error);
  }
}

/** The URL the provider redirected to, built on the configured redirect URI (not on Host). */
function callbackUrl(ctx: Context, req: Request): URL {
  const url = new URL(ctx.config.redirectUri);
  url.search = new URL(req.originalUrl, 'http://callback.invalid').search;
  return url;
}

function fail(ctx: Context, res: Response, reason: string, error?: unknown): void {
  ctx.log(error ? 'error' : 'warn', `OpenID Connect sign-in refused: ${reason}`, error ? describe(error) : {});
  if (!res.headersSent) res.redirect(302, FAILURE);
}

/** openid-client wraps the telling message ("unexpected state …") in `cause`. */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  const causeText = cause instanceof Error ? cause.message : undefined;
  return { error: causeText ? `${error.message}: ${causeText}` : error.message, code };
}
