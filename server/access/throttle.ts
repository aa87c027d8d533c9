// Sign-in throttling: too many failures for one username, or from one client address, lock
// that key for a while. Kept in `sign_in_failures` so the lock holds across processes.
// Keys are SHA-256 hashes: the table must not collect typed usernames (often a password) or addresses.
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { signInFailures } from '../db/access-schema';

export interface ThrottlePolicy {
  /** Failures for one username within the window before it locks. */
  usernameLimit: number;
  /** Failures from one client address within the window before it locks. */
  addressLimit: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { usernameLimit: 5, addressLimit: 20, windowMinutes: 15, lockMinutes: 15 };

export interface FailureRecord { failures: number; firstFailureAt: Date; lockedUntil: Date | null }
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export interface ThrottleKey { key: string; limit: number }

/** Pure: may an attempt go ahead under this key's record? */
export function decide(record: FailureRecord | undefined, now: Date): ThrottleDecision {
  if (!record?.lockedUntil || record.lockedUntil.getTime() <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((record.lockedUntil.getTime() - now.getTime()) / 1000)) };
}

/**
 * Pure: the record after one more failure. A failure outside the window starts a new count;
 * reaching the limit locks, so with limit 5 the 5th failure locks and the 6th attempt is refused.
 */
export function afterFailure(record: FailureRecord | undefined, now: Date, limit: number, policy: ThrottlePolicy): FailureRecord {
  const windowStart = now.getTime() - policy.windowMinutes * 60_000;
  const fresh = !record || record.firstFailureAt.getTime() <= windowStart;
  const failures = fresh ? 1 : record.failures + 1;
  const firstFailureAt = fresh ? now : record.firstFailureAt;
  const lockedUntil = failures >= limit ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failures, firstFailureAt, lockedUntil };
}

/** The two keys of one attempt; usernames are case-folded like the accounts. */
export function throttleKeys(username: string, address: string, policy: ThrottlePolicy = DEFAULT_THROTTLE): ThrottleKey[] {
  return [
    { key: digest(`user:${username.trim().toLowerCase()}`), limit: policy.usernameLimit },
    { key: digest(`addr:${address}`), limit: policy.addressLimit },
  ];
}

/** Refused when any key is locked; the longest wait wins. */
export async function checkThrottle(db: Database, keys: readonly ThrottleKey[], now: Date): Promise<ThrottleDecision> {
  const rows = await db.select().from(signInFailures).where(inArray(signInFailures.throttleKey, keys.map((k) => k.key)));
  let wait = 0;
  for (const row of rows) {
    const decision = decide(row, now);
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** Counts one failure under every key; the row is locked while it is read and rewritten. */
export async function recordFailure(db: Database, keys: readonly ThrottleKey[], now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { key, limit } of keys) {
      await tx.insert(signInFailures).values({ throttleKey: key, failures: 0, firstFailureAt: now }).onConflictDoNothing();
      const [row] = await tx.select().from(signInFailures).where(eq(signInFailures.throttleKey, key)).for('update');
      // A new first row (failures 0) counts as no record.
      const next = afterFailure(row && row.failures > 0 ? row : undefined, now, limit, policy);
      await tx.update(signInFailures).set(next).where(eq(signInFailures.throttleKey, key));
    }
  });
}

/** A successful sign-in clears the username's count (not the address's). */
export async function clearFailures(db: Database, key: ThrottleKey): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.throttleKey, key.key));
}

/** Removes records that no longer lock or count: lock over and window over. */
export async function purgeStaleFailures(db: Database, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const removed = await db.delete(signInFailures).where(and(
    lte(signInFailures.firstFailureAt, windowStart),
    or(isNull(signInFailures.lockedUntil), lt(signInFailures.lockedUntil, now)),
  )).returning({ key: signInFailures.throttleKey });
  return removed.length;
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
