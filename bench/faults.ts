// The faults suite (issue 10): PostgreSQL lost under load. A throwaway cluster of our own (port
// 55499) and the real server on it with a small demo; workers keep asking the Rettidighed page's
// TimelinessScope while the cluster is stopped for --down seconds (default 60) and started again.
// Measured: time until /readyz says 503, how long requests take while the database is away (fail
// fast, no 30 s statement timeout), and time until /readyz and GraphQL answer again, no restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TimelinessScopeQuery } from '../client/graphql/timeliness';
import { demoSession, postGraphql, rootScopeVariables, startServerProcess } from './server-process';
import { createThrowawayCluster } from './throwaway-cluster';

const WORKERS = 4;
const READY_POLL_MS = 100;
const TARGETS = { to503Ms: 5_000, downLatencyMs: 1_000, recoverMs: 10_000 };

interface Sample { at: number; ms: number; ok: boolean; message: string }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? Number.NaN;

export interface DatabaseLoss {
  downSeconds: number;
  to503Ms: number | undefined;
  downRequests: number;
  downFailed: number;
  downP95Ms: number;
  downMaxMs: number;
  recoverMs: number | undefined;
  graphqlRecoverMs: number | undefined;
  /** The distinct errors clients saw while the database was away (at most 3). */
  messages: string[];
  stayedUp: boolean;
}

/** The whole experiment: its own cluster and server, load, stop, wait, start, measure, clean up. */
export async function measureDatabaseLoss(options: { downSeconds: number; afterSeconds?: number }): Promise<DatabaseLoss> {
  const cluster = await createThrowawayCluster();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-faults-'));
  const server = await startServerProcess({
    DATABASE_URL: cluster.url, TILSYN_DATA_DIR: dataDir, TILSYN_DEMO_SCALE: '0.05', TILSYN_FIGURE_CACHE: 'off',
  }).catch(async (error) => { await cluster.remove(); rmSync(dataDir, { recursive: true, force: true }); throw error; });
  try {
    const cookie = await demoSession(server.base, 'demo-direktor');
    const variables = await rootScopeVariables(server.base, cookie, new Date().toISOString().slice(0, 10));
    const samples: Sample[] = [];
    const ready: { at: number; status: number }[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const started = Date.now();
        const outcome = await postGraphql(server.base, cookie, { document: String(TimelinessScopeQuery), variables })
          .then((r) => ({ ok: r.status === 200 && !r.body.errors, message: `HTTP ${r.status} ${r.body.errors?.[0]?.extensions?.code ?? ''}: ${r.body.errors?.[0]?.message ?? ''}` }))
          .catch((error: Error) => ({ ok: false, message: `network: ${error.message}` }));
        samples.push({ at: started, ms: Date.now() - started, ...outcome });
        if (!outcome.ok) await pause(50);
      }
    };
    const poller = async () => {
      while (running) {
        const status = await fetch(`${server.base}/readyz`).then((r) => r.status, () => 0);
        ready.push({ at: Date.now(), status });
        await pause(READY_POLL_MS);
      }
    };
    const load = [...Array.from({ length: WORKERS }, worker), poller()];
    await pause(3_000);
    const stoppedAt = Date.now();
    await cluster.stop();
    // "Down" is from the moment the stop has completed to the moment the start is asked for: while
    // pg_ctl waits for either, requests may legitimately still (or already) succeed.
    const down = { from: Date.now(), to: 0 };
    await pause(options.downSeconds * 1_000);
    down.to = Date.now();
    await cluster.start();
    const startedAt = Date.now();
    await pause((options.afterSeconds ?? 15) * 1_000);
    running = false;
    await Promise.all(load);
    const restarts = server.output().match(/Tilsyn is running at/g)?.length ?? 0;
    return summarise(samples, ready, { stoppedAt, startedAt, down }, server.child.exitCode === null && restarts === 1);
  } finally {
    await server.stop();
    await cluster.remove();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface LossTimes { stoppedAt: number; startedAt: number; down: { from: number; to: number } }

function summarise(samples: Sample[], ready: { at: number; status: number }[], times: LossTimes, stayedUp: boolean): DatabaseLoss {
  const { stoppedAt, startedAt } = times;
  const first503 = ready.find((p) => p.at >= stoppedAt && p.status === 503);
  const backReady = ready.find((p) => p.at >= startedAt && p.status === 200);
  const backGraphql = samples.find((s) => s.at >= startedAt && s.ok);
  // Requests begun once the stop had completed and answered before the start was asked for: the database was away throughout.
  const down = samples.filter((s) => s.at >= times.down.from && s.at + s.ms <= times.down.to);
  const failed = down.filter((s) => !s.ok);
  return {
    downSeconds: Math.round((times.down.to - times.down.from) / 1000),
    to503Ms: first503 ? first503.at - stoppedAt : undefined,
    downRequests: down.length,
    downFailed: failed.length,
    downP95Ms: p95(down.map((s) => s.ms)),
    downMaxMs: Math.max(0, ...down.map((s) => s.ms)),
    recoverMs: backReady ? backReady.at - startedAt : undefined,
    graphqlRecoverMs: backGraphql ? backGraphql.at + backGraphql.ms - startedAt : undefined,
    messages: [...new Set(failed.map((s) => s.message))].slice(0, 3),
    stayedUp,
  };
}

export async function runFaultsBench(options: { downSeconds: number }): Promise<void> {
  const r = await measureDatabaseLoss(options);
  const ms = (v: number | undefined) => (v === undefined ? 'never' : `${v} ms`);
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  console.log(`\nFaults bench: PostgreSQL stopped (pg_ctl -m fast) for ${r.downSeconds} s under ${WORKERS} concurrent workers (TimelinessScope, director), then started again.\n`);
  console.log('| measure | value | target |');
  console.log('|---|--:|---|');
  console.log(`| /readyz 503 after the stop | ${ms(r.to503Ms)} | < ${TARGETS.to503Ms} ms (${verdict(r.to503Ms !== undefined && r.to503Ms < TARGETS.to503Ms)}) |`);
  console.log(`| requests while down: count, failed | ${r.downRequests}, ${r.downFailed} | all fail |`);
  console.log(`| request latency while down: p95 / max | ${r.downP95Ms} ms / ${r.downMaxMs} ms | fail fast, < ${TARGETS.downLatencyMs} ms (${verdict(r.downMaxMs < TARGETS.downLatencyMs)}) |`);
  console.log(`| /readyz 200 after the start | ${ms(r.recoverMs)} | < ${TARGETS.recoverMs} ms (${verdict(r.recoverMs !== undefined && r.recoverMs < TARGETS.recoverMs)}) |`);
  console.log(`| first GraphQL success after the start | ${ms(r.graphqlRecoverMs)} | < ${TARGETS.recoverMs} ms |`);
  console.log(`\n- errors the client saw while down: ${r.messages.map((m) => `"${m}"`).join(', ') || 'none'}`);
  console.log(`- the server process stayed up throughout (no restart): ${r.stayedUp ? 'yes' : 'no'}`);
}
