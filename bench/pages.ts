// The pages suite: each GraphQL operation a page sends (bench/operations.ts) timed through Apollo
// as a director, against the very SQL it ran, replayed raw on the driver. On PostgreSQL and PGlite.
import { openDatabase, type DatabaseOptions } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { createApolloServer } from '../server/graphql/server';
import { importDataSet } from '../server/importer/service';
import { executeOperation, rawDriver, replayMedians, StatementRecorder, timeRuns, type RawDriver } from './measure';
import { OPERATIONS, rootPageContext, type BenchOperation } from './operations';
import { printPagesReport, type EngineRun, type TimedStatement } from './report';
import { BENCH_UNTIL, demoFolder, freshPostgres, median, sum, timed } from './shared';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:55432/postgres';
/** Timed runs per operation and per replayed statement, after one warm-up. */
export const PAGE_RUNS = 7;

export interface PagesBenchOptions {
  scale: number;
  /** Server where a throwaway database is created (and dropped). */
  databaseUrl: string;
  runs?: number;
  operations?: readonly BenchOperation[];
  /** If PGlite fails (out of memory) at `scale`, it is measured at this scale instead. */
  pgliteFallbackScale?: number;
}

interface Demo { folder: string; rows: number; scale: number }

async function benchEngine(engine: string, options: DatabaseOptions, demo: Demo, operations: readonly BenchOperation[], runs: number): Promise<EngineRun> {
  const recorder = new StatementRecorder();
  const handle = await openDatabase({ ...options, queryLogger: recorder });
  const apollo = createApolloServer({ logError: () => undefined });
  await apollo.start();
  let driver: RawDriver | undefined;
  try {
    await migrateDatabase(handle);
    const [imported, importMs] = await timed(() => importDataSet(handle.db, { folder: demo.folder, secret: 'bench', startedBy: 'bench' }));
    if (imported.status !== 'succeeded') throw new Error(`${engine}: import failed: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    const context = await rootPageContext(handle.db, BENCH_UNTIL);
    driver = await rawDriver(handle, options.databaseUrl);
    const results: EngineRun['results'] = [];
    const statements: TimedStatement[] = [];
    for (const operation of operations) {
      const run = () => executeOperation(apollo, handle, operation, context);
      const graphqlMs = median(await timeRuns(runs, run));
      const captured = await recorder.capture(run);
      const medians = await replayMedians(driver, captured, runs);
      results.push({ operation: operation.name, onLoad: operation.onLoad, graphqlMs, rawMs: sum(medians), statements: captured.length });
      captured.forEach((s, i) => statements.push({ operation: operation.name, sql: s.sql, ms: medians[i]! }));
    }
    const slowest = statements.sort((a, b) => b.ms - a.ms).slice(0, 5);
    const selection = `scope ${context.scope}, scenario case type ${context.caseType} → ${context.deadline.value} ${context.deadline.unit}`;
    return { engine, scale: demo.scale, rows: demo.rows, importMs, results, slowest, selection };
  } finally {
    await driver?.close();
    await apollo.stop();
    await handle.close().catch(() => undefined);
  }
}

/** Runs the suite at `scale` and prints its report; returns the measurements. */
export async function runPagesBench(options: PagesBenchOptions): Promise<EngineRun[]> {
  const started = performance.now();
  const runs = options.runs ?? PAGE_RUNS;
  const operations = options.operations ?? OPERATIONS;
  const engines: EngineRun[] = [];
  const notes: string[] = [];
  let demo = await demoFolder(options.scale);
  let scale = options.scale;
  try {
    const target = await freshPostgres(options.databaseUrl);
    try {
      engines.push(await benchEngine('PostgreSQL', { databaseUrl: target.url, statementTimeoutMs: 0 }, { ...demo, scale }, operations, runs));
    } finally {
      await target.drop();
    }
    try {
      engines.push(await benchEngine('PGlite (memory)', {}, { ...demo, scale }, operations, runs));
    } catch (error) {
      const fallback = options.pgliteFallbackScale ?? 2;
      if (scale <= fallback) throw error;
      notes.push(`PGlite failed at scale ${scale} (${(error as Error).message.slice(0, 200)}); PGlite measured at scale ${fallback} instead.`);
      demo.remove();
      demo = await demoFolder(fallback);
      scale = fallback;
      engines.push(await benchEngine(`PGlite (memory), scale ${fallback}`, {}, { ...demo, scale }, operations, runs));
    }
  } finally {
    demo.remove();
  }
  printPagesReport({ engines, notes, runs, until: BENCH_UNTIL, elapsedMs: performance.now() - started });
  return engines;
}
