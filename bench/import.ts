// The import suite: throughput (rows/s) of the demo municipality on PGlite and PostgreSQL,
// beside PostgreSQL's own COPY of the same files as the floor.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { importDataSet } from '../server/importer/service';
import { FILE_SPECS } from '../server/importer/files';
import { demoFolder, freshPostgres, timed } from './shared';

interface Row { measurement: string; rows: number; ms: number }

async function benchImport(results: Row[], label: string, handle: DatabaseHandle, folder: string, rows: number): Promise<void> {
  await migrateDatabase(handle);
  const [result, ms] = await timed(() => importDataSet(handle.db, { folder, secret: 'bench', startedBy: 'bench' }));
  if (result.status !== 'succeeded') throw new Error(`${label}: import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
  results.push({ measurement: label, rows, ms });
}

/** The floor: psql's \copy of every file into the migrated tables (no checks, no pseudonyms). */
function benchCopy(results: Row[], label: string, url: string, folder: string, rows: number): void {
  const started = performance.now();
  for (const spec of FILE_SPECS) {
    const file = path.join(folder, spec.file);
    const header = readFileSync(file, 'utf8').slice(0, 500).split('\n')[0]!.trim();
    execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${spec.table}(${header}) from '${file}' csv header`]);
  }
  results.push({ measurement: label, rows, ms: performance.now() - started });
}

/** Runs the import suite for each scale; PostgreSQL rows only when `pgUrl` is given. */
export async function runImportBench(scales: readonly number[], pgUrl: string | undefined): Promise<void> {
  const results: Row[] = [];
  for (const scale of scales) {
    const { folder, rows, remove } = await demoFolder(scale);
    const pglite = await openDatabase({});
    await benchImport(results, `import, PGlite (memory), scale ${scale}`, pglite, folder, rows);
    await pglite.close();
    if (pgUrl) {
      const target = await freshPostgres(pgUrl);
      const handle = await openDatabase({ databaseUrl: target.url, statementTimeoutMs: 0 });
      await benchImport(results, `import, PostgreSQL, scale ${scale}`, handle, folder, rows);
      await handle.close();
      await target.drop();
      const floor = await freshPostgres(pgUrl);
      const migrated = await openDatabase({ databaseUrl: floor.url });
      await migrateDatabase(migrated);
      await migrated.close();
      benchCopy(results, `COPY floor, PostgreSQL, scale ${scale}`, floor.url, folder, rows);
      await floor.drop();
    }
    remove();
  }
  printTable(results);
}

function printTable(results: readonly Row[]): void {
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
