// What the public surface keeps between requests, one per HTTP app: the table cached per import
// and the per-address request limit, shared by the GraphQL operation and the open-data routes.
import { GraphQLError } from 'graphql';
import { ImportKeyedCache } from './cache';
import { DEFAULT_PUBLIC_RATE_LIMIT, FixedWindowLimiter, type RateLimitPolicy } from './rate-limit';
import type { PublicTimesTable } from './table';

export interface PublicTimesRuntime {
  cache: ImportKeyedCache<PublicTimesTable>;
  limiter: FixedWindowLimiter;
  now: () => Date;
}

export interface PublicTimesOptions {
  rateLimit?: RateLimitPolicy;
  /** Tests move the clock (rate windows, `generatedAt`). */
  now?: () => Date;
}

export function createPublicTimesRuntime(options: PublicTimesOptions = {}): PublicTimesRuntime {
  const now = options.now ?? (() => new Date());
  return {
    cache: new ImportKeyedCache<PublicTimesTable>(),
    limiter: new FixedWindowLimiter(options.rateLimit ?? DEFAULT_PUBLIC_RATE_LIMIT, () => now().getTime()),
    now,
  };
}

export const RATE_LIMITED_MESSAGE = 'Too many requests for the public processing times from your address';

/** HTTP 429 with Retry-After for the GraphQL answer (Apollo takes `extensions.http` off the error). */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`${RATE_LIMITED_MESSAGE}: try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED', retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
