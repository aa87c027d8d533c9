// The overview suite (issue 7): the Overblik page's indicator matrix (a root scope, all its child
// departments, every indicator with target, year-earlier value and 8 quarters of trend) and the
// committee report, as a director, on PostgreSQL. Each operation is timed cold (no figure cache:
// every figure read from the database) against the very SQL it ran replayed raw, and warm (the
// figure cache the dashboard runs with, filled by one earlier request since the last import).
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database, type DatabaseHandle } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { createApolloServer } from '../server/graphql/server';
import { importDataSet } from '../server/importer/service';
import { disableFigureCache, enableFigureCache } from '../server/figures/figure-cache';
import { IndicatorOverviewQuery } from '../client/graphql/indicators';
import { CommitteeReportQuery } from '../client/graphql/committee';
import { twelveMonthsEndingAt } from '../client/utils/dates';
import { executeOperation, rawDriver, replayMedians, StatementRecorder, timeRuns } from './measure';
import type { BenchOperation, PageContext } from './operations';
import { BENCH_UNTIL, demoFolder, freshPostgres, median, sum, timed } from './shared';

const RUNS = 5;
const RATIO_TARGET = 1.25;
const PAGE_TARGET_MS = 1000;

const scoped = (c: PageContext) => ({ scope: c.scope, period: c.period, asOf: c.asOf });
const OVERVIEW_OPERATIONS: readonly BenchOperation[] = [
  { name: 'Overblik: IndicatorOverview (all indicators, 8 quarters)', document: String(IndicatorOverviewQuery), variables: scoped, onLoad: true },
  { name: 'Udvalg: CommitteeReport', document: String(CommitteeReportQuery), variables: scoped, onLoad: true },
];

interface Row { operation: string; coldMs: number; rawMs: number; statements: number; warmMs: number }

/** The root department with the most departments under it: "the root scope with all departments". */
async function largestRoot(db: Database): Promise<string> {
  const [root] = await queryRows<{ id: string }>(db, sql`select d.department_id as id from departments d
    join department_closure cl on cl.ancestor_id = d.department_id where d.parent_id is null
    group by 1 order by count(*) desc, 1 limit 1`);
  if (!root) throw new Error('the data set has no root department');
  return root.id;
}

async function measure(handle: DatabaseHandle, recorder: StatementRecorder, databaseUrl: string, context: PageContext): Promise<Row[]> {
  const apollo = createApolloServer({ logError: () => undefined });
  await apollo.start();
  const driver = await rawDriver(handle, databaseUrl);
  try {
    const rows: Row[] = [];
    for (const operation of OVERVIEW_OPERATIONS) {
      const run = () => executeOperation(apollo, handle, operation, context);
      disableFigureCache(handle.db);
      const coldMs = median(await timeRuns(RUNS, run));
      const captured = await recorder.capture(run);
      const rawMs = sum(await replayMedians(driver, captured, RUNS));
      enableFigureCache(handle.db);
      const warmMs = median(await timeRuns(RUNS, run));
      rows.push({ operation: operation.name, coldMs, rawMs, statements: captured.length, warmMs });
    }
    return rows;
  } finally {
    disableFigureCache(handle.db);
    await driver.close();
    await apollo.stop();
  }
}

function printReport(rows: readonly Row[], context: PageContext, note: string): void {
  const ms = (v: number) => v.toFixed(1);
  console.log(`\nOverview bench (PostgreSQL, ${note}): scope ${context.scope} and its departments, `
    + `${context.period.from}..${context.period.to} as of ${context.asOf}, as a director; medians of ${RUNS} runs after 1 warm-up.\n`);
  console.log('| operation | cold GraphQL ms | raw SQL ms (sum of medians) | statements | ratio (cold ÷ raw) | warm GraphQL ms (figure cache) |');
  console.log('|---|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    console.log(`| ${r.operation} | ${ms(r.coldMs)} | ${ms(r.rawMs)} | ${r.statements} | ${(r.coldMs / r.rawMs).toFixed(2)} | ${ms(r.warmMs)} |`);
  }
  const overview = rows[0]!;
  console.log(`\n- target: GraphQL ≤ ${RATIO_TARGET} × raw SQL — ${rows.filter((r) => r.coldMs <= RATIO_TARGET * r.rawMs).length} of ${rows.length} rows met`);
  console.log(`- target: Overblik < ${PAGE_TARGET_MS} ms median — warm ${ms(overview.warmMs)} ms (${overview.warmMs < PAGE_TARGET_MS ? 'met' : 'missed'}), `
    + `cold ${ms(overview.coldMs)} ms (${overview.coldMs < PAGE_TARGET_MS ? 'met' : 'missed'})`);
}

/** `existingUrl`: an already imported database (no generation, no import); else a fresh one at `scale`. */
export async function runOverviewBench(options: { scale: number; databaseUrl: string; existingUrl?: string }): Promise<Row[]> {
  const recorder = new StatementRecorder();
  let target: { url: string; drop: () => Promise<void> } | null = null;
  let demo: Awaited<ReturnType<typeof demoFolder>> | null = null;
  let note = `existing database`;
  try {
    if (!options.existingUrl) {
      [demo, target] = [await demoFolder(options.scale), await freshPostgres(options.databaseUrl)];
    }
    const url = options.existingUrl ?? target!.url;
    const handle = await openDatabase({ databaseUrl: url, statementTimeoutMs: 0, queryLogger: recorder });
    try {
      await migrateDatabase(handle);
      if (demo) {
        const [imported, importMs] = await timed(() => importDataSet(handle.db, { folder: demo!.folder, secret: 'bench', startedBy: 'bench' }));
        if (imported.status !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(imported.errors.slice(0, 3))}`);
        note = `scale ${options.scale}, ${demo.rows.toLocaleString('en')} rows imported in ${(importMs / 1000).toFixed(0)} s`;
      }
      const context: PageContext = {
        scope: await largestRoot(handle.db), period: twelveMonthsEndingAt(BENCH_UNTIL), asOf: BENCH_UNTIL,
        caseType: '', deadline: { value: 1, unit: 'DAYS' },
      };
      const rows = await measure(handle, recorder, url, context);
      printReport(rows, context, note);
      return rows;
    } finally {
      await handle.close().catch(() => undefined);
    }
  } finally {
    await target?.drop();
    demo?.remove();
  }
}
