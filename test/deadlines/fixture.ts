// The hand-made deadlines data set (test/fixtures/deadlines, answers in its README.md), imported
// into a fresh database.
import { fileURLToPath } from 'node:url';
import { importDataSet } from '../../server/importer/service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { TEST_SECRET } from '../helpers/fixtures';
import { startTestApi, type TestApi } from '../helpers/api';

export const DEADLINES_FIXTURE = fileURLToPath(new URL('../fixtures/deadlines', import.meta.url));

/** The period and as-of date most answers are worked out for. */
export const Q1 = { from: '2024-01-01', to: '2024-03-31' };
export const AS_OF = '2024-04-10';

export async function deadlinesDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  const result = await importDataSet(database.db, { folder: DEADLINES_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
  return database;
}

/** An Apollo server over the deadlines data set (see test/helpers/api.ts). */
export async function startDeadlinesApi(): Promise<TestApi> {
  const api = await startTestApi({}, false);
  const result = await importDataSet(api.database.db, { folder: DEADLINES_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
  return api;
}

/** The timeliness fields, for queries. */
export const TIMELINESS = 'decided decidedWithDueDate withoutDeadline onTime rate withheld suppressed { field reason }';
