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
import { followUpActions, reviewRounds, reviewStrata, reviews, sampledCases } from '../../server/db/review-schema';
import type { Database } from '../../server/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { runOperation, testViewer, type OperationResult } from '../helpers/api';
import type { Viewer } from '../../server/access/viewer';

/** `refused`: the rule let the call through and the service refused its input (e.g. a mutation an earlier role already made). */
type Outcome = 'allow' | 'deny' | 'unauthenticated' | 'nothing' | 'refused';
type Who = 'anonymous' | 'admin' | 'director' | 'manager' | 'reviewer' | 'committee';
const WHO: Who[] = ['anonymous', 'admin', 'director', 'manager', 'reviewer', 'committee'];

const signedInOnly: Record<Who, Outcome> = {
  anonymous: 'unauthenticated', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'allow', committee: 'allow',
};
const adminOnly: Record<Who, Outcome> = {
  anonymous: 'unauthenticated', admin: 'allow', director: 'deny', manager: 'deny', reviewer: 'deny', committee: 'deny',
};
const roundRunners: Record<Who, Outcome> = {
  anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'deny',
};
const reviewerRoles: Record<Who, Outcome> = { ...roundRunners, reviewer: 'allow' };

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
  'Query.crossDepartmentCitizens': {
    // Narrowed to the cases the viewer may read; nobody in this data has cases in two departments.
    query: '{ crossDepartmentCitizens(scope: "ADM", period: { from: "2018-01-01", to: "2020-12-31" }, asOf: "2020-12-31") { total } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'deny' },
  },
  'Query.citizen': {
    // B77's only case, C3, is in BORN: the manager may read it.
    query: '{ citizen(pseudonym: "B77", asOf: "2020-12-31") { pseudonym otherCases } }',
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
  // Supervisory review. Round 1 (scope BORN) samples C1 (a draft review by the grid viewers' user), C3
  // and C2; round 2 (scope VOKS) has nothing of theirs. Every grid viewer is user 9000.
  'Query.reviewRounds': { query: '{ reviewRounds { id } }', expect: reviewerRoles },
  'Query.reviewRound': {
    query: '{ reviewRound(id: "2") { id } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'nothing', reviewer: 'nothing', committee: 'deny' },
  },
  'Query.reviewRoundPlan': {
    query: `{ reviewRoundPlan(input: { scope: "BORN", frame: { kind: DECIDED_IN_PERIOD, period: { from: "2018-01-01", to: "2018-12-31" }, asOf: "2019-01-01" },
      strata: DEPARTMENT, allocation: { method: EQUAL, perStratum: 1 } }) { frameSize } }`,
    expect: roundRunners,
  },
  'Query.sampleSize': { query: '{ sampleSize(input: { frameSize: 50, tolerableRate: 0.1 }) { binomial } }', expect: roundRunners },
  'Query.checklistTemplates': {
    query: '{ checklistTemplates { version } }',
    expect: { anonymous: 'unauthenticated', admin: 'allow', director: 'allow', manager: 'allow', reviewer: 'allow', committee: 'deny' },
  },
  'Query.reviewerCandidates': { query: '{ reviewerCandidates { username } }', expect: roundRunners },
  'Query.myReviews': { query: '{ myReviews { id } }', expect: reviewerRoles },
  'Query.review': { query: '{ review(id: "1") { id } }', expect: reviewerRoles },
  'Mutation.createReviewRound': {
    query: `mutation { createReviewRound(input: { name: "Grid", scope: "BORN", frame: { kind: DECIDED_IN_PERIOD, period: { from: "2018-01-01", to: "2018-12-31" },
      asOf: "2019-01-01", excludeEarlierRounds: false }, strata: DEPARTMENT, allocation: { method: EQUAL, perStratum: 1 }, seed: "grid" }) { id } }`,
    expect: roundRunners,
  },
  'Mutation.assignReviewer': {
    query: 'mutation { assignReviewer(input: { roundId: "1", caseIds: ["C2"], username: "grid-target" }) { status } }',
    expect: roundRunners,
  },
  'Mutation.saveReviewDraft': { query: 'mutation { saveReviewDraft(input: { reviewId: "1", answers: [] }) { id } }', expect: reviewerRoles },
  'Mutation.submitReview': {
    // Not every item answered: refused by the service, after the rule let the reviewer roles through.
    query: 'mutation { submitReview(input: { reviewId: "1", answers: [] }) { id } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'refused', manager: 'refused', reviewer: 'refused', committee: 'deny' },
  },
  'Mutation.reopenReview': {
    query: 'mutation { reopenReview(id: "1", reason: "Grid") { id } }',
    expect: { ...roundRunners, director: 'refused', manager: 'refused' },
  },
  'Mutation.drawSecondReviews': { query: 'mutation { drawSecondReviews(roundId: "1") { position } }', expect: roundRunners },
  'Mutation.addFollowUpAction': {
    query: 'mutation { addFollowUpAction(input: { roundId: "1", text: "Grid", responsible: "Leder", dueOn: "2026-01-01" }) { id } }',
    expect: roundRunners,
  },
  'Mutation.updateFollowUpAction': {
    query: 'mutation { updateFollowUpAction(input: { id: "1", status: IN_PROGRESS }) { status } }',
    expect: { ...roundRunners, manager: 'refused' },
  },
  'Mutation.eliminateSampledCase': {
    query: 'mutation { eliminateSampledCase(input: { roundId: "1", caseId: "C3", reason: TRANSFERRED }) { caseId } }',
    expect: { ...roundRunners, manager: 'refused' },
  },
  'Mutation.closeReviewRound': {
    query: 'mutation { closeReviewRound(id: "1") { status } }',
    expect: { ...roundRunners, director: 'refused', manager: 'refused' },
  },
  'Mutation.publishChecklistTemplate': {
    query: 'mutation { publishChecklistTemplate(input: { items: [{ text: "Punkt", ruleType: PROCEDURAL }] }) { version } }',
    expect: adminOnly,
  },
  'Mutation.updatePublicationSettings': {
    query: 'mutation { updatePublicationSettings(input: { published: false, departmentIds: [] }) { published } }',
    expect: adminOnly,
  },
  // Targets: set on ADM, so clearing BCH's (none of its own) returns the inherited one.
  'Query.indicatorTargets': {
    query: '{ indicatorTargets(scope: "BCH") { indicator } }',
    expect: { anonymous: 'unauthenticated', admin: 'deny', director: 'allow', manager: 'allow', reviewer: 'deny', committee: 'allow' },
  },
  'Query.indicatorTargetHistory': { query: '{ indicatorTargetHistory(department: "ADM") { cleared } }', expect: { ...roundRunners } },
  'Mutation.setIndicatorTarget': {
    query: 'mutation { setIndicatorTarget(input: { department: "ADM", indicator: TIMELINESS, value: 0.9 }) { value } }',
    expect: { ...roundRunners, manager: 'deny' },
  },
  'Mutation.clearIndicatorTarget': {
    query: 'mutation { clearIndicatorTarget(department: "BCH", indicator: TIMELINESS) { value } }',
    expect: { ...roundRunners, manager: 'deny' },
  },
};

