// The committee never receives a count from 1 to 4: every figure reachable from `figures` is
// asked for (built from the schema, so new figures are covered), on the tiny data set where
// nearly every count is small, and every count-named field is checked. The director's answer to
// the same query has such counts, so the check is not vacuous.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { importDataSet } from '../../server/importer/service';
import { createApolloServer } from '../../server/graphql/server';
import type { RequestContext } from '../../server/graphql/context';
import { typeDefs } from '../../server/graphql/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { runOperation, testViewer, DIRECTOR } from '../helpers/api';

/** Fields that count cases, persons or events (as opposed to days, ids or rates). */
const COUNT_FIELDS = new Set([
  'decided', 'decidedWithDueDate', 'withoutDeadline', 'onTime', 'count', 'cohort', 'events', 'censored', 'atRisk',
  'total', 'withDueDate', 'overdue', 'n', 'becameLate', 'becameOnTime', 'changedStatus', 'withoutActualDueDate',
]);
/** Structural objects below a figure: only their id. */
const ID_ONLY = new Set(['Department', 'CaseType']);

function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const [name, field] of Object.entries(type.getFields())) {
    if (field.args.some((a) => a.type.toString().endsWith('!'))) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) parts.push(name);
    else if (ID_ONLY.has(named.name)) parts.push(`${name} { id }`);
    else if (name === 'children') { if (depth > 0) parts.push(`children { ${selection(type, depth - 1)} }`); }
    else parts.push(`${name} { ${selection(named, depth)} }`);
  }
  return parts.join(' ');
}

function smallCounts(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => smallCounts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'number' && COUNT_FIELDS.has(k) && v > 0 && v < 5 ? [`${path}.${k}=${v}`] : smallCounts(v, `${path}.${k}`));
  }
  return [];
}

let database: TestDatabase;
let apollo: ApolloServer<RequestContext>;
const schema = buildSchema(typeDefs);
const QUERY = `query($asOf: Date!) { figures(scope: "ADM", period: { from: "2018-01-01", to: "2020-12-31" }, asOf: $asOf) {
  ${selection(schema.getType('ScopeFigures') as GraphQLObjectType, 1)} } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  apollo = createApolloServer({ logError: () => undefined });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await database.dispose();
});

describe('disclosure control for the committee', () => {
  it('the director sees small counts (so the check below can fail)', async () => {
    const result = await runOperation(apollo, database.db, QUERY, { asOf: '2021-01-01' }, { viewer: DIRECTOR });
    expect(result.errors).toBeUndefined();
    expect(smallCounts(result.data).length).toBeGreaterThan(0);
  });

  it('the committee receives no count from 1 to 4 anywhere in the figures', async () => {
    const result = await runOperation(apollo, database.db, QUERY, { asOf: '2021-01-01' }, { viewer: testViewer('committee') });
    expect(result.errors).toBeUndefined();
    expect(smallCounts(result.data)).toEqual([]);
    expect(JSON.stringify(result.data)).toContain('"withheld":true');
  });
});
