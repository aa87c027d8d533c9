// The API through Apollo's executeOperation on the hand-made data set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { importDataSet } from '../../server/importer/service';
import { createApolloServer } from '../../server/graphql/server';
import { createRequestContext, type RequestContext } from '../../server/graphql/context';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { DIRECTOR } from '../helpers/api';

let database: TestDatabase;
let apollo: ApolloServer<RequestContext>;
const logged: unknown[] = [];

async function query(source: string, variables: Record<string, unknown> = {}) {
  const response = await apollo.executeOperation({ query: source, variables }, { contextValue: createRequestContext(database.db, { viewer: DIRECTOR, purposeHeader: 'CASE_VIEW' }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  apollo = createApolloServer({ logError: (e) => logged.push(e) });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await database.dispose();
});

describe('the department tree', () => {
  it('lists departments parents first, with depth, parent, children and path', async () => {
    const result = await query(`{ departments { id depth parent { id } }
      department(id: "BORN") { name path { id } } root: department(id: "BCH") { children { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      departments: [
        { id: 'ADM', depth: 0, parent: null },
        { id: 'BCH', depth: 1, parent: { id: 'ADM' } },
        { id: 'BORN', depth: 2, parent: { id: 'BCH' } },
        { id: 'VOKS', depth: 2, parent: { id: 'BCH' } },
      ],
      department: { name: 'Myndighed Børn', path: [{ id: 'ADM' }, { id: 'BCH' }, { id: 'BORN' }] },
      root: { children: [{ id: 'BORN' }, { id: 'VOKS' }] },
    });
  });
});

describe('case types', () => {
  it('carry their deadline history and the deadline in force on a date', async () => {
    const result = await query(`{ caseTypes(scope: "BORN") { id legalBasis deadlines { effectiveFrom value unit }
      before: deadlineOn(date: "2018-06-30") { value } after: deadlineOn(date: "2018-07-01") { value } } }`);
    expect(result.data).toEqual({ caseTypes: [{
      id: 'SEL-41', legalBasis: 'Serviceloven § 41',
      deadlines: [{ effectiveFrom: '2017-01-01', value: 3, unit: 'MONTHS' }, { effectiveFrom: '2018-07-01', value: 4, unit: 'MONTHS' }],
      before: { value: 3 }, after: { value: 4 },
    }] });
  });
});

describe('one case', () => {
  it('has its timeline and a due date clamped to the end of February', async () => {
    const result = await query(`{ case(id: "C1") { receivedOn decidedOn outcome dueDate deadline { value unit }
      assignments { caseworker { id } from to } contacts { on channel } appeals { outcome } } }`);
    expect(result.data).toEqual({ case: {
      receivedOn: '2018-01-31', decidedOn: '2018-04-30', outcome: 'GRANTED', dueDate: '2018-04-30', deadline: { value: 3, unit: 'MONTHS' },
      assignments: [{ caseworker: { id: 'CW1' }, from: '2018-01-31', to: '2018-02-28' }, { caseworker: { id: 'CW2' }, from: '2018-03-01', to: null }],
      contacts: [{ on: '2018-02-05', channel: 'MEETING' }, { on: '2018-03-10', channel: 'PHONE' }],
      appeals: [{ outcome: 'CHANGED' }],
    } });
  });
});

describe('data status', () => {
  it('counts entities and gives the date range and cases per month', async () => {
    const result = await query(`{ dataStatus { empty counts { entity count } receivedRange { from to } latestEvent
      receivedPerMonth { month count } lastImport { status startedBy counts { file inserted } } } }`);
    const status = result.data!.dataStatus as Record<string, unknown>;
    expect(status.empty).toBe(false);
    expect(status.counts).toContainEqual({ entity: 'cases', count: 3 });
    expect(status.receivedRange).toEqual({ from: '2018-01-31', to: '2020-02-10' });
    expect(status.latestEvent).toBe('2020-02-10');
    expect(status.receivedPerMonth).toEqual([{ month: '2018-01', count: 1 }, { month: '2019-05', count: 1 }, { month: '2020-02', count: 1 }]);
    expect(status.lastImport).toMatchObject({ status: 'SUCCEEDED', startedBy: 'test' });
  });
});

describe('figures', () => {
  it('resolves the scope and one entry per child department', async () => {
    const result = await query(`query($p: PeriodInput!) { figures(scope: "BCH", period: $p, asOf: "2024-12-31") {
      scope { id } period { from to } asOf children { scope { id } } } }`, { p: { from: '2024-01-01', to: '2024-12-31' } });
    expect(result.data).toEqual({ figures: {
      scope: { id: 'BCH' }, period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-12-31',
      children: [{ scope: { id: 'BORN' } }, { scope: { id: 'VOKS' } }],
    } });
  });

  it('names the argument that is wrong', async () => {
    const unknown = await query(`{ figures(scope: "NOPE", period: {from: "2024-01-01", to: "2024-12-31"}, asOf: "2024-12-31") { asOf } }`);
    expect(unknown.errors?.[0]?.message).toBe('scope: no department has the id "NOPE"');
    const reversed = await query(`{ figures(scope: "BCH", period: {from: "2024-12-31", to: "2024-01-01"}, asOf: "2024-12-31") { asOf } }`);
    expect(reversed.errors?.[0]?.message).toMatch(/^period: from \(2024-12-31\) is after to/);
    const badDate = await query(`query($a: Date!) { figures(scope: "BCH", period: {from: "2024-01-01", to: "2024-12-31"}, asOf: $a) { asOf } }`, { a: '2024-02-30' });
    expect(badDate.errors?.[0]?.message).toMatch(/\$a.*YYYY-MM-DD/s);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('internal errors', () => {
  it('are masked: no SQL or stack reaches the caller', async () => {
    const response = await apollo.executeOperation({ query: '{ departments { id } }' }, {
      contextValue: { ...createRequestContext(database.db, { viewer: DIRECTOR }), db: { execute: () => Promise.reject(new Error('relation "secret_table" does not exist')) } as never },
    });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]).toEqual({ message: 'Internal server error', path: ['departments'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('secret_table');
    expect(logged.length).toBeGreaterThan(0);
  });
});
