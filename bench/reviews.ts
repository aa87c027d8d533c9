// The reviews suite: planning, drawing and verifying a supervisory review round over a frame of
// a million cases (issue 6: "draws in under a second on PostgreSQL") and over the largest root's
// whole frame, through GraphQL as a director, beside the cheapest SQL that touches the same frame
// (counting it) as the floor.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseHandle } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { createApolloServer } from '../server/graphql/server';
import { createRequestContext } from '../server/graphql/context';
import { importDataSet } from '../server/importer/service';
import { addUser, findUserByUsername, viewerOf } from '../server/access/users';
import { BENCH_UNTIL, demoFolder, freshPostgres, median, timed } from './shared';
import { storeRoundFrame } from '../server/reviews/frame-store';

const FRAME_FROM = '2000-01-01';
/** The frame size issue 6 names. */
const MILLION = 1_000_000;
const RUNS = 3;

const PLAN = `query Plan($input: ReviewPlanInput!) { reviewRoundPlan(input: $input) { frameSize allocated } }`;
const CREATE = `mutation Create($input: ReviewRoundInput!) { createReviewRound(input: $input) { id seed strata { key allocated } } }`;
const VERIFY = `query Verify($id: ID!) { reviewRound(id: $id) { verification { sampleIdentical frameUnchanged differenceCount } } }`;

type Run = (query: string, variables: Record<string, unknown>, purpose?: string) => Promise<Record<string, unknown>>;

async function graphqlRunner(handle: DatabaseHandle): Promise<{ run: Run; stop: () => Promise<void> }> {
  const apollo = createApolloServer({ logError: () => undefined });
  await apollo.start();
  if (!(await findUserByUsername(handle.db, 'bench-director'))) {
    await addUser(handle.db, { username: 'bench-director', displayName: 'Bench director', role: 'director' });
  }
  const viewer = await viewerOf(handle.db, (await findUserByUsername(handle.db, 'bench-director'))!, 'token');
  const run: Run = async (query, variables, purpose) => {
    const response = await apollo.executeOperation({ query, variables },
      { contextValue: createRequestContext(handle.db, { viewer, ...(purpose ? { purposeHeader: purpose } : {}) }) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(JSON.stringify(errors.slice(0, 2)));
    return data as Record<string, unknown>;
  };
  return { run, stop: () => apollo.stop() };
}

async function timeMedian(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(fn))[1]);
  return median(times);
}

/** The root with the most cases: the largest frame the data set holds. */
async function largestRoot(handle: DatabaseHandle): Promise<string> {
  const [root] = await queryRows<{ id: string }>(handle.db, sql`select cl.ancestor_id as id from department_closure cl
    join departments d on d.department_id = cl.ancestor_id and d.parent_id is null
    join cases c on c.department_id = cl.descendant_id group by 1 order by count(*) desc, 1 limit 1`);
  return root!.id;
}

/** The first day of the period ending BENCH_UNTIL in which the root decided about `cases` cases (FRAME_FROM if fewer). */
async function periodStartFor(handle: DatabaseHandle, root: string, cases: number): Promise<string> {
  const [row] = await queryRows<{ day: string }>(handle.db, sql`select c.decided_on::text as day from cases c
    join department_closure cl on cl.descendant_id = c.department_id and cl.ancestor_id = ${root}
    where c.decided_on <= ${BENCH_UNTIL}::date and c.outcome is distinct from 'withdrawn'
    order by c.decided_on desc offset ${cases - 1} limit 1`);
  return row?.day ?? FRAME_FROM;
}

async function measure(handle: DatabaseHandle, engine: string): Promise<string[]> {
  const root = await largestRoot(handle);
  const { run, stop } = await graphqlRunner(handle);
  try {
    const rows: string[] = [];
    // A frame of about a million, and the root's whole frame (one run when the data hold no more than a million).
    for (const from of new Set([await periodStartFor(handle, root, MILLION), FRAME_FROM])) rows.push(...await measureFrame(handle, engine, run, root, from));
    return rows;
  } finally {
    await stop();
  }
}

