// drainServer/shutDown against a real in-process HTTP server: a request that is running when the
// shutdown starts still gets its full answer, and cleanup (the database) waits for it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainServer, shutDown, trackConnections } from '../../server/startup/shutdown';

const servers: http.Server[] = [];
afterEach(() => { for (const s of servers.splice(0)) s.closeAllConnections(); });

/** Answers "done" after `delayMs`; records when each answer was finished. */
async function slowServer(delayMs: number): Promise<{ server: http.Server; url: string; finished: number[] }> {
  const finished: number[] = [];
  const server = http.createServer((_req, res) => {
    setTimeout(() => { res.end('done'); finished.push(Date.now()); }, delayMs);
  });
  servers.push(server);
  trackConnections(server); // as installShutdown does at startup
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, finished };
}

/** A GET over a keep-alive connection; the status and body, or the error message. */
function get(url: string, agent: http.Agent): Promise<string> {
  return new Promise((resolve) => {
    http.get(url, { agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', (error) => resolve(`error ${error.message}`));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  it('lets in-flight keep-alive requests finish, then runs cleanup after the last answer', async () => {
    const { server, url, finished } = await slowServer(400);
    const agent = new http.Agent({ keepAlive: true });
    const answers = Promise.all([get(url, agent), get(url, agent), get(url, agent)]);
    await pause(100);
    let cleanedAt = 0;
    const started = Date.now();
    const code = await shutDown(server, async () => { cleanedAt = Date.now(); }, { log: () => {}, drainMs: 5_000 });
    expect(await answers).toEqual(['200 done', '200 done', '200 done']);
    expect(code).toBe(0);
    expect(finished).toHaveLength(3);
    expect(cleanedAt).toBeGreaterThanOrEqual(Math.max(...finished));
    expect(server.listening).toBe(false);
    // The keep-alive connections were closed as they went idle, not left to time out.
    expect(cleanedAt - started).toBeLessThan(1_500);
    agent.destroy();
  });

  it('refuses new connections once draining', async () => {
    const { server, url } = await slowServer(300);
    const agent = new http.Agent({ keepAlive: false });
    const running = get(url, agent);
    await pause(50);
    const drained = drainServer(server, 5_000);
    await pause(50);
    expect(await get(url, agent)).toMatch(/^error .*ECONNREFUSED/);
    expect(await running).toBe('200 done');
    expect(await drained).toBe(true);
  });

  it('cuts requests still running after the grace period and still cleans up', async () => {
    const { server, url } = await slowServer(60_000);
    const agent = new http.Agent({ keepAlive: true });
    const stuck = get(url, agent);
    await pause(50);
    const started = Date.now();
    let cleaned = false;
    const code = await shutDown(server, async () => { cleaned = true; }, { log: () => {}, drainMs: 200 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(code).toBe(0);
    expect(cleaned).toBe(true);
    expect(await stuck).toMatch(/^error /);
  });

  it('reports a failing cleanup with exit code 1', async () => {
    const { server } = await slowServer(10);
    const code = await shutDown(server, async () => { throw new Error('database gone'); }, { log: () => {}, drainMs: 1_000 });
    expect(code).toBe(1);
  });
});
