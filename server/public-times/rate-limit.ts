// A fixed-window request limit per key (the client address) for the public, unauthenticated
// surface: the GraphQL operation publicProcessingTimes and the open-data files. In memory, per
// process: it only has to keep one client from hammering the server, not to be exact across processes.

export interface RateLimitPolicy {
  /** Requests one client address may make per window. */
  limit: number;
  windowSeconds: number;
}

export const DEFAULT_PUBLIC_RATE_LIMIT: RateLimitPolicy = { limit: 120, windowSeconds: 60 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window { startedAt: number; count: number }

/** Beyond this many addresses, expired windows are swept and then the oldest dropped, so memory stays bounded. */
const MAX_KEYS = 10_000;

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(readonly policy: RateLimitPolicy, private readonly now: () => number = Date.now) {
    if (!(Number.isInteger(policy.limit) && policy.limit > 0) || !(policy.windowSeconds > 0)) {
      throw new RangeError(`rate limit must be a positive whole number of requests per positive window, got ${policy.limit} per ${policy.windowSeconds} s`);
    }
  }

  /** Counts one request under `key`; refused (with the seconds until the window ends) past the limit. */
  take(key: string): RateDecision {
    const now = this.now();
    const windowMs = this.policy.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      this.windows.delete(key);
      this.makeRoom(now, windowMs);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.policy.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true };
  }

  /** How many addresses are tracked (tests check that memory stays bounded). */
  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number, windowMs: number): void {
    if (this.windows.size < MAX_KEYS) return;
    for (const [key, window] of this.windows) if (now - window.startedAt >= windowMs) this.windows.delete(key);
    // Still full (many live addresses): forget the oldest windows, Map order being insertion order.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}