/** The rows the review operations of the grid work on (see the comment in GRID). */
async function insertReviewRounds(db: Database): Promise<void> {
  await db.insert(users).values({ id: 9000, username: 'grid-viewer', displayName: 'Grid viewer', role: 'reviewer' });
  const round = { frameKind: 'decided_in_period' as const, periodFrom: '2018-01-01', periodTo: '2018-12-31', asOf: '2019-01-01', excludeEarlierRounds: false,
    stratification: 'department' as const, allocationMethod: 'equal' as const, allocationSize: 3, reserveShare: 0, checklistVersion: 1, createdBy: 9000 };
  // Ids from the sequences (1, 2 in a fresh database), so rows the operations add get the next ones.
  const ids = await db.insert(reviewRounds).values([{ ...round, name: 'Grid BORN', scopeId: 'BORN', seed: 'g1', frameSize: 3 }, { ...round, name: 'Grid VOKS', scopeId: 'VOKS', seed: 'g2', frameSize: 1 }])
    .returning({ id: reviewRounds.id });
  expect(ids).toEqual([{ id: 1 }, { id: 2 }]);
  await db.insert(reviewStrata).values([
    { roundId: 1, stratumKey: 'BORN', departmentId: 'BORN', frameSize: 3, allocated: 3, frameCaseIds: ['C1', 'C2', 'C3'] },
    { roundId: 2, stratumKey: 'VOKS', departmentId: 'VOKS', frameSize: 1, allocated: 1, frameCaseIds: ['C2'] },
  ]);
  await db.insert(sampledCases).values([
    { roundId: 1, caseId: 'C1', stratumKey: 'BORN', position: 1, fromReserve: false },
    { roundId: 1, caseId: 'C3', stratumKey: 'BORN', position: 2, fromReserve: false },
    { roundId: 1, caseId: 'C2', stratumKey: 'BORN', position: 3, fromReserve: false },
    { roundId: 2, caseId: 'C2', stratumKey: 'VOKS', position: 1, fromReserve: false },
  ]);
  expect(await db.insert(reviews).values({ roundId: 1, caseId: 'C1', level: 'first', reviewerId: 9000 }).returning({ id: reviews.id })).toEqual([{ id: 1 }]);
  expect(await db.insert(followUpActions).values({ roundId: 1, text: 'Grid', responsible: 'Leder', dueOn: '2026-01-01', createdBy: 9000 })
    .returning({ id: followUpActions.id })).toEqual([{ id: 1 }]);
}

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
  if (code === 'BAD_USER_INPUT') return 'refused';
  if (result.errors?.length) throw new Error(`unexpected error: ${JSON.stringify(result.errors)}`);
  return result.data?.[field] === null ? 'nothing' : 'allow';
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  const [target] = await database.db.insert(users).values({ username: 'grid-target', displayName: 'Grid', role: 'director' }).returning();
  const [token] = await database.db.insert(apiTokens).values({ userId: target!.id, tokenHash: 'x'.repeat(64), label: 'grid' }).returning();
  expect(token!.id).toBe(1);
  await insertReviewRounds(database.db);
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
