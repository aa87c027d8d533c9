// Internal failures reach the caller as "Internal server error" with a request id to quote, and
// reach the log (pino) with that id and the real cause; refusals we raise pass through with their code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext, type RequestIdentity } from '../../server/graphql/context';
import { createApolloServer, introspectionEnabled } from '../../server/graphql/server';
import { createLogger, defaultLevel } from '../../server/log';
import { DIRECTOR, startTestApi, type OperationResult, type TestApi } from '../helpers/api';

const lines: string[] = [];
const logger = createLogger({ level: 'debug', destination: { write: (line: string) => { lines.push(line); } } });
const records = () => lines.map((line) => JSON.parse(line) as Record<string, any>);
let api: TestApi;

const SQL_FAILURE = 'relation "secret_table" does not exist: select * from secret_table where id = $1 (/srv/tilsyn/server/organisation/queries.ts:11:3)';
/** Text of ours that must never reach a caller. */
const INTERNALS = /secret_table|select \*|\/srv\/tilsyn|queries\.ts|\bat .*:\d+:\d+|stack/i;

beforeAll(async () => { api = await startTestApi({ logger }); });
afterAll(async () => { await api.stop(); });

/** Runs an operation on a context whose database fails the way `fail` says. */
async function runFailing(source: string, requestId: string, fail: () => Promise<never>): Promise<OperationResult> {
  const context = { ...createRequestContext(api.database.db, { viewer: DIRECTOR, requestId }), db: { execute: fail } };
  const response = await api.apollo.executeOperation({ query: source }, { contextValue: context as never });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as OperationResult;
}

describe('an internal failure', () => {
  it('is masked for the caller, with the request id to quote', async () => {
    const result = await runFailing('{ departments { id } }', 'req-mask-1', () => Promise.reject(new Error(SQL_FAILURE)));
    expect(result.errors).toEqual([{ message: 'Internal server error', path: ['departments'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-mask-1' } }]);
    expect(JSON.stringify(result)).not.toMatch(INTERNALS);
  });

  it('is logged with the request id, the original message and the stack', async () => {
    await runFailing('query Failing { departments { id } }', 'req-mask-2', () => Promise.reject(new Error(SQL_FAILURE)));
    const record = records().find((r) => r.requestId === 'req-mask-2');
    expect(record).toMatchObject({ level: 50, msg: 'GraphQL request failed', operationName: 'Failing', path: ['departments'], err: { message: SQL_FAILURE } });
    expect(record?.err.stack).toContain('Error: relation "secret_table"');
  });

  it('is masked too when what is thrown is not an Error', async () => {
    const result = await runFailing('{ departments { id } }', 'req-mask-3', () => Promise.reject(SQL_FAILURE as never));
    expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-mask-3' } });
    expect(JSON.stringify(result)).not.toMatch(INTERNALS);
  });
});

describe('refusals we raise', () => {
  it('pass through with their code only (no extensions.http, no request id)', async () => {
    const result = await api.run('{ departments { id } }', {}, { viewer: null, requestId: 'req-anon' });
    expect(result.errors).toEqual([{
      message: 'Sign in to use Tilsyn (session missing or expired).', locations: [{ line: 1, column: 3 }], path: ['departments'], extensions: { code: 'UNAUTHENTICATED' },
    }]);
    expect(records().find((r) => r.requestId === 'req-anon')).toMatchObject({ level: 20, code: 'UNAUTHENTICATED' });
  });

  it('keep their message when a database error lies beneath, which is logged as a warning', async () => {
    const identity: RequestIdentity = {
      viewer: DIRECTOR, purposeHeader: 'CASE_VIEW', requestId: 'req-log-down', accessLogWriter: () => Promise.reject(new Error(SQL_FAILURE)),
    };
    const result = await api.run('{ case(id: "C1") { id citizenPseudonym } }', {}, identity);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'ACCESS_LOG_UNAVAILABLE' });
    expect(JSON.stringify(result)).not.toMatch(INTERNALS);
    expect(records().find((r) => r.requestId === 'req-log-down')).toMatchObject({ level: 40, code: 'ACCESS_LOG_UNAVAILABLE', err: { message: SQL_FAILURE } });
  });
});

describe('the logger', () => {
  it('redacts credentials', () => {
    const captured: string[] = [];
    const log = createLogger({ level: 'info', destination: { write: (line: string) => { captured.push(line); } } });
    log.info({ req: { headers: { authorization: 'Bearer abc', cookie: 'sid=abc', accept: 'json' } }, password: 'pw', user: { token: 'tok' } }, 'hello');
    const record = JSON.parse(captured[0]!);
    expect(record.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', accept: 'json' });
    expect(record.password).toBe('[redacted]');
    expect(record.user.token).toBe('[redacted]');
  });

  it('is silent under Vitest unless LOG_LEVEL says otherwise, info elsewhere', () => {
    expect(defaultLevel({ VITEST: 'true' })).toBe('silent');
    expect(defaultLevel({ VITEST: 'true', LOG_LEVEL: 'debug' })).toBe('debug');
    expect(defaultLevel({})).toBe('info');
  });
});

describe('introspection', () => {
  it('is off in production unless enabled explicitly', () => {
    expect(introspectionEnabled(undefined, { NODE_ENV: 'production' })).toBe(false);
    expect(introspectionEnabled(true, { NODE_ENV: 'production' })).toBe(true);
    expect(introspectionEnabled(undefined, { NODE_ENV: 'development' })).toBe(true);
  });

  it('is refused by a server that has it off', async () => {
    const closed = createApolloServer({ introspection: false, logger });
    const response = await closed.executeOperation({ query: '{ __schema { queryType { name } } }' }, {
      contextValue: createRequestContext(api.database.db, { viewer: DIRECTOR }),
    });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await closed.stop();
  });
});