async function measureFrame(handle: DatabaseHandle, engine: string, run: Run, root: string, from: string): Promise<string[]> {
  const frame = { kind: 'DECIDED_IN_PERIOD', period: { from, to: BENCH_UNTIL }, asOf: BENCH_UNTIL, excludeEarlierRounds: false };
  const plan = { scope: root, frame, strata: 'DEPARTMENT_AND_CASE_TYPE', allocation: { method: 'PROPORTIONAL', total: 400 } };
  const floorMs = await timeMedian(() => queryRows(handle.db, sql`select count(*) from cases c join department_closure cl
    on cl.descendant_id = c.department_id and cl.ancestor_id = ${root}
    where c.decided_on between ${from}::date and ${BENCH_UNTIL}::date and c.outcome is distinct from 'withdrawn'`));
  const planned = (await run(PLAN, { input: plan })).reviewRoundPlan as { frameSize: number; allocated: number };
  const planMs = await timeMedian(() => run(PLAN, { input: plan }));
  const created: number[] = [];
  const createMs = await timeMedian(async () => {
    const round = (await run(CREATE, { input: { ...plan, name: 'Bench', seed: `bench-${from}-${created.length}` } })).createReviewRound as { id: string };
    created.push(Number(round.id));
  });
  // What the server's frame keeper does right after each answer (reviews/frame-store.ts).
  const storeTimes: number[] = [];
  for (const id of created) storeTimes.push((await timed(() => storeRoundFrame(handle.db, id)))[1]);
  const roundId = created.at(-1)!;
  const verifyMs = await timeMedian(() => run(VERIFY, { id: roundId }, `REVIEW_ROUND:${roundId}`));
  const row = (what: string, ms: number) => `| ${what} | ${engine} | ${from} | ${planned.frameSize.toLocaleString('en')} | ${ms.toFixed(0)} | ${(ms / floorMs).toFixed(1)} |`;
  return [
    row('count the frame (raw SQL floor)', floorMs), row('reviewRoundPlan', planMs),
    row(`createReviewRound (${planned.allocated} drawn + 20 % reserve)`, createMs),
    row('… then storing its frame, after the answer', median(storeTimes)), row('verification', verifyMs),
  ];
}

/** `folder` null: the database at `databaseUrl` is already imported. */
async function benchEngine(engine: string, databaseUrl: string | undefined, folder: string | null): Promise<string[]> {
  const handle = await openDatabase({ ...(databaseUrl ? { databaseUrl } : {}), statementTimeoutMs: 0 });
  try {
    await migrateDatabase(handle);
    const imported = folder === null ? null : await importDataSet(handle.db, { folder, secret: 'bench', startedBy: 'bench' });
    if (imported && imported.status !== 'succeeded') throw new Error(`${engine}: import failed`);
    return await measure(handle, engine);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Prints one markdown table: each step's median of 3 runs and its ratio to counting the frame. */
export async function runReviewsBench(scale: number, adminUrl: string, withPglite: boolean, existingUrl?: string): Promise<void> {
  const rows: string[] = [];
  if (existingUrl) {
    rows.push(...await benchEngine('PostgreSQL (existing database)', existingUrl, null));
    printReviewsReport(`an existing database`, rows);
    return;
  }
  const demo = await demoFolder(scale);
  try {
    const target = await freshPostgres(adminUrl);
    try { rows.push(...await benchEngine('PostgreSQL', target.url, demo.folder)); } finally { await target.drop(); }
    if (withPglite) rows.push(...await benchEngine('PGlite (memory)', undefined, demo.folder));
  } finally {
    demo.remove();
  }
  printReviewsReport(`demo scale ${scale}`, rows);
}

function printReviewsReport(data: string, rows: readonly string[]): void {
  console.log(`\nReviews bench, ${data}: rounds over the cases of the largest root department decided from `
    + `the day that makes about a million (and from ${FRAME_FROM}) to ${BENCH_UNTIL}, strata department × case type, `
    + `proportional 400; medians of ${RUNS} runs.\n`);
  console.log('| step | engine | decided from | frame (cases) | median ms | ÷ counting the frame |');
  console.log('|---|---|---|--:|--:|--:|');
  for (const row of rows) console.log(row);
}
