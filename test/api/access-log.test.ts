// Reads of personal data are logged with their purpose before the data is returned (fail closed);
// the log is append-only apart from the retention purge, and searchable by citizen and user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { sql } from 'drizzle-orm';
import { importDataSet } from '../../server/importer/service';
import { createApolloServer } from '../../server/graphql/server';
import type { RequestContext } from '../../server/graphql/context';
import { accessLog } from '../../server/db/access-schema';
import { queryRows } from '../../server/db/client';
import { purgeAccessLogBefore, searchAccessLog } from '../../server/access-log/queries';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { runOperation, testViewer, DIRECTOR } from '../helpers/api';

let database: TestDatabase;
let apollo: ApolloServer<RequestContext>;
const MANAGER_BORN = testViewer('manager', ['BORN'], 9100);
const ADMIN = testViewer('admin', [], 9200);

/** Drizzle wraps the database's error; the trigger's message is in the cause. */
async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return `${(error as Error).message} ${((error as Error).cause as Error | undefined)?.message ?? ''}`;
  }
  return 'no failure';
}

async function logRows() {
  return queryRows<{ username: string; purpose: string; purpose_reference: string | null; operation: string; case_ids: string[]; citizen_pseudonyms: string[] }>(
    database.db, sql`select username, purpose, purpose_reference, operation, case_ids, citizen_pseudonyms from access_log order by id`);
}

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

describe('reading a case', () => {
  it('writes who, role, purpose, case and citizen before returning the case', async () => {
    const before = (await logRows()).length;
    const result = await runOperation(apollo, database.db, '{ case(id: "C1") { id citizenPseudonym } }', {}, { viewer: DIRECTOR, purposeHeader: 'REVIEW_ROUND:17' });
    expect(result.errors).toBeUndefined();
    const c = result.data?.case as { id: string; citizenPseudonym: string };
    const rows = await logRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({
      username: 'test-director', purpose: 'REVIEW_ROUND', purpose_reference: '17', operation: 'Query.case',
      case_ids: ['C1'], citizen_pseudonyms: [c.citizenPseudonym],
    });
    expect(c.citizenPseudonym).toMatch(/^psn-[0-9a-f]{40}$/);
  });

  it('refuses without a stated purpose, naming the header, and logs nothing', async () => {
    const before = (await logRows()).length;
    const result = await runOperation(apollo, database.db, '{ case(id: "C1") { id } }', {}, { viewer: DIRECTOR });
    expect(result.data?.case).toBeNull();
    expect(result.errors?.[0]?.message).toContain('X-Tilsyn-Purpose');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await logRows()).toHaveLength(before);
  });

  it('refuses an unknown purpose', async () => {
    const result = await runOperation(apollo, database.db, '{ case(id: "C1") { id } }', {}, { viewer: DIRECTOR, purposeHeader: 'CURIOSITY' });
    expect(result.data?.case).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/X-Tilsyn-Purpose "CURIOSITY" is not one of CASE_VIEW/);
  });

  it('withholds the case when the log cannot be written', async () => {
    const result = await runOperation(apollo, database.db, '{ case(id: "C1") { id citizenPseudonym } }', {}, {
      viewer: DIRECTOR, purposeHeader: 'CASE_VIEW', accessLogWriter: () => Promise.reject(new Error('disk full')),
    });
    expect(result.data?.case).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toContain('psn-');
  });

  it('gives a manager only the cases of their subtree, whatever the aliases, and logs only those', async () => {
    const before = (await logRows()).length;
    const result = await runOperation(apollo, database.db,
      '{ a: case(id: "C1") { id } b: case(id: "C2") { id } c: case(id: "C3") { id } d: case(id: "C2") { citizenPseudonym } }',
      {}, { viewer: MANAGER_BORN, purposeHeader: 'CASE_VIEW' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: { id: 'C1' }, b: null, c: { id: 'C3' }, d: null });
    const added = (await logRows()).slice(before);
    expect(added.flatMap((r) => r.case_ids).sort()).toEqual(['C1', 'C3']);
  });

  it('logs nothing for an unknown case', async () => {
    const before = (await logRows()).length;
    const result = await runOperation(apollo, database.db, '{ case(id: "NOPE") { id } }', {}, { viewer: DIRECTOR, purposeHeader: 'CASE_VIEW' });
    expect(result.data?.case).toBeNull();
    expect(await logRows()).toHaveLength(before);
  });
});

describe('the log itself', () => {
  it('cannot be changed or deleted, not even by the database owner through the app', async () => {
    expect(await failure(database.db.execute(sql`update access_log set purpose = 'X'`))).toMatch(/access log cannot be changed or deleted \(UPDATE refused\)/);
    expect(await failure(database.db.execute(sql`delete from access_log`))).toMatch(/access log cannot be changed or deleted \(DELETE refused\)/);
    expect(await failure(database.db.execute(sql`truncate access_log`))).toMatch(/access log cannot be changed or deleted \(TRUNCATE refused\)/);
  });

  it('purges only rows older than the cut-off', async () => {
    await database.db.insert(accessLog).values({
      at: new Date('2020-01-01T00:00:00Z'), userId: 1, username: 'old', role: 'director', via: 'session',
      purpose: 'CASE_VIEW', operation: 'Query.case', requestId: 'r', caseIds: ['C1'],
    });
    const total = (await logRows()).length;
    expect(await purgeAccessLogBefore(database.db, new Date('2021-01-01T00:00:00Z'))).toBe(1);
    expect(await logRows()).toHaveLength(total - 1);
    // The purge's permission ends with its transaction.
    expect(await failure(database.db.execute(sql`delete from access_log`))).toMatch(/DELETE refused/);
  });

  it('is searchable by citizen pseudonym and by user through the admin API', async () => {
    const read = await runOperation(apollo, database.db, '{ case(id: "C3") { citizenPseudonym } }', {}, { viewer: DIRECTOR, purposeHeader: 'OVERDUE_LIST' });
    const pseudonym = (read.data?.case as { citizenPseudonym: string }).citizenPseudonym;
    const result = await runOperation(apollo, database.db,
      'query($p: String) { accessLog(filter: { citizenPseudonym: $p }) { entries { username role purpose caseIds } hasMore } }',
      { p: pseudonym }, { viewer: ADMIN });
    expect(result.errors).toBeUndefined();
    // Newest first: this read, then the manager's read of C3 above; nothing about other citizens.
    const page = result.data?.accessLog as { entries: { username: string; role: string; purpose: string; caseIds: string[] }[]; hasMore: boolean };
    expect(page.entries.map((e) => [e.username, e.role, e.purpose, e.caseIds])).toEqual([
      ['test-director', 'DIRECTOR', 'OVERDUE_LIST', ['C3']],
      ['test-manager', 'MANAGER', 'CASE_VIEW', ['C3']],
    ]);
    expect(page.hasMore).toBe(false);
    const byUser = await searchAccessLog(database.db, { username: 'test-manager' }, 10);
    expect(byUser.every((r) => r.username === 'test-manager')).toBe(true);
    expect(byUser.length).toBeGreaterThan(0);
  });

  it('pages with hasMore and refuses a page size out of range', async () => {
    const page = await runOperation(apollo, database.db, '{ accessLog(first: 1) { entries { id } hasMore } }', {}, { viewer: ADMIN });
    expect(page.data?.accessLog).toEqual({ entries: [expect.anything()], hasMore: true });
    const bad = await runOperation(apollo, database.db, '{ accessLog(first: 0) { hasMore } }', {}, { viewer: ADMIN });
    expect(bad.errors?.[0]?.message).toBe('first: must be between 1 and 500, got 0');
  });
});
