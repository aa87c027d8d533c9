// The handlers behind the /auth routes (see ./http.ts for the contract and the router).
import type { NextFunction, Request, Response, Router } from 'express';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { departments } from '../db/schema';
import { logger } from '../log';
import type { Viewer } from './viewer';
import { readSessionCookie } from './cookies';
import { resolveSession, startSession, type SessionConfig } from './sessions';
import { findUserByUsername, viewerOf, type UserRow } from './users';
import { availableDemoAccounts, isDemoUsername } from './demo-users';
import { signInWithPassword } from './sign-in';
import type { ThrottlePolicy } from './throttle';

export interface AuthContext {
  db: Database;
  config: SessionConfig & { demo: boolean };
  oidc: { router: Router; label: string | null } | undefined;
  throttle: ThrottlePolicy;
  now: () => Date;
}

export async function currentSession(ctx: AuthContext, req: Request, res: Response): Promise<void> {
  const token = readSessionCookie(req);
  const session = token ? await resolveSession(ctx.db, token, ctx.now(), ctx.config) : null;
  if (!session) return void res.status(401).json({ error: 'signed-out' });
  res.json(await sessionBody(ctx.db, session.viewer, session.expiresAt));
}

export async function signInOptions(ctx: AuthContext, res: Response): Promise<void> {
  res.json({
    oidc: { enabled: ctx.oidc !== undefined, label: ctx.oidc?.label ?? null },
    demoAccounts: ctx.config.demo ? await availableDemoAccounts(ctx.db) : [],
  });
}

export async function passwordSignIn(ctx: AuthContext, req: Request, res: Response): Promise<void> {
  const { username, password } = (req.body ?? {}) as Record<string, unknown>;
  if (!isText(username, 200) || !isText(password, 1024)) return void res.status(400).json({ error: 'bad-request' });
  const outcome = await signInWithPassword(ctx.db, { username, password, address: req.ip ?? 'unknown' }, ctx.now(), ctx.throttle);
  if (outcome.kind === 'throttled') {
    res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
    return void res.status(429).json({ error: 'throttled', retryAfterSeconds: outcome.retryAfterSeconds });
  }
  if (outcome.kind === 'invalid-credentials') return void res.status(401).json({ error: 'invalid-credentials' });
  await signIn(ctx, res, outcome.user);
}

/** Only in demo mode and only for the demo accounts; anything else is "not here" (404). */
export async function demoSignIn(ctx: AuthContext, req: Request, res: Response): Promise<void> {
  const { username } = (req.body ?? {}) as Record<string, unknown>;
  const user = ctx.config.demo && isText(username, 64) && isDemoUsername(username) ? await findUserByUsername(ctx.db, username) : null;
  if (!user || user.disabled) return void res.status(404).json({ error: 'not-found' });
  logger().info({ event: 'sign-in', username: user.username, userId: user.id, via: 'demo' }, 'signed in');
  await signIn(ctx, res, user);
}

async function signIn(ctx: AuthContext, res: Response, user: UserRow): Promise<void> {
  const { expiresAt } = await startSession(ctx.db, res, user.id, ctx.now(), ctx.config);
  res.json(await sessionBody(ctx.db, await viewerOf(ctx.db, user, 'session'), expiresAt));
}

/** The session answer; department ids no longer in the data are left out, as in `Viewer.departments`. */
async function sessionBody(db: Database, viewer: Viewer, expiresAt: Date) {
  const ids = [...viewer.departmentIds];
  const found = ids.length === 0 ? [] : await db.select({ id: departments.departmentId, name: departments.name })
    .from(departments).where(inArray(departments.departmentId, ids));
  return {
    user: {
      username: viewer.username, displayName: viewer.displayName, role: viewer.role,
      departments: ids.flatMap((id) => found.filter((d) => d.id === id)),
    },
    expiresAt: expiresAt.toISOString(),
  };
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** Body parser errors become the contract's answers; anything else is logged and masked. */
export function authErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') return void res.status(413).json({ error: 'bad-request' });
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return void res.status(400).json({ error: 'bad-request' });
  }
  logger().error({ err: error }, 'auth request failed');
  res.status(500).json({ error: 'server-error' });
}
