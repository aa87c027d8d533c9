// The load suite (issue 10): the real server as a child process on loopback, and a bounded number of
// concurrent clients (closed loop: each sends its next request when the last is answered) for a
// bounded time, replaying the dashboard's own GraphQL documents signed in as director, manager and
// committee member. Reports throughput, latency percentiles, errors and the server's RSS beside the
// targets. PostgreSQL: a fresh database on the local server with the demo at --scale, or a copy of
// --existing (never the original); PGlite: a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { IndicatorOverviewQuery } from '../client/graphql/indicators';
import { TimelinessDepartmentsQuery, TimelinessScopeQuery, TimelinessTrendQuery } from '../client/graphql/timeliness';
import { ContinuityScopeQuery } from '../client/graphql/continuity';
import { ComplaintsScopeQuery } from '../client/graphql/complaints';
import { CommitteeReportQuery } from '../client/graphql/committee';
import { DEMO_MANAGER_DEPARTMENT } from '../server/access/demo-users';
import {
  cpuSeconds, demoSession, postGraphql, residentMegabytes, rootScopeVariables, startServerProcess, type GraphqlCall, type ServerProcess,
} from './server-process';
import { freshPostgres } from './shared';
import { twelveMonthsEndingAt } from '../client/utils/dates';
import { summarise, type Outcome } from './load-stats';

export const LOAD_TARGETS = {
  postgres: { rps: 200, p95Ms: 300, errorShare: 0.001 },
  pglite: { rps: 30, p95Ms: 1_000, errorShare: 0.001 },
  rssMb: 300,
} as const;

const OPERATIONS = {
  IndicatorOverview: IndicatorOverviewQuery,
  TimelinessScope: TimelinessScopeQuery,
  TimelinessDepartments: TimelinessDepartmentsQuery,
  TimelinessTrend: TimelinessTrendQuery,
  ContinuityScope: ContinuityScopeQuery,
  ComplaintsScope: ComplaintsScopeQuery,
  CommitteeReport: CommitteeReportQuery,
} as const;

/** Who, and on which scope: the director and the committee on the whole municipality, the manager on their centre. */
const ROLES = [
  { role: 'director', username: 'demo-direktor', scope: 'root' },
  { role: 'manager', username: 'demo-leder', scope: DEMO_MANAGER_DEPARTMENT },
  { role: 'committee', username: 'demo-udvalg', scope: 'root' },
] as const;

interface MixEntry { label: string; cookie: string; call: GraphqlCall }

export interface LoadOptions {
  engine: 'postgres' | 'pglite';
  scale: number;
  seconds: number;
  concurrency: number;
  adminUrl: string;
  existingUrl?: string;
  figureCache: boolean;
  responseCache: boolean;
  /** As-of dates per (role, operation): 1 repeats today's selection; more spread the requests over earlier days. */
  selections: number;
}

/** The as-of dates of the mix: `asOf` and the `selections − 1` days before it, each with its own 12 months. */
function selectionsOf(asOf: string, selections: number): { period: { from: string; to: string }; asOf: string }[] {
  return Array.from({ length: selections }, (_, k) => {
    const day = new Date(Date.parse(`${asOf}T00:00:00Z`) - k * 86_400_000).toISOString().slice(0, 10);
    return { period: twelveMonthsEndingAt(day), asOf: day };
  });
}

/**
 * Every (role, operation) pair the role may run, each tried once with today's selection and kept
 * only if it answers without errors; then once per selection (`--selections`), interleaved, so a
 * run with more selections than 1 keeps asking for answers nobody asked for yet.
 */
async function buildMix(server: ServerProcess, asOf: string, selections: number): Promise<{ mix: MixEntry[]; refused: string[] }> {
  const kept: MixEntry[] = [];
  const refused: string[] = [];
  for (const role of ROLES) {
    const cookie = await demoSession(server.base, role.username);
    const root = await rootScopeVariables(server.base, cookie, asOf);
    const variables = { ...root, scope: role.scope === 'root' ? root.scope : role.scope };
    for (const [name, document] of Object.entries(OPERATIONS)) {
      const call = { document: String(document), variables };
      const { status, body } = await postGraphql(server.base, cookie, call);
      const label = `${role.role}: ${name}`;
      if (status === 200 && !body.errors) kept.push({ label, cookie, call });
      else refused.push(`${label} (${body.errors?.[0]?.extensions?.code ?? status})`);
    }
  }
  const mix = selectionsOf(asOf, selections).flatMap((selection) =>
    kept.map((entry) => ({ ...entry, call: { ...entry.call, variables: { ...entry.call.variables, ...selection } } })));
  return { mix, refused };
}

