// `npm run bench`: prints markdown tables. Choose the suite with --suite (default import):
//   --suite import [--scales 1,10]   import throughput (rows/s) on PGlite and PostgreSQL beside
//                                     PostgreSQL's COPY; BENCH_DATABASE_URL=postgres://… adds the PostgreSQL rows.
//   --suite pages [--scale 4.25]     the Rettidighed page's GraphQL operations against the same SQL run
//                                     raw, on PostgreSQL (BENCH_DATABASE_URL, default the local server) and PGlite.
import { runImportBench } from './import';
import { DEFAULT_BENCH_DATABASE_URL, runPagesBench } from './pages';
import { argument } from './shared';

const suite = argument('suite', 'import');
const scalesOf = (fallback: string) => argument('scales', argument('scale', fallback)).split(',').map(Number);

if (suite === 'import') {
  await runImportBench(scalesOf('1'), process.env.BENCH_DATABASE_URL);
} else if (suite === 'pages') {
  for (const scale of scalesOf('4.25')) {
    await runPagesBench({ scale, databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL });
  }
} else {
  console.error(`unknown suite "${suite}" (expected import or pages)`);
  process.exitCode = 2;
}
