// An import killed (SIGKILL) in the middle leaves nothing of itself behind, and the next server
// start records the batch as failed; importing the same data set twice changes nothing the second
// time. The import runs as a real process (`npm run import`'s script) on a throwaway database.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseHandle } from '../../../server/db/client';
import { migrateDatabase } from '../../../server/db/migrate';
import { failInterruptedBatches } from '../../../server/importer/queries';
import { importDataSet } from '../../../server/importer/service';
import { snapshotData } from '../../helpers/database';
import { demoFolder, freshPostgres } from '../../../bench/shared';

const SECRET = 'fault-test-secret-0123456789abcdef';
let database: { url: string; drop: () => Promise<void> };
let handle: DatabaseHandle;
let demo: Awaited<ReturnType<typeof demoFolder>>;

beforeAll(async () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('needs TEST_DATABASE_URL');
  database = await freshPostgres(adminUrl);
  handle = await openDatabase({ databaseUrl: database.url });
  await migrateDatabase(handle);
  demo = await demoFolder(0.05);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
  demo?.remove();
});

/** Starts the import CLI and SIGKILLs it once its progress shows `phase` (inside the import transaction). */
function importKilledAt(phase: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/importer/cli.ts', demo.folder], {
      env: { ...process.env, DATABASE_URL: database.url, TILSYN_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (phase.test(output) && child.exitCode === null) child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(output) : reject(new Error(`import ended (${code}) before the kill:\n${output}`))));
  });
}

const count = async (table: string) =>
  (await queryRows<{ n: number }>(handle.db, sql.raw(`select count(*)::int as n from "${table}"`)))[0]!.n;

describe('import under faults', () => {
  it('keeps nothing of an import killed in the middle, and records it as failed at the next start', async () => {
    const output = await importKilledAt(/merging assignments\.csv/);
    expect(output).toContain('merging cases.csv');
    for (const table of ['departments', 'cases', 'assignments', 'caseworkers']) expect(await count(table)).toBe(0);
    const running = await queryRows<{ status: string }>(handle.db, sql`select status from import_batches`);
    expect(running).toEqual([{ status: 'running' }]);
    // What server/main.ts does at startup.
    expect(await failInterruptedBatches(handle.db)).toBe(1);
    const [batch] = await queryRows<{ status: string; error_count: number; finished: boolean }>(handle.db,
      sql`select status, error_count, finished_at is not null as finished from import_batches`);
    expect(batch).toEqual({ status: 'failed', error_count: 1, finished: true });
  });

  it('changes nothing when the same data set is imported a second time', async () => {
    const first = await importDataSet(handle.db, { folder: demo.folder, secret: SECRET, startedBy: 'test' });
    expect(first.status).toBe('succeeded');
    expect(await count('cases')).toBeGreaterThan(1_000);
    const before = await snapshotData(handle.db);
    const second = await importDataSet(handle.db, { folder: demo.folder, secret: SECRET, startedBy: 'test' });
    expect(second.status).toBe('succeeded');
    expect(second.counts.every((c) => c.inserted === 0 && c.updated === 0 && c.removed === 0)).toBe(true);
    expect(await snapshotData(handle.db)).toEqual(before);
  });
});
