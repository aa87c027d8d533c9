// Which errors mean "the database cannot be reached" (clear, retryable) rather than a bug of ours.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asUnavailableRefusal, isDatabaseUnavailable } from '../../server/db/unavailable';
import { maskError } from '../../server/graphql/server';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows refused connections, ended sessions and connect timeouts, however deeply wrapped', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:55499', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('connection failure', '08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    const drizzle = new Error('Failed query: select 1', { cause: new Error('Connection terminated unexpectedly') });
    expect(isDatabaseUnavailable(new GraphQLError('Context creation failed: Failed query', { originalError: drizzle }))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('canceling statement due to statement timeout', '57014'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('maskError with the database away', () => {
  it('answers DATABASE_UNAVAILABLE with a clear message and the request id, not a generic internal error', () => {
    const error = new GraphQLError('connect ECONNREFUSED', { originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED') });
    const masked = maskError({ message: error.message, path: ['figures'] }, error, () => 'req-1');
    expect(masked).toEqual({
      message: 'The database cannot be reached right now; please try again in a moment.',
      path: ['figures'],
      extensions: { code: 'DATABASE_UNAVAILABLE', requestId: 'req-1' },
    });
    const other = maskError({ message: 'boom' }, new Error('boom'), () => 'req-2');
    expect(other.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-2' });
  });
});

describe('asUnavailableRefusal', () => {
  it('turns a lost database into a DATABASE_UNAVAILABLE refusal with HTTP 503, and leaves other errors alone', () => {
    const refusal = asUnavailableRefusal(withCode('connect ECONNREFUSED', 'ECONNREFUSED')) as GraphQLError;
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect(refusal.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', http: { status: 503 } });
    const other = new Error('boom');
    expect(asUnavailableRefusal(other)).toBe(other);
  });
});
