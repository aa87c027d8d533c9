// API tokens on PGlite: issue (shown once, stored hashed), verify, list, revoke.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { apiTokens, users } from '../../server/db/access-schema';
import {
  findApiToken, issueApiToken, listApiTokens, purgeRevokedApiTokens, revokeApiToken, viewerFromToken,
} from '../../server/access/tokens';
import { disableUser } from '../../server/access/users';
import { AccessInputError } from '../../server/access/user-input';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const T0 = new Date('2025-03-03T08:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
let database: TestDatabase;
let director: number;
let admin: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db.insert(users).values([
    { username: 'direktor', displayName: 'Dorte Direktør', role: 'director' },
    { username: 'admin', displayName: 'Adam Admin', role: 'admin' },
  ]).returning();
  [director, admin] = rows.map((r) => r.id) as [number, number];
});
afterAll(() => database.dispose());

describe('issueApiToken', () => {
  it('returns tls_ + 32 random bytes once and stores only its SHA-256', async () => {
    const { id, token } = await issueApiToken(database.db, director, 'nightly export', T0);
    expect(token).toMatch(/^tls_[A-Za-z0-9_-]{43}$/);
    const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row!.tokenHash).not.toBe(token);
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(row).toMatchObject({ userId: director, label: 'nightly export', createdAt: T0, lastUsedAt: null, revokedAt: null });
  });

  it('refuses an empty label, an unknown user and a disabled user, naming the problem', async () => {
    await expect(issueApiToken(database.db, director, '  ', T0)).rejects.toThrow('label: must be 1–100 printable characters');
    await expect(issueApiToken(database.db, 999_999, 'x', T0)).rejects.toThrow('user: no user has the id 999999');
    const [gone] = await database.db.insert(users).values({ username: 'gone', displayName: 'Gone', role: 'director' }).returning();
    await disableUser(database.db, 'gone');
    await expect(issueApiToken(database.db, gone!.id, 'x', T0)).rejects.toBeInstanceOf(AccessInputError);
  });
});

describe('viewerFromToken', () => {
  it('acts as the token user with via "token" and records the use at most once a minute', async () => {
    const { id, token } = await issueApiToken(database.db, director, 'dashboard sync', T0);
    expect(await viewerFromToken(database.db, token, later(10))).toEqual({
      userId: director, username: 'direktor', displayName: 'Dorte Direktør', role: 'director', departmentIds: [], via: 'token',
    });
    expect((await findApiToken(database.db, id))?.lastUsedAt).toEqual(later(10));
    await viewerFromToken(database.db, token, later(40));
    expect((await findApiToken(database.db, id))?.lastUsedAt).toEqual(later(10));
    await viewerFromToken(database.db, token, later(80));
    expect((await findApiToken(database.db, id))?.lastUsedAt).toEqual(later(80));
  });

  it('knows no token it did not issue', async () => {
    const { token } = await issueApiToken(database.db, director, 'real', T0);
    for (const fake of ['', 'tls_', `${token}x`, token.slice(4), `tls_${'A'.repeat(43)}`, token.toUpperCase()]) {
      expect(await viewerFromToken(database.db, fake, T0), fake).toBeNull();
    }
  });

  it('stops at once when revoked; revoking again keeps the first time', async () => {
    const { id, token } = await issueApiToken(database.db, admin, 'to revoke', T0);
    expect(await viewerFromToken(database.db, token, T0)).not.toBeNull();
    expect((await revokeApiToken(database.db, id, later(5)))?.revokedAt).toEqual(later(5));
    expect(await viewerFromToken(database.db, token, later(6))).toBeNull();
    expect((await revokeApiToken(database.db, id, later(99)))?.revokedAt).toEqual(later(5));
    expect(await revokeApiToken(database.db, 424_242, T0)).toBeNull();
  });
});

describe('listApiTokens', () => {
  it('lists all or one user\'s tokens, newest first, never the token or its hash', async () => {
    const { token } = await issueApiToken(database.db, admin, 'newest', later(3600));
    const mine = await listApiTokens(database.db, admin);
    expect(mine[0]).toMatchObject({ username: 'admin', label: 'newest', createdAt: later(3600) });
    expect(mine.every((t) => t.userId === admin)).toBe(true);
    const all = await listApiTokens(database.db);
    expect(all.length).toBeGreaterThan(mine.length);
    expect(Object.keys(all[0]!).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'revokedAt', 'userId', 'username']);
    expect(JSON.stringify(all)).not.toContain(token.slice(4));
  });

  it('purges tokens revoked before the cut-off only', async () => {
    const { id } = await issueApiToken(database.db, admin, 'old', T0);
    await revokeApiToken(database.db, id, T0);
    const keep = await issueApiToken(database.db, admin, 'recent', T0);
    await revokeApiToken(database.db, keep.id, later(7200));
    expect(await purgeRevokedApiTokens(database.db, later(3600))).toBeGreaterThanOrEqual(1);
    expect(await findApiToken(database.db, id)).toBeNull();
    expect(await findApiToken(database.db, keep.id)).not.toBeNull();
  });
});
