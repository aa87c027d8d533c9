// Browser sessions on PGlite with an injected clock: idle and absolute expiry, sliding activity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, userDepartments, users } from '../../server/db/access-schema';
import {
  createSession, destroySession, purgeExpiredSessions, resolveSession, sessionState, type SessionPolicy,
} from '../../server/access/sessions';
import { hashToken } from '../../server/access/tokens';
import { disableUser } from '../../server/access/users';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const policy: SessionPolicy = { sessionIdleMinutes: 30, sessionHours: 10 };
const T0 = new Date('2025-03-03T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let database: TestDatabase;
let userId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const [row] = await database.db.insert(users).values({ username: 'leder', displayName: 'Lea Leder', role: 'manager' }).returning();
  userId = row!.id;
  await database.db.insert(userDepartments).values([{ userId, departmentId: 'BCH' }, { userId, departmentId: 'ADM' }]);
});
afterAll(() => database.dispose());

const lastSeen = async (token: string) =>
  (await database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(token))))[0]?.lastSeenAt ?? null;

describe('sessionState (pure)', () => {
  it('ends at the earlier of idle end and absolute end, and touches at most once a minute', () => {
    const s = { lastSeenAt: at(0), expiresAt: at(600) };
    expect(sessionState(s, at(0.5), policy)).toEqual({ valid: true, endsAt: at(30), touch: false });
    expect(sessionState(s, at(1), policy)).toEqual({ valid: true, endsAt: at(30), touch: true });
    expect(sessionState(s, at(30), policy).valid).toBe(false);
    expect(sessionState({ lastSeenAt: at(590), expiresAt: at(600) }, at(595), policy).endsAt).toEqual(at(600));
  });
});

describe('a session', () => {
  it('stores only the SHA-256 of a random 32-byte token and resolves to the viewer', async () => {
    const { token, expiresAt } = await createSession(database.db, userId, T0, policy);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toEqual(at(30));
    const rows = await database.db.select().from(sessions).where(eq(sessions.userId, userId));
    expect(rows.map((r) => r.tokenHash)).toContain(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const resolved = await resolveSession(database.db, token, at(1), policy);
    expect(resolved?.viewer).toEqual({ userId, username: 'leder', displayName: 'Lea Leder', role: 'manager', departmentIds: ['ADM', 'BCH'], via: 'session' });
    expect(resolved?.expiresAt).toEqual(at(31));
  });

  it('ends after 30 idle minutes: 29:59 holds, 30:00 does not', async () => {
    const { token } = await createSession(database.db, userId, T0, policy);
    expect(await resolveSession(database.db, token, new Date(at(30).getTime() - 1000), policy)).not.toBeNull();
    const other = await createSession(database.db, userId, T0, policy);
    expect(await resolveSession(database.db, other.token, at(30), policy)).toBeNull();
    // An expired session is gone for good, not revived by a later request.
    expect(await lastSeen(other.token)).toBeNull();
  });

  it('slides with activity but records it at most once a minute', async () => {
    const { token } = await createSession(database.db, userId, T0, policy);
    await resolveSession(database.db, token, at(0.5), policy);
    expect(await lastSeen(token)).toEqual(T0);
    await resolveSession(database.db, token, at(20), policy);
    expect(await lastSeen(token)).toEqual(at(20));
    expect(await resolveSession(database.db, token, at(45), policy)).not.toBeNull();
  });

  it('ends after 10 hours however active it is', async () => {
    const { token } = await createSession(database.db, userId, T0, policy);
    for (let minute = 20; minute < 600; minute += 20) {
      expect(await resolveSession(database.db, token, at(minute), policy), `minute ${minute}`).not.toBeNull();
    }
    const last = await resolveSession(database.db, token, at(599), policy);
    expect(last?.expiresAt).toEqual(at(600));
    expect(await resolveSession(database.db, token, at(600), policy)).toBeNull();
  });

  it('is refused for unknown or malformed tokens, and after destroy', async () => {
    const { token } = await createSession(database.db, userId, T0, policy);
    expect(await resolveSession(database.db, 'x'.repeat(43), at(1), policy)).toBeNull();
    expect(await resolveSession(database.db, `${token}'; drop table sessions; --`, at(1), policy)).toBeNull();
    await destroySession(database.db, token);
    expect(await resolveSession(database.db, token, at(1), policy)).toBeNull();
  });

  it('purges sessions past their idle or absolute end and keeps live ones', async () => {
    await database.db.delete(sessions);
    const idle = await createSession(database.db, userId, T0, policy);
    const live = await createSession(database.db, userId, at(20), policy);
    expect(await purgeExpiredSessions(database.db, at(35), policy)).toBe(1);
    expect(await lastSeen(idle.token)).toBeNull();
    expect(await lastSeen(live.token)).toEqual(at(20));
  });

  it('ends when the user is disabled, and none can be started for a disabled user', async () => {
    const { token } = await createSession(database.db, userId, T0, policy);
    await disableUser(database.db, 'leder');
    expect(await resolveSession(database.db, token, at(1), policy)).toBeNull();
    await expect(createSession(database.db, userId, T0, policy)).rejects.toThrow(/disabled/);
  });
});
