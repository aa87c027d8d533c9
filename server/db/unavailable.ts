// Telling "the database cannot be reached" from other failures, so the caller gets a clear,
// retryable error instead of a generic internal one while PostgreSQL is away.
import { GraphQLError } from 'graphql';

/** Node socket codes and PostgreSQL SQLSTATEs (class 08 connection exception, 57P0x shutdown). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03']);
/** node-postgres raises these without a code. */
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly/i;
const MAX_DEPTH = 8;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database cannot be reached right now; please try again in a moment.';

/** True when the error, or one it wraps (GraphQL originalError, drizzle cause), is a lost or refused connection. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return false;
}

/**
 * For failures before any resolver runs (resolving the session): a refusal with HTTP 503, so load
 * balancers and scripts see "try again" rather than a 500. Other errors are returned unchanged.
 */
export function asUnavailableRefusal(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    originalError: error instanceof Error ? error : undefined,
  });
}
