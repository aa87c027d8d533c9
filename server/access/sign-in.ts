// Password sign-in as a service (no HTTP): throttle check, password check with the same work
// and the same answer whether or not the user exists, failure counting, audit log lines.
import type { Database } from '../db/client';
import { logger } from '../log';
import { dummyVerify, PasswordHashError, verifyPassword } from './passwords';
import { findUserByUsername, type UserRow } from './users';
import { checkThrottle, clearFailures, DEFAULT_THROTTLE, recordFailure, throttleKeys, type ThrottlePolicy } from './throttle';

export interface SignInAttempt { username: string; password: string; address: string }

export type SignInOutcome =
  | { kind: 'signed-in'; user: UserRow }
  | { kind: 'invalid-credentials' }
  | { kind: 'throttled'; retryAfterSeconds: number };

export async function signInWithPassword(db: Database, attempt: SignInAttempt, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Promise<SignInOutcome> {
  const keys = throttleKeys(attempt.username, attempt.address, policy);
  const gate = await checkThrottle(db, keys, now);
  if (!gate.allowed) {
    logger().warn({ event: 'sign-in-throttled', address: attempt.address }, 'sign-in refused: too many failures');
    return { kind: 'throttled', retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await findUserByUsername(db, attempt.username);
  const matches = user ? await passwordMatches(user, attempt.password) : await dummyVerify(attempt.password);
  if (!user || !matches) {
    await recordFailure(db, keys, now, policy);
    // Only names of real accounts reach the log: a mistyped name is often a password.
    logger().info({ event: 'sign-in-failed', username: user?.username ?? null, address: attempt.address }, 'sign-in failed');
    return { kind: 'invalid-credentials' };
  }
  await clearFailures(db, keys[0]!);
  logger().info({ event: 'sign-in', username: user.username, userId: user.id, via: 'password', address: attempt.address }, 'signed in');
  return { kind: 'signed-in', user };
}

/** Same cost on every path: disabled accounts, accounts without a password, and unusable hashes run the dummy. */
async function passwordMatches(user: UserRow, password: string): Promise<boolean> {
  if (user.disabled || !user.passwordHash) return dummyVerify(password);
  try {
    return await verifyPassword(user.passwordHash, password);
  } catch (error) {
    if (!(error instanceof PasswordHashError)) throw error;
    logger().error({ event: 'password-hash-unusable', username: user.username, problem: error.message }, 'stored password hash refused');
    return dummyVerify(password);
  }
}
