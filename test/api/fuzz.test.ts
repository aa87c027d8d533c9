// Property tests over EVERY root operation of the executable schema (read at test time, so new
// operations are covered without a line here): whatever the arguments and whoever asks, the answer
// is data or a refusal with a code, never an internal error and never internal text.
import { afterAll, beforeAll, describe, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { typeDefs } from '../../server/graphql/schema';
import type { RequestIdentity } from '../../server/graphql/context';
import { startTestApi, testViewer, type OperationResult, type TestApi } from '../helpers/api';

/** Random runs per operation and caller, after the fixed nasty examples; FUZZ_RUNS=500 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'ACCESS_LOG_UNAVAILABLE']);
/** Signs of internals in a response (what we send may be echoed back, so not the SQL-ish input itself). */
const INTERNALS = /relation "|syntax error at|violates|duplicate key|pglite|drizzle|node_modules|\.ts:\d|\\n\s+at |stacktrace/i;
/** The director, the committee and anonymous, as asked; the admin too, so admin-only operations get past the guard. */
const WHO: Record<string, RequestIdentity['viewer']> = {
  director: testViewer('director'), committee: testViewer('committee'), anonymous: null, admin: testViewer('admin'),
};

const TEXT = ['', ' ', '\u0000', "'; drop table x; --", 'x'.repeat(10_000), 'Æblegrød 🙂', '%', '_'];
/** Inputs that broke systems before; each is also tried on every argument first (fast-check examples). */
const NASTY: Record<string, unknown[]> = {
  String: TEXT, ID: TEXT, DateTime: TEXT,
  Date: ['0000-01-01', '9999-12-31', '2025-02-30', '2024-13-01', '2024-1-1', '', '２０２４-０１-０１', '2024-01-01T00:00:00Z'],
  Int: [2 ** 53, -(2 ** 53), 2 ** 31, -(2 ** 31) - 1, -1, 0, 1.5, 'NaN', '1e309'],
  Float: [1e308, -1e308, 0, 'NaN'],
  Boolean: ['true', 0],
};
/** A plausible value per scalar, so one nasty argument is tried with sensible others. */
const PLAIN: Record<string, unknown> = { String: 'BCH', ID: 'BCH', Date: '2024-06-30', DateTime: '2024-06-30T00:00:00Z', Int: 10, Float: 1, Boolean: true };

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('BORN', 'BCH', 'C1', 'ADM', 'test-admin', ...TEXT));
const pad = (n: number) => String(n).padStart(2, '0');
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(fc.nat(9999), fc.nat(13), fc.nat(32)).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`), fc.constantFrom(...NASTY.Date!), text);
const int = fc.oneof(fc.integer(), fc.integer({ min: -3, max: 600 }), fc.constantFrom(...NASTY.Int!));
const garbage = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), text, fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const float = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), int);
const SCALARS: Record<string, fc.Arbitrary<unknown>> = { Date: date, DateTime: text, ID: fc.oneof(text, int), String: text, Int: int, Float: float, Boolean: fc.boolean() };

/** Values of the type, with nulls, omissions (missing required fields) and wrong kinds mixed in. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  return fc.oneof({ arbitrary: typed(inner, depth), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: garbage, weight: 1 });
}

function typed(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), text);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields()).map((f) => [f.name, valueOf(f.type, depth + 1)] as const);
    return fc.record(Object.fromEntries(fields), { requiredKeys: [] });
  }
  return SCALARS[type.name] ?? text;
}

/** A sensible value of the type, and values of it with exactly one nasty spot. */
function plainOf(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plainOf(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, plainOf(f.type)]));
  return PLAIN[inner.name] ?? 'x';
}

function nastyOf(type: GraphQLInputType): unknown[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return nastyOf(inner.ofType).map((v) => [v]);
  if (isEnumType(inner)) return ['NOT_A_VALUE', inner.getValues()[0]!.name.toLowerCase()];
  if (isInputObjectType(inner)) {
    const plain = plainOf(inner) as Record<string, unknown>;
    return Object.values(inner.getFields()).flatMap((f) => [null, ...nastyOf(f.type)].map((v) => ({ ...plain, [f.name]: v })));
  }
  return NASTY[inner.name] ?? [];
}

/** `__typename` and a few leaf fields (without required arguments) of the returned type. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  const fields = isObjectType(type) ? Object.values(type.getFields()) : [];
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
  return ` { __typename ${leaves.slice(0, 5).map((f) => f.name).join(' ')} }`;
}

function operationOf(kind: 'query' | 'mutation', root: string, field: GraphQLField<unknown, unknown>) {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const plain = Object.fromEntries(field.args.map((a) => [a.name, plainOf(a.type)]));
  return {
    name: `${root}.${field.name}`,
    source: `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selectionOf(field)} }`,
    variables: fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type)])), { requiredKeys: [] }),
    examples: field.args.flatMap((a) => nastyOf(a.type).map((v) => ({ ...plain, [a.name]: v }))),
    runs: field.args.length > 0 ? RUNS : 2,
  };
}

const schema = buildSchema(typeDefs);
const OPERATIONS = (['query', 'mutation'] as const).flatMap((kind) => {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => operationOf(kind, root!.name, field));
});
/** Case-level reads need a purpose; mostly a valid one, sometimes none or a malformed one. */
const purpose = fc.oneof({ arbitrary: fc.constant('CASE_VIEW'), weight: 8 }, { arbitrary: fc.constantFrom(undefined, 'NOPE', 'REVIEW_ROUND:', 'EXPORT:x'), weight: 2 });

let api: TestApi;
const internal: unknown[] = [];
const tally = { runs: 0, failing: 0 };

beforeAll(async () => { api = await startTestApi({ logError: (e) => internal.push(e) }); });
afterAll(async () => {
  console.info(`fuzz: ${OPERATIONS.length} operations × ${Object.keys(WHO).length} callers, ${tally.runs} runs (shrinking included), ${tally.failing} failing`);
  await api.stop();
});

/** The stack, and the cause's (drizzle wraps the database error). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause ? `${error.stack}\ncaused by: ${describeError(error.cause)}` : String(error.stack);
}

function problemsIn(result: OperationResult): string[] {
  const problems = (result.errors ?? []).filter((e) => !ALLOWED_CODES.has(String(e.extensions?.code))).map((e) => `${String(e.extensions?.code)}: ${e.message}`);
  if (INTERNALS.test(JSON.stringify(result))) problems.push(`internal text in ${JSON.stringify(result).slice(0, 300)}`);
  return problems;
}

describe.each(OPERATIONS)('$name', ({ name, source, variables, examples, runs }) => {
  it.each(Object.keys(WHO))('never fails internally, as %s', async (who) => {
    const property = fc.asyncProperty(variables, purpose, async (generated, purposeHeader) => {
      const sent = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>; // as over HTTP
      internal.length = 0;
      tally.runs += 1;
      const problems = problemsIn(await api.run(source, sent, { viewer: WHO[who] ?? null, purposeHeader }));
      if (problems.length === 0) return;
      const stacks = internal.map(describeError).join('\n');
      throw new Error(`${name} as ${who}, variables ${JSON.stringify(sent).slice(0, 400)}: ${problems.join('; ')}\n${stacks}`);
    });
    const fixed = examples.map((e): [Record<string, unknown>, string | undefined] => [e, 'CASE_VIEW']);
    await fc.assert(property, { numRuns: runs, examples: fixed }).catch((error: unknown) => { tally.failing += 1; throw error; });
  });
});
