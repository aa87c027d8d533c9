// The hand-made complaints data set (test/fixtures/complaints, answers in its README.md).
import { fileURLToPath } from 'node:url';
import { importDataSet } from '../../server/importer/service';
import { TEST_SECRET } from '../helpers/fixtures';
import { startTestApi, type TestApi } from '../helpers/api';

export const COMPLAINTS_FIXTURE = fileURLToPath(new URL('../fixtures/complaints', import.meta.url));

/** The period (starting in the middle of Q1) and as-of date most answers are worked out for. */
export const P = { from: '2024-02-15', to: '2024-06-30' };
export const AS_OF = '2024-07-10';
export const DAYS_IN_P = 137;

export async function startComplaintsApi(): Promise<TestApi> {
  const api = await startTestApi({}, false);
  const result = await importDataSet(api.database.db, { folder: COMPLAINTS_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  if (result.status !== 'succeeded') throw new Error(`fixture import failed: ${JSON.stringify(result.errors)}`);
  return api;
}

/** Runs a query and returns its data, failing the test on any error. */
export async function data<T>(api: TestApi, source: string, variables: Record<string, unknown>, identity?: Parameters<TestApi['run']>[2]): Promise<T> {
  const result = await api.run(source, variables, identity);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
