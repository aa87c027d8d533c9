// The reviews suite: planning, drawing and verifying a supervisory review round over a frame of
// about a million cases (issue 6: "draws in under a second on PostgreSQL"), through GraphQL as a
// director, beside the cheapest SQL that touches the same frame (counting it) as the floor.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseHandle } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { createApolloServer } from '../server/graphql/server';
import { createRequestContext } from '../server/graphql/context';
import { importDataSet } from '../server/importer/service';
import { addUser, findUserByUsername, viewerOf } from '../server/access/users';
import { BENCH_UNTIL, demoFolder, freshPostgres, median, timed } from './shared';
import { checkRoundInput } from '../server/reviews/plan-input';
import { drawSample } from '../server/reviews/sample-draw';
import { reserveSize } from '../server/stats/hash-order';
import type { ReviewRoundInput } from '../server/graphql/generated';

const FRAME_FROM = '2000-01-01';
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

async function measure(handle: DatabaseHandle, engine: string): Promise<string[]> {
  // The root with the most cases: the largest frame the data set holds.
  const [root] = await queryRows<{ id: string }>(handle.db, sql`select cl.ancestor_id as id from department_closure cl
    join departments d on d.department_id = cl.ancestor_id and d.parent_id is null
    join cases c on c.department_id = cl.descendant_id group by 1 order by count(*) desc, 1 limit 1`);
  const { run, stop } = await graphqlRunner(handle);
  try {
    const frame = { kind: 'DECIDED_IN_PERIOD', period: { from: FRAME_FROM, to: BENCH_UNTIL }, asOf: BENCH_UNTIL, excludeEarlierRounds: false };
    const plan = { scope: root!.id, frame, strata: 'DEPARTMENT_AND_CASE_TYPE', allocation: { method: 'PROPORTIONAL', total: 400 } };
    const floorMs = await timeMedian(() => queryRows(handle.db, sql`select count(*) from cases c join department_closure cl
      on cl.descendant_id = c.department_id and cl.ancestor_id = ${root!.id}
      where c.decided_on between ${FRAME_FROM}::date and ${BENCH_UNTIL}::date and c.outcome is distinct from 'withdrawn'`));
    const planned = (await run(PLAN, { input: plan })).reviewRoundPlan as { frameSize: number; allocated: number };
    const planMs = await timeMedian(() => run(PLAN, { input: plan }));
    let roundId = '';
    const createMs = await timeMedian(async () => {
      const created = (await run(CREATE, { input: { ...plan, name: 'Bench', seed: `bench-${roundId}` } })).createReviewRound as { id: string };
      roundId = created.id;
    });
    const verifyMs = await timeMedian(() => run(VERIFY, { id: roundId }, `REVIEW_ROUND:${roundId}`));
    const drawMs = await timeDrawAlone(handle, { ...plan, name: 'Bench', seed: 'bench-draw' } as ReviewRoundInput, Number(roundId));
    const row = (what: string, ms: number) => `| ${what} | ${engine} | ${planned.frameSize.toLocaleString('en')} | ${ms.toFixed(0)} | ${(ms / floorMs).toFixed(1)} |`;
    return [
      row('count the frame (raw SQL floor)', floorMs), row('reviewRoundPlan', planMs),
      row(`createReviewRound (${planned.allocated} drawn + 20 % reserve, stored frame)`, createMs),
      row('… of which the draw: hash order of the frame, sample and reserve (drawSample)', drawMs), row('verification', verifyMs),
    ];
  } finally {
    await stop();
  }
}

/**
 * The draw on its own, as createReviewRound runs it after storing the frame: SHA-256 order of
 * every frame case, the first allocated + reserve of each stratum (the round's own allocation).
 */
async function timeDrawAlone(handle: DatabaseHandle, input: ReviewRoundInput, roundId: number): Promise<number> {
  const spec = checkRoundInput(input);
  const strata = await queryRows<{ key: string; frameSize: number; allocated: number }>(handle.db, sql`select stratum_key as key,
      frame_size as "frameSize", allocated from review_strata where round_id = ${roundId}`);
  const needs = strata.map((s) => ({ ...s, reserve: reserveSize(s.allocated, spec.reserveShare) }));
  return timeMedian(() => drawSample(handle.db, spec.frame, spec.seed, needs));
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
  console.log(`\nReviews bench, ${data}: a round over every case of the largest root department decided `
    + `${FRAME_FROM} … ${BENCH_UNTIL}, strata department × case type, proportional 400; medians of ${RUNS} runs.\n`);
  console.log('| step | engine | frame (cases) | median ms | ÷ counting the frame |');
  console.log('|---|---|--:|--:|--:|');
  for (const row of rows) console.log(row);
}
