// Password hashing with scrypt (memory-hard, in Node without native add-ons). Stored as
// `scrypt$N$r$p$saltB64$hashB64` so the cost can be raised later without breaking old hashes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** N = 2^17, r = 8: about 128 MiB and a few hundred milliseconds per hash, on purpose. */
export const PRODUCTION_COST = 2 ** 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Hashes stored with more than this are refused rather than risking memory exhaustion. */
const MAX_COST = 2 ** 20;
/** At most this many hashes run at once: each takes 128 MiB and a libuv thread. */
const MAX_CONCURRENT = 2;

export interface HashOptions {
  /** Tests only: a lower N keeps them fast. Production code never passes this. */
  testOnlyCost?: number;
}

export interface VerifyOptions {
  /** Tests only: accept stored hashes with N down to this. Production code never passes this. */
  testOnlyMinimumCost?: number;
}

/** A stored hash that cannot be used: malformed, or weaker than the production cost. */
export class PasswordHashError extends Error {}

interface ScryptParams { cost: number; blockSize: number; parallelism: number; salt: Buffer; hash: Buffer }

export async function hashPassword(password: string, options: HashOptions = {}): Promise<string> {
  const cost = options.testOnlyCost ?? PRODUCTION_COST;
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, { cost, blockSize: BLOCK_SIZE, parallelism: PARALLELISM, salt }, KEY_BYTES);
  return ['scrypt', cost, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `password` matches; throws PasswordHashError when the stored hash is unusable. */
export async function verifyPassword(stored: string, password: string, options: VerifyOptions = {}): Promise<boolean> {
  const params = parsePasswordHash(stored);
  const minimum = options.testOnlyMinimumCost ?? PRODUCTION_COST;
  if (params.cost < minimum) {
    throw new PasswordHashError(`stored password hash has N = ${params.cost}, below the minimum ${minimum}`);
  }
  const candidate = await derive(password, params, params.hash.length);
  return timingSafeEqual(candidate, params.hash);
}

/**
 * The same work as a real verification, for unknown users and accounts without a password,
 * so response times do not tell which usernames exist. Always false.
 */
export async function dummyVerify(password: string): Promise<false> {
  const salt = randomBytes(SALT_BYTES);
  await derive(password, { cost: PRODUCTION_COST, blockSize: BLOCK_SIZE, parallelism: PARALLELISM, salt }, KEY_BYTES);
  return false;
}

export function parsePasswordHash(stored: string): ScryptParams {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') throw new PasswordHashError('stored password hash is not in the scrypt$N$r$p$salt$hash format');
  const [cost, blockSize, parallelism] = parts.slice(1, 4).map((p) => (/^\d{1,8}$/.test(p) ? Number(p) : NaN)) as [number, number, number];
  if (!(cost >= 2 && cost <= MAX_COST && (cost & (cost - 1)) === 0)) throw new PasswordHashError('stored password hash has an invalid N');
  if (!(blockSize >= 1 && blockSize <= 32 && parallelism >= 1 && parallelism <= 16)) {
    throw new PasswordHashError('stored password hash has an invalid r or p');
  }
  const salt = base64(parts[4]!);
  const hash = base64(parts[5]!);
  if (salt.length < 16 || hash.length < 16) throw new PasswordHashError('stored password hash has a too short salt or hash');
  return { cost, blockSize, parallelism, salt, hash };
}

function base64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new PasswordHashError('stored password hash is not valid base64');
  return Buffer.from(text, 'base64');
}

type DeriveParams = Omit<ScryptParams, 'hash'>;

function derive(password: string, params: DeriveParams, keyBytes: number): Promise<Buffer> {
  // NFC so "æ" typed on different keyboards (composed or not) gives the same hash.
  const input = Buffer.from(password.normalize('NFC'), 'utf8');
  const { cost: N, blockSize: r, parallelism: p } = params;
  return limited(() => new Promise<Buffer>((resolve, reject) => {
    scrypt(input, params.salt, keyBytes, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)));
  }));
}

let running = 0;
const waiting: Array<() => void> = [];

/** A small semaphore: a burst of sign-ins queues instead of taking all memory and threads. */
async function limited<T>(work: () => Promise<T>): Promise<T> {
  // A finishing hash hands its slot straight to the next in line, so `running` never overshoots.
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
