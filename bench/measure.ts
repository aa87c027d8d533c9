// Timing one operation two ways: through GraphQL (Apollo, as a director) and as the same SQL
// statements run raw on the driver, captured from one GraphQL execution by drizzle's logger.
import type { ApolloServer } from '@apollo/server';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseHandle } from '../server/db/client';
import type { Viewer } from '../server/access/viewer';
import { createRequestContext, type RequestContext } from '../server/graphql/context';
import type { BenchOperation, PageContext } from './operations';
import { median } from './shared';

export interface Statement { sql: string; params: unknown[] }

/** Drizzle's query logger; records only while `capture` runs. */
export class StatementRecorder implements Logger {
  private sink: Statement[] | null = null;

  logQuery(query: string, params: unknown[]): void {
    this.sink?.push({ sql: query, params: [...params] });
  }

  async capture(fn: () => Promise<unknown>): Promise<Statement[]> {
    const statements: Statement[] = [];
    this.sink = statements;
    try { await fn(); } finally { this.sink = null; }
    return statements;
  }
}

/** A director without a users row (like the tests' DIRECTOR); the access log stores the id as given. */
export const BENCH_DIRECTOR: Viewer = {
  userId: 9000, username: 'bench-director', displayName: 'Bench director', role: 'director', departmentIds: [], via: 'system',
};

/** Runs the operation as the browser would; throws on any GraphQL error. */
export async function executeOperation(
  apollo: ApolloServer<RequestContext>, handle: DatabaseHandle, operation: BenchOperation, context: PageContext,
): Promise<void> {
  const identity = { viewer: BENCH_DIRECTOR, ...(operation.purpose ? { purposeHeader: operation.purpose } : {}) };
  const response = await apollo.executeOperation(
    { query: operation.document, variables: operation.variables(context) },
    { contextValue: createRequestContext(handle.db, identity) },
  );
  if (response.body.kind !== 'single') throw new Error(`${operation.name}: expected a single result`);
  const errors = response.body.singleResult.errors;
  if (errors?.length) throw new Error(`${operation.name}: ${JSON.stringify(errors.slice(0, 3))}`);
}

/** One warm-up, then `runs` timed calls (ms each). */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** The raw driver under a handle: its own pg Client (PostgreSQL) or the PGlite instance itself. */
export interface RawDriver { query: (text: string, params: unknown[]) => Promise<unknown>; close: () => Promise<void> }

export async function rawDriver(handle: DatabaseHandle, databaseUrl: string | undefined): Promise<RawDriver> {
  if (handle.kind === 'pglite') {
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    return { query: (text, params) => client.query(text, params), close: async () => {} };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { query: (text, params) => client.query(text, params), close: () => client.end() };
}

/**
 * Replays the statements in their captured order (so a transaction stays one), once to warm up
 * and then `runs` times, timing each statement; returns each statement's median ms.
 */
export async function replayMedians(driver: RawDriver, statements: readonly Statement[], runs: number): Promise<number[]> {
  const times = statements.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++) {
    for (const [i, statement] of statements.entries()) {
      const started = performance.now();
      await driver.query(statement.sql, statement.params);
      if (round > 0) times[i]!.push(performance.now() - started);
    }
  }
  return times.map(median);
}
