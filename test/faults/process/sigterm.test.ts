// SIGTERM to the real server while heavy dashboard requests run: every one of them still gets
// its full answer, and the process exits 0 well within 10 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorOverviewQuery } from '../../../client/graphql/indicators';
import { demoSession, postGraphql, rootScopeVariables, startServerProcess, type ServerProcess } from '../../../bench/server-process';

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-sigterm-'));
  // No figure cache: every overview is computed from the database, so the requests take a while.
  server = await startServerProcess({ TILSYN_DATA_DIR: dataDir, TILSYN_DEMO_SCALE: '0.05', TILSYN_FIGURE_CACHE: 'off' });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGTERM under load', () => {
  it('finishes the requests in flight with 200 and exits 0 within 10 s', async () => {
    const cookie = await demoSession(server.base, 'demo-direktor');
    const variables = await rootScopeVariables(server.base, cookie, new Date().toISOString().slice(0, 10));
    const overview = () => postGraphql(server.base, cookie, { document: String(IndicatorOverviewQuery), variables });
    const single = Date.now();
    expect((await overview()).status).toBe(200);
    const oneMs = Date.now() - single;

    const inFlight = Array.from({ length: 6 }, overview);
    // The embedded database runs one query at a time, so six overviews take about 6 × oneMs.
    await new Promise((resolve) => setTimeout(resolve, Math.min(oneMs, 200)));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    const answeredAt = Date.now();

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const a of answers) {
      expect(a.body.errors).toBeUndefined();
      expect((a.body.data as { figures: { indicators: unknown[] } }).figures.indicators.length).toBeGreaterThan(0);
    }
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
    // The database closed only after the last answer had gone out.
    expect(at).toBeGreaterThanOrEqual(answeredAt - 50);
    expect(server.output()).toContain('SIGTERM received');
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  });
});
