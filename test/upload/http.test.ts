// The upload endpoints end to end: express on an ephemeral port, PGlite, `fetch` and raw requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createHttpServer, type AppConfig } from '../../server/http/app';
import { ensureDemoUsers } from '../../server/access/demo-users';
import { queryRows } from '../../server/db/client';
import { createTestDatabase, snapshotData, type TestDatabase } from '../helpers/database';
import { FixtureCopy, SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { FRAMING_ALLOWANCE } from '../../server/upload/receive';
import { buildZip } from './zip-writer';

const MAX_BYTES = 64 * 1024;
const dataDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-upload-'));
const uploads = path.join(dataDir, 'uploads');
const CONFIG: AppConfig = {
  demo: true, sessionIdleMinutes: 30, sessionHours: 10, cookieSecure: false, trustProxy: false, accessLogRetentionDays: 180,
  dataDir, secret: TEST_SECRET, uploadMaxBytes: MAX_BYTES,
};
const FILES = readdirSync(SMALL_FIXTURE).sort();
let database: TestDatabase;
let stop: () => Promise<void>;
let server: http.Server;
let base: string;
let admin: string;
let director: string;

async function cookieOf(username: string): Promise<string> {
  const res = await fetch(`${base}/auth/demo-sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }),
  });
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

function formOf(folder: string, names = FILES): FormData {
  const form = new FormData();
  for (const name of names) form.append('files', new Blob([readFileSync(path.join(folder, name))]), name);
  return form;
}

// Answers are checked field by field, so a loose type is enough.
const json = async (res: Response): Promise<any> => res.json();
const post = (cookie: string, body: FormData, headers: Record<string, string> = { 'x-requested-with': 'XMLHttpRequest' }) =>
  fetch(`${base}/admin/uploads`, { method: 'POST', headers: { cookie, ...headers }, body });

/** Polls the job until it has finished. */
async function finished(cookie: string, id: string): Promise<any> {
  for (let i = 0; i < 600; i += 1) {
    const job = await json(await fetch(`${base}/admin/uploads/${id}`, { headers: { cookie } }));
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the upload job did not finish');
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(await condition()).toBe(true);
}

const batches = async () => queryRows<{ id: number; status: string; started_by: string; source: string; error_count: number }>(
  database.db, sql`select id, status, started_by, source, error_count from import_batches order by id`);
function formWith(cases: Buffer): FormData {
  const form = new FormData();
  form.append('files', new Blob([cases]), 'cases.csv');
  return form;
}
const uploadFolders = () => (existsSync(uploads) ? readdirSync(uploads) : []);

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoUsers(database.db);
  const started = await createHttpServer({ handle: database, clientDir: '/nonexistent', config: CONFIG });
  ({ server, stop } = started);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  admin = await cookieOf('demo-admin');
  director = await cookieOf('demo-direktor');
});
afterAll(async () => {
  await stop();
  server.close();
  await database.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /admin/uploads', () => {
  it('imports a valid data set of CSV files, reports counts and names the upload in the history', async () => {
    const res = await post(admin, formOf(SMALL_FIXTURE));
    expect(res.status).toBe(202);
    const accepted = await json(res);
    expect(accepted).toMatchObject({ status: 'validating', startedBy: 'demo-admin', uploaded: FILES });
    const job = await finished(admin, accepted.id);
    expect(job).toMatchObject({ status: 'succeeded', errorCount: 0, errors: [], fraction: 1, phase: null });
    // departments.csv of the fixture has four departments, all new.
    expect(job.counts.find((c: { file: string }) => c.file === 'departments.csv')).toEqual({ file: 'departments.csv', inserted: 4, updated: 0, unchanged: 0, removed: 0 });
    expect(job.counts).toHaveLength(10);
    expect(await batches()).toEqual([{ id: job.batchId, status: 'succeeded', started_by: 'demo-admin', source: 'upload: appeals.csv, assignments.csv, case_types.csv +7', error_count: 0 }]);
    await until(() => uploadFolders().length === 0);
  });

  it('imports the same data set in a zip (folder inside) as a no-op: every row unchanged', async () => {
    const zip = buildZip(FILES.map((name) => ({ path: `udtraek/${name}`, content: readFileSync(path.join(SMALL_FIXTURE, name)), deflate: true })));
    const form = new FormData();
    form.append('files', new Blob([zip]), 'udtraek.zip');
    const job = await finished(admin, (await json(await post(admin, form))).id);
    expect(job.status).toBe('succeeded');
    expect(job.counts.every((c: { inserted: number; updated: number }) => c.inserted === 0 && c.updated === 0)).toBe(true);
    expect((await batches()).at(-1)!.source).toBe('upload: udtraek.zip');
  });

  it('refuses a broken file with the error table and changes nothing; the batch is recorded as failed', async () => {
    const before = await snapshotData(database.db);
    const copy = new FixtureCopy().replace('cases.csv', 'C2,1503724821,SEL-100,VOKS,2020-02-10', 'C2,1503724821,SEL-100,VOKS,2020-02-31');
    try {
      const job = await finished(admin, (await json(await post(admin, formOf(copy.dir)))).id);
      expect(job.status).toBe('failed');
      expect(job.errors).toHaveLength(1);
      expect(job.errors[0]).toMatchObject({ file: 'cases.csv', line: 3, column: 'received_on', value: '2020-02-31' });
      expect(await snapshotData(database.db)).toEqual(before);
      expect((await batches()).at(-1)).toMatchObject({ status: 'failed', error_count: 1, id: job.batchId });
    } finally {
      copy.dispose();
    }
  });

  it('checks the names before importing: unknown and missing files fail without an import', async () => {
    const count = (await batches()).length;
    const form = formOf(SMALL_FIXTURE, FILES.filter((f) => f !== 'cases.csv'));
    form.append('files', new Blob(['x']), 'sager.csv');
    const job = await finished(admin, (await json(await post(admin, form))).id);
    expect(job.errors.map((e: { file: string }) => e.file)).toEqual(['sager.csv', 'cases.csv']);
    expect([job.status, job.batchId, (await batches()).length]).toEqual(['failed', null, count]);
  });

  it('is for admins only, and only from our own pages', async () => {
    expect((await post(director, formOf(SMALL_FIXTURE))).status).toBe(403);
    expect((await fetch(`${base}/admin/uploads`, { headers: { cookie: director } })).status).toBe(403);
    expect((await post('tilsyn_session=none', formOf(SMALL_FIXTURE))).status).toBe(401);
    expect((await post(admin, formOf(SMALL_FIXTURE), {})).status).toBe(403);
    const foreign = await post(admin, formOf(SMALL_FIXTURE), { 'x-requested-with': 'XMLHttpRequest', origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await json(await fetch(`${base}/admin/uploads`, { headers: { cookie: admin } }))).toEqual({ maxBytes: MAX_BYTES, active: null });
  });

  it('refuses an upload over the limit with 413 and a clear error, whether announced or streamed', async () => {
    const count = (await batches()).length;
    const announced = await post(admin, formWith(Buffer.alloc(MAX_BYTES + FRAMING_ALLOWANCE + 1, 0x41)));
    expect([announced.status, await json(announced)]).toEqual([413, { error: 'too-large', maxBytes: MAX_BYTES }]);
    // The files' bytes count, not the framing: one byte over is refused, exactly the limit is read.
    const over = await post(admin, formWith(Buffer.alloc(MAX_BYTES + 1, 0x41)));
    expect([over.status, await json(over)]).toEqual([413, { error: 'too-large', maxBytes: MAX_BYTES }]);
    const exact = await post(admin, formWith(Buffer.alloc(MAX_BYTES, 0x41)));
    const job = await finished(admin, (await json(exact)).id);
    expect([job.status, job.batchId]).toEqual(['failed', null]); // read, then refused for the missing files
    const streamed = await rawUpload({ chunked: true, chunks: 200, chunkBytes: 8 * 1024 });
    expect([streamed.status, JSON.parse(streamed.body)]).toEqual([413, { error: 'too-large', maxBytes: MAX_BYTES }]);
    await until(() => uploadFolders().length === 0);
    expect((await batches()).length).toBe(count);
  });

  it('leaves nothing behind when the browser cancels mid-upload, and takes the next upload', async () => {
    const count = (await batches()).length;
    const request = rawRequest({ chunked: false, length: 60_000 });
    request.write(partHead('cases.csv'));
    request.write(Buffer.alloc(20_000, 0x41));
    await until(() => uploadFolders().length === 1 && existsSync(path.join(uploads, uploadFolders()[0]!, 'data', 'cases.csv')));
    request.destroy();
    await until(() => uploadFolders().length === 0);
    expect(await json(await fetch(`${base}/admin/uploads`, { headers: { cookie: admin } }))).toEqual({ maxBytes: MAX_BYTES, active: null });
    expect((await batches()).length).toBe(count);
    const next = await post(admin, formOf(SMALL_FIXTURE));
    expect((await finished(admin, (await json(next)).id)).status).toBe('succeeded');
  });
});

const BOUNDARY = 'raw-test-boundary';
const partHead = (filename: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\n\r\n`;

function rawRequest(options: { chunked: boolean; length?: number }, onResponse?: (res: http.IncomingMessage) => void): http.ClientRequest {
  const url = new URL(`${base}/admin/uploads`);
  const request = http.request({
    host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
    headers: {
      cookie: admin, 'x-requested-with': 'XMLHttpRequest', 'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      ...(options.chunked ? {} : { 'content-length': String(options.length) }),
    },
  }, onResponse);
  request.on('error', () => undefined);
  return request;
}

/** Streams `chunks` chunks without announcing a length; resolves with the answer. */
function rawUpload(options: { chunked: true; chunks: number; chunkBytes: number }): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = rawRequest({ chunked: true }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    // A reset connection answers with status 0 at once, so the test fails on its assertion, not a timeout.
    request.on('error', (error) => resolve({ status: 0, body: JSON.stringify({ error: String(error) }) }));
    request.write(partHead('cases.csv'));
    let sent = 0;
    const next = (error?: Error | null) => {
      if (error || request.destroyed) return;
      if (sent++ >= options.chunks) return void request.end();
      request.write(Buffer.alloc(options.chunkBytes, 0x41), (e) => setImmediate(next, e));
    };
    next();
  });
}
