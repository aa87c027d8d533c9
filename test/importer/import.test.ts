import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { importDataSet, type ImportResult } from '../../server/importer/service';
import { queryRows } from '../../server/db/client';
import { createTestDatabase, snapshotData, type TestDatabase } from '../helpers/database';
import { FixtureCopy, SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';

let database: TestDatabase;
const run = (folder: string) => importDataSet(database.db, { folder, secret: TEST_SECRET, startedBy: 'test' });
const countsOf = (result: ImportResult, file: string) => result.counts.find((c) => c.file === file);

beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => { await database.dispose(); });

describe('importing a valid data set', () => {
  let first: ImportResult;
  beforeAll(async () => { first = await run(SMALL_FIXTURE); });

  it('inserts every row and counts contacts repeated exactly once', () => {
    expect(first.status).toBe('succeeded');
    expect(first.counts.map((c) => [c.file, c.inserted])).toEqual([
      ['departments.csv', 4], ['case_types.csv', 2], ['deadlines.csv', 3], ['caseworkers.csv', 2], ['employments.csv', 3],
      ['cases.csv', 3], ['assignments.csv', 4], ['contacts.csv', 2], ['complaints.csv', 2], ['appeals.csv', 1],
    ]);
  });

  it('records the batch with checksums and record counts', async () => {
    const cases = first.files.find((f) => f.file === 'cases.csv')!;
    const bytes = readFileSync(path.join(SMALL_FIXTURE, 'cases.csv'));
    expect(cases).toEqual({ file: 'cases.csv', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, records: 3 });
    expect(first.files.find((f) => f.file === 'contacts.csv')!.records).toBe(3);
    const [batch] = await queryRows<{ status: string; started_by: string }>(database.db, sql`select status, started_by from import_batches where id = ${first.batchId}`);
    expect(batch).toEqual({ status: 'succeeded', started_by: 'test' });
  });

  it('replaces CPR-shaped citizen ids by one pseudonym for both spellings and keeps other ids', async () => {
    const rows = await queryRows<{ case_id: string; citizen_id: string }>(database.db, sql`select case_id, citizen_id from cases order by case_id`);
    expect(rows[0]!.citizen_id).toMatch(/^psn-[0-9a-f]{40}$/);
    expect(rows[1]!.citizen_id).toBe(rows[0]!.citizen_id);
    expect(rows[2]!.citizen_id).toBe('B77');
    const everything = JSON.stringify(await snapshotData(database.db));
    expect(everything).not.toContain('1503724821');
    expect(everything).not.toContain('150372-4821');
  });

  it('builds the department closure used for scopes', async () => {
    const rows = await queryRows<{ ancestor_id: string; depth: number }>(database.db,
      sql`select ancestor_id, depth from department_closure where descendant_id = 'BORN' order by depth`);
    expect(rows).toEqual([{ ancestor_id: 'BORN', depth: 0 }, { ancestor_id: 'BCH', depth: 1 }, { ancestor_id: 'ADM', depth: 2 }]);
  });

  it('is a no-op when the same data set is imported again', async () => {
    const before = await snapshotData(database.db);
    const again = await run(SMALL_FIXTURE);
    expect(again.counts.every((c) => c.inserted === 0 && c.updated === 0 && c.removed === 0)).toBe(true);
    expect(again.counts.find((c) => c.file === 'assignments.csv')!.unchanged).toBe(4);
    expect(await snapshotData(database.db)).toEqual(before);
  });

  it('lets a newer export update rows and replace the rows of the cases it names', async () => {
    const newer = new FixtureCopy()
      .replace('cases.csv', 'C2,1503724821,SEL-100,VOKS,2020-02-10,,,', 'C2,1503724821,SEL-100,VOKS,2020-02-10,2020-04-01,2020-04-03,refused')
      .write('assignments.csv', 'case_id,caseworker_id,assigned_from,assigned_to\nC1,CW1,2018-01-31,\n');
    const result = await run(newer.dir);
    newer.dispose();
    expect(countsOf(result, 'cases.csv')).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(countsOf(result, 'assignments.csv')).toEqual({ file: 'assignments.csv', inserted: 0, updated: 1, unchanged: 0, removed: 1 });
    const held = await queryRows<{ case_id: string; assigned_to: string | null }>(database.db,
      sql`select case_id, assigned_to::text from assignments order by case_id, assigned_from`);
    expect(held).toEqual([
      { case_id: 'C1', assigned_to: null }, { case_id: 'C2', assigned_to: null }, { case_id: 'C3', assigned_to: '2019-06-01' },
    ]);
  });
});
