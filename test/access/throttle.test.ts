// Sign-in throttling: the pure decision with `now`, and the stored counts on PGlite.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInFailures } from '../../server/db/access-schema';
import {
  afterFailure, checkThrottle, clearFailures, decide, DEFAULT_THROTTLE, purgeStaleFailures, recordFailure, throttleKeys,
} from '../../server/access/throttle';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const T0 = new Date('2025-03-03T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let database: TestDatabase;

beforeAll(async () => { database = await createTestDatabase(); });
beforeEach(async () => { await database.db.delete(signInFailures); });
afterAll(() => database.dispose());

describe('the pure decision', () => {
  it('allows without a record or after the lock, refuses during it with the seconds left', () => {
    expect(decide(undefined, T0)).toEqual({ allowed: true });
    const locked = { failures: 5, firstFailureAt: T0, lockedUntil: at(15) };
    expect(decide(locked, at(14))).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(decide(locked, new Date(at(15).getTime() - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(decide(locked, at(15))).toEqual({ allowed: true });
  });

  it('counts within 15 minutes, locks at the limit, starts over after the window', () => {
    let record = afterFailure(undefined, T0, 5, DEFAULT_THROTTLE);
    for (let i = 2; i <= 4; i += 1) record = afterFailure(record, at(i), 5, DEFAULT_THROTTLE);
    expect(record).toEqual({ failures: 4, firstFailureAt: T0, lockedUntil: null });
    expect(afterFailure(record, at(14), 5, DEFAULT_THROTTLE)).toEqual({ failures: 5, firstFailureAt: T0, lockedUntil: at(29) });
    expect(afterFailure(record, at(15), 5, DEFAULT_THROTTLE)).toEqual({ failures: 1, firstFailureAt: at(15), lockedUntil: null });
  });
});

describe('stored throttling', () => {
  const fail = (username: string, address: string, when: Date) => recordFailure(database.db, throttleKeys(username, address), when);
  const check = (username: string, address: string, when: Date) => checkThrottle(database.db, throttleKeys(username, address), when);

  it('lets the 5th attempt for a username through and refuses the 6th for 15 minutes', async () => {
    for (let i = 0; i < 4; i += 1) await fail('anne', '10.0.0.1', at(i));
    expect(await check('anne', '10.0.0.1', at(4))).toEqual({ allowed: true });
    await fail('anne', '10.0.0.1', at(4));
    expect(await check('anne', '10.0.0.1', at(5))).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
    // The lock is on the name, from any address, in any case.
    expect((await check('ANNE', '10.9.9.9', at(5))).allowed).toBe(false);
    expect((await check('bo', '10.0.0.1', at(5))).allowed).toBe(true);
    expect(await check('anne', '10.0.0.1', at(19))).toEqual({ allowed: true });
  });

  it('spreads over time: five failures more than 15 minutes apart never lock', async () => {
    for (let i = 0; i < 5; i += 1) await fail('spread', '10.0.0.2', at(i * 16));
    expect((await check('spread', '10.0.0.2', at(65))).allowed).toBe(true);
  });

  it('locks a client address after 20 failures across usernames', async () => {
    for (let i = 0; i < 19; i += 1) await fail(`user${i}`, '10.0.0.3', at(i / 2));
    expect((await check('someone', '10.0.0.3', at(10))).allowed).toBe(true);
    await fail('user19', '10.0.0.3', at(10));
    expect(await check('someone', '10.0.0.3', at(10))).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 });
    expect((await check('someone', '10.0.0.4', at(10))).allowed).toBe(true);
  });

  it('clears the username count on success but not the address count', async () => {
    for (let i = 0; i < 4; i += 1) await fail('carl', '10.0.0.5', at(i));
    await clearFailures(database.db, throttleKeys('Carl', '10.0.0.5')[0]!);
    await fail('carl', '10.0.0.5', at(5));
    expect((await check('carl', '10.0.0.5', at(6))).allowed).toBe(true);
    const rows = await database.db.select().from(signInFailures);
    expect(rows.map((r) => r.failures).sort()).toEqual([1, 5]);
  });

  it('stores hashed keys only: no typed username or address in the table', async () => {
    await fail('my secret password', '192.168.1.77', T0);
    const dump = JSON.stringify(await database.db.select().from(signInFailures));
    expect(dump).not.toContain('secret');
    expect(dump).not.toContain('192.168');
  });

  it('purges records whose window and lock are over, keeps the rest', async () => {
    for (let i = 0; i < 5; i += 1) await fail('locked', '10.0.0.6', at(i));
    await fail('old', '10.0.0.7', at(0));
    await fail('fresh', '10.0.0.8', at(10));
    // At 16 min: 'old', its address and the address of 'locked' (not locked) are stale;
    // 'locked' is locked until 19, 'fresh' and its address are in their window.
    expect(await purgeStaleFailures(database.db, at(16))).toBe(3);
    expect((await check('locked', '10.0.0.1', at(16))).allowed).toBe(false);
    expect(await purgeStaleFailures(database.db, at(30))).toBe(3);
  });
});