async function drive(server: ServerProcess, mix: MixEntry[], options: LoadOptions): Promise<{ outcomes: Outcome[]; rss: number[]; wallMs: number; serverCores: number }> {
  const outcomes: Outcome[] = [];
  const cpuBefore = cpuSeconds(server.child.pid!);
  const rss: number[] = [];
  const started = Date.now();
  const endAt = started + options.seconds * 1_000;
  const sampler = setInterval(() => rss.push(residentMegabytes(server.child.pid!)), 1_000);
  let next = 0;
  const client = async () => {
    while (Date.now() < endAt) {
      const entry = mix[next++ % mix.length]!;
      const t = performance.now();
      const ok = await postGraphql(server.base, entry.cookie, entry.call, AbortSignal.timeout(30_000))
        .then((r) => r.status === 200 && !r.body.errors, () => false);
      outcomes.push({ label: entry.label, ms: performance.now() - t, ok });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  clearInterval(sampler);
  rss.push(residentMegabytes(server.child.pid!));
  const wallMs = Date.now() - started;
  return { outcomes, rss, wallMs, serverCores: (cpuSeconds(server.child.pid!) - cpuBefore) / (wallMs / 1_000) };
}

/** The database the server runs on, and how to remove it afterwards. */
async function prepareDatabase(options: LoadOptions): Promise<{ env: Record<string, string>; note: string; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-load-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  const base = { TILSYN_DATA_DIR: dataDir, TILSYN_DEMO_SCALE: String(options.scale), TILSYN_FIGURE_CACHE: options.figureCache ? 'on' : 'off',
    TILSYN_RESPONSE_CACHE: options.responseCache ? 'on' : 'off' };
  if (options.engine === 'pglite') return { env: base, note: `PGlite, demo scale ${options.scale}`, dispose: async () => removeDir() };
  if (!options.existingUrl) {
    const db = await freshPostgres(options.adminUrl);
    return { env: { ...base, DATABASE_URL: db.url }, note: `PostgreSQL, demo scale ${options.scale}`, dispose: async () => { await db.drop(); removeDir(); } };
  }
  // A copy, so the demo accounts and sessions the run needs never touch the original.
  const source = new URL(options.existingUrl).pathname.slice(1);
  const copy = `tilsyn_load_${Date.now()}`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  // file_copy: a checkpoint and a copy of the files, much faster than WAL-logging gigabytes.
  await admin.query(`create database ${copy} template ${source} strategy file_copy`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${copy}`;
  return {
    env: { ...base, DATABASE_URL: url.toString() },
    note: `PostgreSQL, a copy of ${source}`,
    dispose: async () => { await admin.query(`drop database if exists ${copy} with (force)`); await admin.end(); removeDir(); },
  };
}

const onOff = (on: boolean) => (on ? 'on' : 'off');

export async function runLoadBench(options: LoadOptions): Promise<void> {
  if (!(Number.isInteger(options.selections) && options.selections >= 1 && options.selections <= 366)) {
    throw new Error(`--selections must be a whole number from 1 to 366, got ${options.selections}`);
  }
  const database = await prepareDatabase(options);
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(database.env, 1_800_000);
    const asOf = new Date().toISOString().slice(0, 10);
    const { mix, refused } = await buildMix(server, asOf, options.selections);
    if (mix.length === 0) throw new Error(`no operation answered: ${refused.join(', ')}`);
    const loadBefore = loadavg()[0]!;
    const run = await drive(server, mix, options);
    const target = LOAD_TARGETS[options.engine];
    console.log(`\nLoad bench (${database.note}; figure cache ${onOff(options.figureCache)}, response cache ${onOff(options.responseCache)}): ${options.concurrency} concurrent clients `
      + `for ${options.seconds} s on loopback, round-robin over ${mix.length} requests: `
      + `${mix.length / options.selections} (role, operation) pairs × ${options.selections} selection(s) (as of ${asOf} and the days before).`);
    console.log(`Server CPU: ${run.serverCores.toFixed(2)} cores on average (machine: ${availableParallelism()} cores, load average before the run ${loadBefore.toFixed(1)}).`);
    if (refused.length > 0) console.log(`Left out (the role may not run them): ${refused.join(', ')}.`);
    console.log(summarise(run.outcomes, run.wallMs, run.rss, { ...target, rssMb: options.engine === 'postgres' ? LOAD_TARGETS.rssMb : null }));
  } finally {
    await server?.stop();
    await database.dispose();
  }
}
