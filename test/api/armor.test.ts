// Every limit of server/graphql/armor.ts: a document exactly at the limit passes, one more is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../server/graphql/armor';
import { startTestApi, testViewer, type OperationResult, type TestApi } from '../helpers/api';

let api: TestApi;
const ADMIN = { viewer: testViewer('admin') };

beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api.stop(); });

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** departments { children { … { id } } }: `depth` levels of selection. */
const nested = (depth: number) => `{ departments { ${'children { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

/** `n` aliased lookups of one department. */
const aliased = (n: number) => `{ ${repeat(n, (i) => `d${i}: department(id: "BORN") { id }`)} }`;

/** `n` @include directives, one per (repeated, merged) field. */
const directed = (n: number) => `{ departments { ${repeat(n, () => 'id @include(if: true)')} } }`;

/**
 * Exactly `n` tokens: spreads of distinct fragments (9 tokens each with the definition) plus up to 8
 * `__typename`s. (A thousand copies of one field would trip graphql-js's own overlap budget first.)
 */
function tokens(n: number): string {
  const fragments = Math.floor((n - 2) / 9);
  const spreads = repeat(fragments, (i) => `...F${i}`);
  const definitions = repeat(fragments, (i) => `fragment F${i} on Query { __typename }`);
  return `{ ${spreads} ${repeat(n - 2 - 9 * fragments, () => '__typename')} } ${definitions}`;
}

/**
 * A query costing exactly `cost`: accessLog(first: 400) multiplies its own cost (2 + 1.5 per leaf)
 * by 400, i.e. 800 + 600 per leaf (32 leaves: 20 000); each extra root `__typename` adds 1.
 */
function costing(cost: number): string {
  const leaves = Math.floor((cost - 800) / 600);
  const padding = cost - (800 + 600 * leaves);
  return `{ accessLog(first: 400) { ${repeat(leaves, () => 'hasMore')} } ${repeat(padding, () => '__typename')} }`;
}

function accepted(result: OperationResult): void {
  expect(result.errors ?? []).toEqual([]);
  expect(result.data).toBeTruthy();
}

function refused(result: OperationResult, code: string, message: string): void {
  expect(result.data).toBeUndefined();
  expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([[code, message]]);
}

describe('armor limits', () => {
  it('depth: accepts MAX_DEPTH, refuses one more', async () => {
    accepted(await api.run(nested(MAX_DEPTH)));
    refused(await api.run(nested(MAX_DEPTH + 1)), 'GRAPHQL_VALIDATION_FAILED', `Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}.`);
  });

  it('depth: counts fields, not fragments (the client colocates fragments)', async () => {
    const fragmented = `{ departments { ...A } } fragment A on Department { children { ...B } } fragment B on Department { children { id } }`;
    accepted(await api.run(fragmented));
  });

  it('aliases: accepts MAX_ALIASES, refuses one more', async () => {
    accepted(await api.run(aliased(MAX_ALIASES)));
    refused(await api.run(aliased(MAX_ALIASES + 1)), 'GRAPHQL_VALIDATION_FAILED', `Aliases limit of ${MAX_ALIASES} exceeded, found ${MAX_ALIASES + 1}.`);
  });

  it('directives: accepts MAX_DIRECTIVES, refuses one more', async () => {
    accepted(await api.run(directed(MAX_DIRECTIVES)));
    refused(await api.run(directed(MAX_DIRECTIVES + 1)), 'GRAPHQL_VALIDATION_FAILED', `Directives limit of ${MAX_DIRECTIVES} exceeded, found ${MAX_DIRECTIVES + 1}.`);
  });

  it('tokens: accepts MAX_TOKENS, refuses one more before validating', async () => {
    accepted(await api.run(tokens(MAX_TOKENS)));
    refused(await api.run(tokens(MAX_TOKENS + 1)), 'GRAPHQL_PARSE_FAILED', `Syntax Error: Document contains more that ${MAX_TOKENS} tokens. Parsing aborted.`);
  });

  it('cost: accepts MAX_COST, refuses one more', async () => {
    accepted(await api.run(costing(MAX_COST), {}, ADMIN));
    refused(await api.run(costing(MAX_COST + 1), {}, ADMIN), 'GRAPHQL_VALIDATION_FAILED', `Query Cost limit of ${MAX_COST} exceeded, found ${MAX_COST + 1}.`);
  });

  it('reports every limit a document breaks, and runs none of it', async () => {
    const result = await api.run(`{ ${aliased(MAX_ALIASES + 1).slice(1, -1)} ${nested(MAX_DEPTH + 1).slice(1, -1)} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual([
      `Aliases limit of ${MAX_ALIASES} exceeded, found ${MAX_ALIASES + 1}.`,
      `Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}.`,
    ]);
  });
});

describe('introspection', () => {
  it('passes for the standard introspection query of GraphiQL, Sandbox and IDEs', async () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const result = await api.run(full, {}, { viewer: null });
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema).toBeTruthy();
  });

  it('is counted by the cost limit: a deep introspection bomb is refused', async () => {
    const bomb = `{ __schema { types { ${'fields { type { '.repeat(10)}name${' } }'.repeat(10)} } } }`;
    const result = await api.run(bomb, {}, { viewer: null });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`^Query Cost limit of ${MAX_COST} exceeded, found \\d+`));
  });
});

describe('messages', () => {
  it('do not suggest field or enum names', async () => {
    const field = await api.run('{ departmnts { id } }');
    expect(field.errors?.[0]).toEqual({ message: 'Cannot query field "departmnts" on type "Query".', locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const value = await api.run('mutation { addUser(input: { username: "x", role: DIRECTR }) { id } }', {}, ADMIN);
    expect(value.errors?.[0]?.message).toBe('Value "DIRECTR" does not exist in "Role" enum.');
  });
});

describe('HTTP', () => {
  const request = (method: string, headers: [string, string][], body?: unknown) => api.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers: new HeaderMap(headers), search: method === 'GET' ? 'query=%7B__typename%7D' : '', body },
    context: async () => ({}) as never,
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention)', async () => {
    expect((await request('GET', [])).status).toBe(400);
    expect((await request('GET', [['apollo-require-preflight', 'true']])).status ?? 200).toBe(200);
  });

  it('refuses batched operations', async () => {
    const response = await request('POST', [['content-type', 'application/json']], [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });
});
