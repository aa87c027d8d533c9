// A PostgreSQL cluster of our own (initdb into a temporary folder, run as user postgres on its own
// port), so the fault suite can stop and start it without touching the shared server on 55432.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowawayCluster {
  url: string;
  start(): Promise<void>;
  /** Fast shutdown: running sessions are ended, as when the database host goes away. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

const run = promisify(execFile);

function asPostgresSync(command: string, args: string[]): void {
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args], { stdio: 'ignore' });
}

async function asPostgres(command: string, args: string[]): Promise<void> {
  await run('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args]);
}

export async function createThrowawayCluster(port = 55499): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tilsyn-pgfault-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  asPostgresSync('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop: () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    remove: async () => {
      await cluster.stop().catch(() => { /* already stopped */ });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
