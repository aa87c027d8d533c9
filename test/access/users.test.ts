// User accounts on the small data set (departments ADM, BCH, BORN, VOKS), and the demo accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../server/db/access-schema';
import { importDataSet } from '../../server/importer/service';
import { addUser, disableUser, findUserByUsername, listUsers, setPassword } from '../../server/access/users';
import { createSession, DEFAULT_SESSION_POLICY } from '../../server/access/sessions';
import { verifyPassword } from '../../server/access/passwords';
import { availableDemoAccounts, disableDemoUsers, ensureDemoUsers } from '../../server/access/demo-users';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';

let database: TestDatabase;
const T0 = new Date('2025-03-03T08:00:00Z');
const sessionCount = async (userId: number) => (await database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
});
afterAll(() => database.dispose());

describe('addUser', () => {
  it('adds a manager with departments, case-folding the username', async () => {
    const user = await addUser(database.db, { username: '  Lea.Leder@Kommune.dk ', displayName: 'Lea Leder', role: 'MANAGER', departmentIds: ['BORN', 'BCH', 'BORN'] });
    expect(user).toMatchObject({
      username: 'lea.leder@kommune.dk', displayName: 'Lea Leder', role: 'manager', departmentIds: ['BCH', 'BORN'],
      hasPassword: false, usesSingleSignOn: false, disabled: false,
    });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect((await findUserByUsername(database.db, 'LEA.LEDER@kommune.dk'))?.id).toBe(user.id);
  });

  it('names what is wrong', async () => {
    const add = (input: Parameters<typeof addUser>[1]) => addUser(database.db, input);
    await expect(add({ username: 'a', role: 'director' })).rejects.toThrow('username: "a" must be 2–64 characters of a–z, 0–9 and . _ @ -');
    await expect(add({ username: 'anne holm', role: 'director' })).rejects.toThrow(/^username: "anne holm" must be/);
    await expect(add({ username: 'x'.repeat(65), role: 'director' })).rejects.toThrow(/^username:/);
    await expect(add({ username: 'anne', role: 'king' })).rejects.toThrow('role: "king" is not one of admin, director, manager, reviewer, committee');
    await expect(add({ username: 'anne', role: 'manager' })).rejects.toThrow('departmentIds: a manager needs at least one department');
    await expect(add({ username: 'anne', role: 'manager', departmentIds: ['BCH', 'NOPE'] })).rejects.toThrow('departmentIds: no department has the id "NOPE"');
    await expect(add({ username: 'anne', role: 'reviewer', departmentIds: ['GONE'] })).rejects.toThrow('departmentIds: no department has the id "GONE"');
    await expect(add({ username: 'Lea.Leder@kommune.dk', role: 'director' })).rejects.toThrow('username: "lea.leder@kommune.dk" is already taken');
    await expect(add({ username: 'demo-admin', role: 'admin' })).rejects.toThrow('username: "demo-admin" is reserved for the demo accounts');
    await expect(add({ username: 'anne', role: 'admin', password: 'too short' })).rejects.toThrow('password: must be at least 12 characters');
    expect(await findUserByUsername(database.db, 'anne')).toBeNull();
  });

  it('allows departments for other roles, and none', async () => {
    expect((await addUser(database.db, { username: 'tilsyn', role: 'reviewer', departmentIds: ['VOKS'] })).departmentIds).toEqual(['VOKS']);
    const director = await addUser(database.db, { username: 'direktor', role: 'director', displayName: 'Dorte Direktør' });
    expect(director).toMatchObject({ departmentIds: [], displayName: 'Dorte Direktør' });
    expect((await addUser(database.db, { username: 'udvalg', role: 'committee', displayName: '  ' })).displayName).toBe('udvalg');
  });

  it('stores a password as a production-strength scrypt hash', async () => {
    const user = await addUser(database.db, { username: 'admin', role: 'admin', password: 'en lang adgangskode' });
    expect(user.hasPassword).toBe(true);
    const row = await findUserByUsername(database.db, 'admin');
    expect(row!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(row!.passwordHash!, 'en lang adgangskode')).toBe(true);
  });
});

describe('listUsers, setPassword, disableUser', () => {
  it('lists users by name with their departments, never a hash', async () => {
    const all = await listUsers(database.db);
    expect(all.map((u) => u.username)).toEqual([...all.map((u) => u.username)].sort());
    expect(all.find((u) => u.username === 'lea.leder@kommune.dk')?.departmentIds).toEqual(['BCH', 'BORN']);
    expect(JSON.stringify(all)).not.toContain('scrypt');
  });

  it('setPassword replaces the hash and ends the sessions; unknown users are named', async () => {
    const user = (await findUserByUsername(database.db, 'direktor'))!;
    await createSession(database.db, user.id, T0, DEFAULT_SESSION_POLICY);
    await setPassword(database.db, 'Direktor', 'ny og længere kode');
    expect(await verifyPassword((await findUserByUsername(database.db, 'direktor'))!.passwordHash!, 'ny og længere kode')).toBe(true);
    expect(await sessionCount(user.id)).toBe(0);
    await expect(setPassword(database.db, 'nobody', 'whatever long enough')).rejects.toThrow('username: no user is called "nobody"');
  });

  it('disableUser marks the account and ends its sessions', async () => {
    const user = (await findUserByUsername(database.db, 'udvalg'))!;
    await createSession(database.db, user.id, T0, DEFAULT_SESSION_POLICY);
    expect((await disableUser(database.db, 'udvalg')).disabled).toBe(true);
    expect(await sessionCount(user.id)).toBe(0);
  });
});

describe('demo accounts', () => {
  it('are one per role, without password, idempotent, and warn when the demo department is missing', async () => {
    expect(await ensureDemoUsers(database.db)).toEqual(['department SOF.BCH is not in the data: demo-leder sees no cases']);
    await ensureDemoUsers(database.db);
    const demo = (await listUsers(database.db)).filter((u) => u.username.startsWith('demo-'));
    expect(demo.map((u) => [u.username, u.role, u.departmentIds, u.hasPassword])).toEqual([
      ['demo-admin', 'admin', [], false], ['demo-direktor', 'director', [], false], ['demo-leder', 'manager', ['SOF.BCH'], false],
      ['demo-tilsyn', 'reviewer', [], false], ['demo-udvalg', 'committee', ['SOF'], false],
    ]);
    expect((await availableDemoAccounts(database.db)).map((a) => a.username)).toEqual(['demo-admin', 'demo-direktor', 'demo-leder', 'demo-tilsyn', 'demo-udvalg']);
  });

  it('are disabled with demo mode off (sessions end) and restored when it is on again', async () => {
    const leder = (await findUserByUsername(database.db, 'demo-leder'))!;
    await createSession(database.db, leder.id, T0, DEFAULT_SESSION_POLICY);
    await database.db.update(users).set({ passwordHash: 'scrypt$set$by$someone$else$x' }).where(eq(users.id, leder.id));
    await disableDemoUsers(database.db);
    expect(await availableDemoAccounts(database.db)).toEqual([]);
    expect(await sessionCount(leder.id)).toBe(0);
    expect((await findUserByUsername(database.db, 'admin'))!.disabled).toBe(false);
    await ensureDemoUsers(database.db);
    const restored = (await findUserByUsername(database.db, 'demo-leder'))!;
    expect(restored).toMatchObject({ id: leder.id, disabled: false, passwordHash: null });
  });
});
