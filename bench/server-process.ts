// The real server as a child process (`npm start`'s command, so the pid is the server's own for
// signals and RSS), plus the few HTTP calls the fault and load suites make against it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DepartmentsQuery } from '../client/graphql/departments';
import { twelveMonthsEndingAt } from '../client/utils/dates';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) and when it came. */
  exited: Promise<{ code: number | null; at: number }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop: (graceMs?: number) => Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, readyTimeoutMs = 300_000): Promise<ServerProcess> {
  const port = env.PORT ?? String(4800 + Math.floor(Math.random() * 800));
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server.
  const extra = process.env.BENCH_SERVER_NODE_ARGS ?? '';
  // `npm start`'s own command (its heap cap included), through sh for its ${…} and exec'd, so the pid is the server's.
  const start = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  if (!start.startsWith('node ')) throw new Error(`npm start is expected to run node directly, not: ${start}`);
  const child = spawn('sh', ['-c', `exec "${process.execPath}" ${extra} ${start.slice('node '.length)}`], {
    cwd: root, env: { ...process.env, DATABASE_URL: '', ...env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => {
    child.once('exit', (code) => resolve({ code, at: Date.now() }));
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in time:\n${text}`)), readyTimeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Tilsyn is running at')) { clearTimeout(timer); resolve(); }
    });
    child.stderr!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    void exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${text}`)); });
  });
  const stop = async (graceMs = 12_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { base: `http://127.0.0.1:${port}`, child, output: () => text, exited, stop };
}

/** Resident memory of a process in MB (Linux), or NaN when it is gone. */
export function residentMegabytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux), or NaN when it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}

/** Signs in with a demo account; returns the Cookie header value. */
export async function demoSession(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/auth/demo-sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`demo sign-in as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tilsyn_session='));
  if (!cookie) throw new Error('demo sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

export interface GraphqlCall { document: string; variables: Record<string, unknown>; purpose?: string }

/** One GraphQL POST; the status and parsed body (errors included). */
export async function postGraphql(base: string, cookie: string, call: GraphqlCall, signal?: AbortSignal)
  : Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie };
  if (call.purpose) headers['x-tilsyn-purpose'] = call.purpose;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers, body: JSON.stringify({ query: call.document, variables: call.variables }), signal,
  });
  return { status: response.status, body: await response.json() as never };
}

/** The first root department over HTTP, and the 12 months up to `asOf`: what a page opens on. */
export async function rootScopeVariables(base: string, cookie: string, asOf: string)
  : Promise<{ scope: string; period: { from: string; to: string }; asOf: string }> {
  const { body } = await postGraphql(base, cookie, { document: String(DepartmentsQuery), variables: {} });
  const departments = (body.data as { departments: { id: string; depth: number }[] } | undefined)?.departments ?? [];
  const root = departments.find((d) => d.depth === 0);
  if (!root) throw new Error(`no root department: ${JSON.stringify(body.errors ?? body)}`);
  return { scope: root.id, period: twelveMonthsEndingAt(asOf), asOf };
}
