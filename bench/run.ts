// `npm run bench`: prints a table. Import throughput (rows/s) of the demo municipality on PGlite
// and PostgreSQL, beside PostgreSQL's own COPY of the same files as the floor.
// Options: --scales 1,10 (default 1); BENCH_DATABASE_URL=postgres://… adds the PostgreSQL rows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemoDataSet } from '../server/demo/generate';
import { openDatabase, type DatabaseHandle } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { importDataSet } from '../server/importer/service';
import { FILE_SPECS } from '../server/importer/files';

interface Row { measurement: string; rows: number; ms: number }
const results: Row[] = [];

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] ?? fallback : fallback;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tilsyn_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => { await admin.query(`drop database ${name} with (force)`); await admin.end(); } };
}

async function benchImport(label: string, handle: DatabaseHandle, folder: string, rows: number): Promise<void> {
  await migrateDatabase(handle);
  const [result, ms] = await timed(() => importDataSet(handle.db, { folder, secret: 'bench', startedBy: 'bench' }));
  if (result.status !== 'succeeded') throw new Error(`${label}: import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
  results.push({ measurement: label, rows, ms });
}

/** The floor: psql's \copy of every file into the migrated tables (no checks, no pseudonyms). */
function benchCopy(label: string, url: string, folder: string, rows: number): void {
  const started = performance.now();
  for (const spec of FILE_SPECS) {
    const file = path.join(folder, spec.file);
    const header = readFileSync(file, 'utf8').slice(0, 500).split('\n')[0]!.trim();
    execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${spec.table}(${header}) from '${file}' csv header`]);
  }
  results.push({ measurement: label, rows, ms: performance.now() - started });
}

async function main(): Promise<void> {
  const scales = argument('scales', '1').split(',').map(Number);
  const pgUrl = process.env.BENCH_DATABASE_URL;
  for (const scale of scales) {
    const folder = mkdtempSync(path.join(tmpdir(), 'tilsyn-bench-'));
    const summary = await generateDemoDataSet({ outDir: folder, scale, seed: 'bench', until: '2026-11-23' });
    const rows = summary.files.reduce((sum, f) => sum + f.rows, 0);
    const pglite = await openDatabase({});
    await benchImport(`import, PGlite (memory), scale ${scale}`, pglite, folder, rows);
    await pglite.close();
    if (pgUrl) {
      const target = await freshPostgres(pgUrl);
      const handle = await openDatabase({ databaseUrl: target.url, statementTimeoutMs: 0 });
      await benchImport(`import, PostgreSQL, scale ${scale}`, handle, folder, rows);
      await handle.close();
      await target.drop();
      const floor = await freshPostgres(pgUrl);
      const migrated = await openDatabase({ databaseUrl: floor.url });
      await migrateDatabase(migrated);
      await migrated.close();
      benchCopy(`COPY floor, PostgreSQL, scale ${scale}`, floor.url, folder, rows);
      await floor.drop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
  printTable();
}

function printTable(): void {
  const floor = (label: string) => results.find((r) => r.measurement.startsWith('COPY') && label.endsWith(r.measurement.split(', ').pop()!));
  console.log('| measurement | rows | seconds | rows/s | ÷ COPY rows/s |');
  console.log('|---|--:|--:|--:|--:|');
  for (const r of results) {
    const rate = r.rows / (r.ms / 1000);
    const f = floor(r.measurement);
    const ratio = f ? (rate / (f.rows / (f.ms / 1000))).toFixed(2) : '–';
    console.log(`| ${r.measurement} | ${r.rows.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} | ${Math.round(rate).toLocaleString('en')} | ${ratio} |`);
  }
}

await main();
