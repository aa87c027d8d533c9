// Every operation of schema.graphql against every role: allowed, refused, or narrowed to nothing.
// An operation added to the schema without a line here (and a rule in operations.ts) fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { importDataSet } from '../../server/importer/service';
import { createApolloServer } from '../../server/graphql/server';
import type { RequestContext } from '../../server/graphql/context';
import { rootFields, typeDefs } from '../../server/graphql/schema';
import { guardRootResolvers } from '../../server/access/operations';
import { apiTokens, users } from '../../server/db/access-schema';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { runOperation, testViewer, type OperationResult } from '../helpers/api';
import type { Viewer } from '../../server/access/viewer';

type Outcome = 'allow' | 'deny' | 'unauthenticated' | 'nothing';
type Who = 'anonymous' | 'admin' | 'director' | 'manager' | 'reviewer' | 'committee';
const WHO: Who[] = ['anonymous', 'admin', 'director', 'manager', 'reviewer', 'committee'];

const signedInOnly: Record<Who, Outcome> = {
  anonymous: 'unauthenticated', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'allow', committee: 'allow',
};
const adminOnly: Record<Who, Outcome> = {
  anonymous: 'unauthenticated', admin: 'allow', director: 'deny', manager: 'deny', reviewer: 'deny', committee: 'deny',
};

/** One sample call per operation, and what each role gets. The manager works in BORN; C2 is a VOKS case. */
const GRID: Record<string, { query: string; expect: Record<Who, Outcome> }> = {
  'Query.viewer': {
    query: '{ viewer { username role } }',
    expect: { anonymous: 'nothing', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'allow', committee: 'allow' },
  },
  'Query.departments': { query: '{ departments { id } }', expect: signedInOnly },
  'Query.department': { query: '{ department(id: "BCH") { id name } }', expect: signedInOnly },
  'Query.caseTypes': { query: '{ caseTypes { id } }', expect: signedInOnly },
  'Query.dataStatus': {
    query: '{ dataStatus { __typename } }',
    expect: { anonymous: 'unauthenticated', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'deny' },
  },
  'Query.case': {
    query: '{ case(id: "C2") { id citizenPseudonym } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'nothing', reviewer: 'nothing', committee: 'deny' },
  },
  'Query.figures': {
    query: '{ figures(scope: "ADM", period: { from: "2019-01-01", to: "2019-12-31" }, asOf: "2020-01-01") { asOf } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'allow' },
  },
  'Query.deadlineScenario': {
    query: '{ deadlineScenario(scope: "ADM", period: { from: "2018-01-01", to: "2018-12-31" }, asOf: "2019-01-01", caseType: "SEL-41", deadline: { value: 3, unit: MONTHS }) { changedStatus } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'allow' },
  },
  'Query.openCases': {
    // The manager's list is narrowed to BORN: C2 (VOKS, open) is not in it, so the list is empty but allowed.
    query: '{ openCases(scope: "ADM", asOf: "2020-12-31", filter: ALL) { total cases { case { id } } } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'deny' },
  },
  'Query.caseworkerFigures': {
    // The manager's rows are narrowed to caseworkers employed in BORN (CW2 and CW1 until mid-2020).
    query: '{ caseworkerFigures(scope: "ADM", period: { from: "2019-01-01", to: "2019-12-31" }, asOf: "2020-01-01") { caseworker { id } handovers } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'deny' },
  },
  'Query.publicProcessingTimes': {
    // Public: no sign-in needed (publication is off in this data, so the table is empty).
    query: '{ publicProcessingTimes { published rows { caseTypeId } } }',
    expect: { anonymous: 'allow', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'allow', committee: 'allow' },
  },
  'Query.publicationSettings': { query: '{ publicationSettings { published departmentIds } }', expect: adminOnly },
  'Query.users': { query: '{ users { username } }', expect: adminOnly },
  'Query.apiTokens': { query: '{ apiTokens { id } }', expect: adminOnly },
  'Query.accessLog': { query: '{ accessLog { hasMore } }', expect: adminOnly },
  'Mutation.addUser': {
    query: 'mutation { addUser(input: { username: "grid-new", role: DIRECTOR }) { username } }',
    expect: adminOnly,
  },
  'Mutation.issueApiToken': { query: 'mutation { issueApiToken(username: "grid-target", label: "grid") { token } }', expect: adminOnly },
  'Mutation.revokeApiToken': { query: 'mutation { revokeApiToken(id: "1") { revokedAt } }', expect: adminOnly },
  'Mutation.purgeAccessLog': { query: 'mutation { purgeAccessLog }', expect: adminOnly },
  'Mutation.updatePublicationSettings': {
    query: 'mutation { updatePublicationSettings(input: { published: false, departmentIds: [] }) { published } }',
    expect: adminOnly,
  },
};

let database: TestDatabase;
let apollo: ApolloServer<RequestContext>;
const viewers: Record<Who, Viewer | null> = {
  anonymous: null,
  admin: testViewer('admin'),
  director: testViewer('director'),
  manager: testViewer('manager', ['BORN']),
  reviewer: testViewer('reviewer'),
  committee: testViewer('committee'),
};

function outcomeOf(result: OperationResult, field: string): Outcome {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  if (code === 'FORBIDDEN') return 'deny';
  if (result.errors?.length) throw new Error(`unexpected error: ${JSON.stringify(result.errors)}`);
  return result.data?.[field] === null ? 'nothing' : 'allow';
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  const [target] = await database.db.insert(users).values({ username: 'grid-target', displayName: 'Grid', role: 'director' }).returning();
  const [token] = await database.db.insert(apiTokens).values({ userId: target!.id, tokenHash: 'x'.repeat(64), label: 'grid' }).returning();
  expect(token!.id).toBe(1);
  apollo = createApolloServer({ logError: () => undefined });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await database.dispose();
});

describe('role × operation grid', () => {
  const operations = Object.entries(rootFields(typeDefs)).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`));

  it('has a line for every operation of the schema, and none for operations it lacks', () => {
    expect(operations.filter((op) => !GRID[op])).toEqual([]);
    expect(Object.keys(GRID).filter((op) => !operations.includes(op))).toEqual([]);
  });

  for (const [operation, line] of Object.entries(GRID)) {
    it(`${operation}: ${WHO.map((who) => `${who} ${line.expect[who]}`).join(', ')}`, async () => {
      const field = operation.split('.')[1]!;
      const got: Record<string, Outcome> = {};
      for (const who of WHO) {
        const result = await runOperation(apollo, database.db, line.query, {}, { viewer: viewers[who], purposeHeader: 'CASE_VIEW' });
        got[who] = outcomeOf(result, field);
      }
      expect(got).toEqual(line.expect);
    });
  }

  it('refuses to build the API when an operation has no rule', () => {
    const fields = rootFields(`${typeDefs}\nextend type Query { somethingNew: Int }`);
    const resolvers = { Query: Object.fromEntries(fields.Query!.map((f) => [f, () => null])), Mutation: Object.fromEntries(fields.Mutation!.map((f) => [f, () => null])) };
    expect(() => guardRootResolvers(resolvers, fields)).toThrow(/missing Query\.somethingNew/);
  });
});
