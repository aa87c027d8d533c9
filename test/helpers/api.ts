// Running operations through Apollo's executeOperation as a given user, the way the HTTP app does.
import type { ApolloServer } from '@apollo/server';
import type { Database } from '../../server/db/client';
import { createRequestContext, type RequestContext, type RequestIdentity } from '../../server/graphql/context';
import type { Viewer } from '../../server/access/viewer';
import type { Role } from '../../server/access/roles';
import { createApolloServer, type ApiOptions } from '../../server/graphql/server';
import { importDataSet } from '../../server/importer/service';
import { createTestDatabase, type TestDatabase } from './database';
import { SMALL_FIXTURE, TEST_SECRET } from './fixtures';

/** A viewer that exists only in the test (no users row; the access log stores the id as given). */
export function testViewer(role: Role, departmentIds: readonly string[] = [], userId = 9000): Viewer {
  return { userId, username: `test-${role}`, displayName: `Test ${role}`, role, departmentIds, via: 'system' };
}

export const DIRECTOR = testViewer('director');

export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown>; path?: ReadonlyArray<string | number> }>;
}

export async function runOperation(
  apollo: ApolloServer<RequestContext>, db: Database, source: string,
  variables: Record<string, unknown> = {}, identity: RequestIdentity = { viewer: DIRECTOR },
): Promise<OperationResult> {
  const response = await apollo.executeOperation({ query: source, variables }, { contextValue: createRequestContext(db, identity) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as OperationResult;
}

/** A started Apollo server over a fresh, migrated test database (the small fixture imported by default). */
export interface TestApi {
  database: TestDatabase;
  apollo: ApolloServer<RequestContext>;
  run: (source: string, variables?: Record<string, unknown>, identity?: RequestIdentity) => Promise<OperationResult>;
  stop: () => Promise<void>;
}

export async function startTestApi(options: ApiOptions = {}, withFixture = true): Promise<TestApi> {
  const database = await createTestDatabase();
  if (withFixture) await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  const apollo = createApolloServer({ logError: () => undefined, ...options });
  await apollo.start();
  return {
    database,
    apollo,
    run: (source, variables, identity) => runOperation(apollo, database.db, source, variables, identity),
    stop: async () => {
      await apollo.stop();
      await database.dispose();
    },
  };
}
