// npm run demo-data -- --out <folder> [--scale N] [--seed S] [--until YYYY-MM-DD]
// Progress goes to stderr: one line per finished file, then a summary.
import { todayInCopenhagen } from '../stats/calendar';
import { parseDemoArguments, USAGE, UsageError } from './cli-options';
import { generateDemoDataSet } from './generate';

const count = (n: number) => n.toLocaleString('en-US');

/** Files finished together (the case files) share one timing: rows/s over their common phase. */
function progressPrinter(startedAt: number): (p: { file: string; rows: number }) => void {
  let phaseStart = startedAt;
  let lastEvent = startedAt;
  return ({ file, rows }) => {
    const now = performance.now();
    if (now - lastEvent > 20) phaseStart = lastEvent;
    lastEvent = now;
    const perSecond = rows / Math.max(0.001, (now - phaseStart) / 1000);
    process.stderr.write(`  ${file.padEnd(16)} ${count(rows).padStart(11)} rows  ${count(Math.round(perSecond)).padStart(11)} rows/s\n`);
  };
}

async function main(): Promise<void> {
  const options = parseDemoArguments(process.argv.slice(2), todayInCopenhagen(new Date()));
  const startedAt = performance.now();
  process.stderr.write(`Demo data set: scale ${options.scale}, seed "${options.seed}", 2017-01-01 to ${options.until} → ${options.outDir}\n`);
  const summary = await generateDemoDataSet({ ...options, onProgress: progressPrinter(startedAt) });
  const seconds = (performance.now() - startedAt) / 1000;
  const total = summary.files.reduce((sum, f) => sum + f.rows, 0);
  process.stderr.write(`Done: ${summary.files.length} files, ${count(total)} rows in ${seconds.toFixed(1)} s (until ${options.until}).\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`demo-data: ${message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
