// `npm run bench`: prints markdown tables. Choose the suite with --suite (default import):
//   --suite import [--scales 1,10]   import throughput (rows/s) on PGlite and PostgreSQL beside
//                                     PostgreSQL's COPY; BENCH_DATABASE_URL=postgres://… adds the PostgreSQL rows.
//   --suite pages [--scale 4.25]     the Rettidighed page's GraphQL operations against the same SQL run
//                                     raw, on PostgreSQL (BENCH_DATABASE_URL, default the local server) and PGlite.
//   --suite reviews [--scale 4.25] [--pglite]  plan, draw and verify a review round over about a million
//                                     cases (PostgreSQL; --pglite adds the embedded database).
//   --suite overview [--scale 10] [--existing URL]  the Overblik matrix and the committee report,
//                                     cold and with the figure cache, on PostgreSQL (an already
//                                     imported database at URL skips generating and importing).
//   --suite load [--engine postgres,pglite] [--scale 1] [--seconds 20] [--concurrency 8] [--existing URL]
//                [--figure-cache on|off] [--response-cache on|off] [--selections 1]  dashboard traffic as director, manager and committee against
//                                     the real server; throughput, p50/p95/p99, errors, RSS (--existing: a copy of it).
//   --suite client [--scale 1] [--no-paint]  initial JavaScript (gzip) from a fresh build, and the first
//                                     Overblik paint in headless Chromium on PGlite demo data.
//   --suite faults [--down 60]       PostgreSQL stopped under load in a throwaway cluster (port 55499):
//                                     time to /readyz 503, latency while down, time to recover.
import { runImportBench } from './import';
import { DEFAULT_BENCH_DATABASE_URL, runPagesBench } from './pages';
import { runReviewsBench } from './reviews';
import { runOverviewBench } from './overview';
import { runFaultsBench } from './faults';
import { runLoadBench } from './load';
import { runClientBench } from './client';
import { argument } from './shared';

const suite = argument('suite', 'import');
const scalesOf = (fallback: string) => argument('scales', argument('scale', fallback)).split(',').map(Number);

if (suite === 'import') {
  await runImportBench(scalesOf('1'), process.env.BENCH_DATABASE_URL);
} else if (suite === 'pages') {
  for (const scale of scalesOf('4.25')) {
    await runPagesBench({ scale, databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL });
  }
} else if (suite === 'reviews') {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  const existing = argument('existing', '');
  for (const scale of scalesOf('4.25')) await runReviewsBench(scale, url, process.argv.includes('--pglite'), existing || undefined);
} else if (suite === 'overview') {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  const existing = argument('existing', '');
  await runOverviewBench({ scale: scalesOf('10')[0]!, databaseUrl: url, ...(existing ? { existingUrl: existing } : {}) });
} else if (suite === 'load') {
  const engines = argument('engine', 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
  const existing = argument('existing', '');
  for (const engine of engines) {
    await runLoadBench({
      engine, scale: scalesOf('1')[0]!, seconds: Number(argument('seconds', '20')), concurrency: Number(argument('concurrency', '8')),
      adminUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL, figureCache: argument('figure-cache', 'on') !== 'off',
      responseCache: argument('response-cache', 'on') !== 'off', selections: Number(argument('selections', '1')),
      ...(existing && engine === 'postgres' ? { existingUrl: existing } : {}),
    });
  }
} else if (suite === 'client') {
  await runClientBench({ scale: scalesOf('1')[0]!, paint: !process.argv.includes('--no-paint') });
} else if (suite === 'faults') {
  await runFaultsBench({ downSeconds: Number(argument('down', '60')) });
} else {
  console.error(`unknown suite "${suite}" (expected import, pages, reviews, overview, load, client or faults)`);
  process.exitCode = 2;
}
