// The hand-made continuity data set (test/fixtures/continuity, answers in its README.md).
import { fileURLToPath } from 'node:url';
import { importDataSet } from '../../server/importer/service';
import type { Database } from '../../server/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { TEST_SECRET } from '../helpers/fixtures';
import { startTestApi, type TestApi } from '../helpers/api';

export const CONTINUITY_FIXTURE = fileURLToPath(new URL('../fixtures/continuity', import.meta.url));

/** The period and as-of date most answers are worked out for. */
export const H1 = { from: '2024-01-01', to: '2024-06-30' };
export const AS_OF = '2024-07-15';

export async function importContinuity(db: Database, folder = CONTINUITY_FIXTURE): Promise<void> {
  const result = await importDataSet(db, { folder, secret: TEST_SECRET, startedBy: 'test' });
  if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
}

export async function continuityDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await importContinuity(database.db);
  return database;
}

export async function startContinuityApi(): Promise<TestApi> {
  const api = await startTestApi({}, false);
  await importContinuity(api.database.db);
  return api;
}
