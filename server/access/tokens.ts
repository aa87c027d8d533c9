// API tokens for scripts: `Authorization: Bearer tls_…` acts as the token's user. The token is
// shown once when issued; only its SHA-256 is stored, so a database dump reveals no usable token.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { apiTokens, users } from '../db/access-schema';
import type { Viewer } from './viewer';
import { viewerOf } from './users';
import { AccessInputError, cleanTokenLabel } from './user-input';

export const TOKEN_PREFIX = 'tls_';
/** 32 random bytes as base64url, without padding. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** `last_used_at` is written at most this often per token, not on every request. */
const USE_RECORD_INTERVAL_MS = 60_000;

export interface ApiTokenSummary {
  id: number; userId: number; username: string; label: string;
  createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null;
}

/** SHA-256 (hex) of a session or API token; plain SHA-256 suffices for 256-bit random secrets. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function issueApiToken(db: Database, userId: number, label: string, now: Date): Promise<{ id: number; token: string }> {
  const cleanLabel = cleanTokenLabel(label);
  const [user] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId));
  if (!user) throw new AccessInputError('user', `no user has the id ${userId}`);
  if (user.disabled) throw new AccessInputError('user', 'the account is disabled');
  const token = TOKEN_PREFIX + randomSecret();
  const [row] = await db.insert(apiTokens).values({ userId, tokenHash: hashToken(token), label: cleanLabel, createdAt: now })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** Every token (or one user's), newest first; never the token itself. */
export function listApiTokens(db: Database, userId?: number): Promise<ApiTokenSummary[]> {
  return tokenSummaries(db, userId === undefined ? undefined : eq(apiTokens.userId, userId));
}

export async function findApiToken(db: Database, id: number): Promise<ApiTokenSummary | null> {
  return (await tokenSummaries(db, eq(apiTokens.id, id)))[0] ?? null;
}

/** Revokes at once; revoking again keeps the first revocation time. Null when there is no such token. */
export async function revokeApiToken(db: Database, id: number, now: Date): Promise<ApiTokenSummary | null> {
  await db.update(apiTokens).set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(apiTokens.id, id));
  return findApiToken(db, id);
}

/** The token's user as a viewer; null for unknown, revoked, or a disabled user. */
export async function viewerFromToken(db: Database, token: string, now: Date): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX) || !SECRET_PATTERN.test(token.slice(TOKEN_PREFIX.length))) return null;
  const [row] = await db.select({ tokenId: apiTokens.id, id: users.id, username: users.username, displayName: users.displayName, role: users.role })
    .from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), eq(users.disabled, false)));
  if (!row) return null;
  const stale = new Date(now.getTime() - USE_RECORD_INTERVAL_MS);
  await db.update(apiTokens).set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
  return viewerOf(db, row, 'token');
}

/** Revoked tokens are kept for a while (admins see when they were revoked), then removed. */
export async function purgeRevokedApiTokens(db: Database, revokedBefore: Date): Promise<number> {
  const removed = await db.delete(apiTokens).where(lt(apiTokens.revokedAt, revokedBefore)).returning({ id: apiTokens.id });
  return removed.length;
}

function tokenSummaries(db: Database, where?: SQL): Promise<ApiTokenSummary[]> {
  return db.select({
    id: apiTokens.id, userId: apiTokens.userId, username: users.username, label: apiTokens.label,
    createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
  }).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(where)
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
