// A fresh, migrated database per test file: in-memory PGlite, or (pg suite) a throwaway
// PostgreSQL database created on the server at TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database, type DatabaseHandle } from '../../server/db/client';
import { migrateDatabase } from '../../server/db/migrate';
import { FILE_SPECS } from '../../server/importer/files';

export interface TestDatabase extends DatabaseHandle { dispose(): Promise<void> }

export const usingPostgres = process.env.TILSYN_TEST_DB === 'postgres';

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!usingPostgres) {
    const handle = await openDatabase({});
    await migrateDatabase(handle);
    return { ...handle, dispose: () => handle.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('the pg suite needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:55432/postgres)');
  const name = `tilsyn_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), statementTimeoutMs: 60_000 });
  await migrateDatabase(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Every row of every data table, in a stable order: "the database is exactly as before". */
export async function snapshotData(db: Database): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of [...FILE_SPECS.map((s) => s.table), 'department_closure']) {
    snapshot[table] = await queryRows(db, sql.raw(`select * from "${table}" t order by t::text`));
  }
  return snapshot;
}
