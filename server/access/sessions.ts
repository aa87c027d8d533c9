// Browser sessions: a random token in the `tilsyn_session` cookie, its SHA-256 in `sessions`.
// A session ends after an idle period (sliding `last_seen_at`) and after an absolute lifetime.
import type { Request, Response } from 'express';
import { eq, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, users } from '../db/access-schema';
import type { Viewer } from './viewer';
import { viewerOf } from './users';
import { hashToken, randomSecret } from './tokens';
import { clearSessionCookie, readSessionCookie, setSessionCookie, wantsSecure, type CookieConfig } from './cookies';

export interface SessionPolicy {
  /** TILSYN_SESSION_IDLE_MINUTES */
  sessionIdleMinutes: number;
  /** TILSYN_SESSION_HOURS */
  sessionHours: number;
}
export type SessionConfig = SessionPolicy & CookieConfig;

export const DEFAULT_SESSION_POLICY: SessionPolicy = { sessionIdleMinutes: 30, sessionHours: 10 };
/** Activity is written at most once a minute, so a busy page does not write on every request. */
export const TOUCH_INTERVAL_MS = 60_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionState { valid: boolean; endsAt: Date; touch: boolean }

/** Pure: whether the session still holds at `now`, when it ends if idle from now on, and whether to record activity. */
export function sessionState(s: { lastSeenAt: Date; expiresAt: Date }, now: Date, policy: SessionPolicy): SessionState {
  const idleEnd = s.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000;
  const endsAt = new Date(Math.min(idleEnd, s.expiresAt.getTime()));
  const valid = now.getTime() < endsAt.getTime();
  return { valid, endsAt, touch: valid && now.getTime() - s.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS };
}

export async function createSession(db: Database, userId: number, now: Date, policy: SessionPolicy): Promise<{ token: string; expiresAt: Date }> {
  const [user] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId));
  if (!user || user.disabled) throw new Error(`no session for user ${userId}: the account is missing or disabled`);
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + policy.sessionHours * 3_600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt: sessionState({ lastSeenAt: now, expiresAt }, now, policy).endsAt };
}

/** The signed-in viewer and when the session ends; null when unknown, expired or the user is disabled. */
export async function resolveSession(db: Database, token: string, now: Date, policy: SessionPolicy): Promise<{ viewer: Viewer; expiresAt: Date } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const [row] = await db.select({
    lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt,
    id: users.id, username: users.username, displayName: users.displayName, role: users.role, disabled: users.disabled,
  }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.tokenHash, tokenHash));
  if (!row || row.disabled) return null;
  const state = sessionState(row, now, policy);
  if (!state.valid) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  let expiresAt = state.endsAt;
  if (state.touch) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    expiresAt = sessionState({ lastSeenAt: now, expiresAt: row.expiresAt }, now, policy).endsAt;
  }
  return { viewer: await viewerOf(db, row, 'session'), expiresAt };
}

export async function destroySession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Removes sessions past their absolute or idle end; run at startup and now and then. */
export async function purgeExpiredSessions(db: Database, now: Date, policy: SessionPolicy): Promise<number> {
  const idleSince = new Date(now.getTime() - policy.sessionIdleMinutes * 60_000);
  const removed = await db.delete(sessions).where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ userId: sessions.userId });
  return removed.length;
}

/**
 * Signs a user in on this response: ends the session the browser had (no fixation), starts a
 * new one and sets the cookie. For the password and demo sign-in here, and for OpenID Connect.
 */
export async function startSession(db: Database, res: Response, userId: number, now: Date, config: SessionConfig): Promise<{ expiresAt: Date }> {
  const previous = readSessionCookie(res.req);
  if (previous) await destroySession(db, previous);
  const { token, expiresAt } = await createSession(db, userId, now, config);
  setSessionCookie(res, token, wantsSecure(res.req, config));
  return { expiresAt };
}

/** Signs out: the session row goes, and the browser is told to forget the cookie. */
export async function endSession(db: Database, req: Request, res: Response, config: CookieConfig): Promise<void> {
  const token = readSessionCookie(req);
  if (token) await destroySession(db, token);
  clearSessionCookie(res, wantsSecure(req, config));
}
