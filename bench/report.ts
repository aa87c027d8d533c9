// The pages suite's printout: a markdown table, the whole page, the targets and the slowest SQL.
export interface OperationTiming { operation: string; onLoad: boolean; graphqlMs: number; rawMs: number; statements: number }
export interface TimedStatement { operation: string; sql: string; ms: number }
export interface EngineRun {
  engine: string;
  scale: number;
  rows: number;
  importMs: number;
  results: OperationTiming[];
  /** The slowest raw statements, slowest first. */
  slowest: TimedStatement[];
  /** The selection the operations ran with, e.g. "scope BIF, case type SEL-112 → 12 WEEKS". */
  selection: string;
}

/** GraphQL may take at most this many times the raw SQL; each page must load within its target (issues 4 and 5). */
export const RATIO_TARGET = 1.25;
export const PAGE_TARGET_MS: Record<string, number> = { Rettidighed: 300, 'Personale og kontinuitet': 500 };
const DEFAULT_PAGE_TARGET_MS = 300;

/** The page an operation belongs to: its name up to the colon. */
const pageOf = (operation: string): string => operation.split(':')[0]!.trim();

const ms = (value: number) => value.toFixed(1);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function printPagesReport(report: { engines: EngineRun[]; notes: string[]; runs: number; until: string; elapsedMs: number }): void {
  const { engines, runs, until } = report;
  console.log(`\nPages bench: root department, the 12 months up to ${until}, as of ${until}, as a director; `
    + `medians of ${runs} runs after 1 warm-up (${[...new Set(engines.map((run) => run.selection))].join('; ')}).\n`);
  console.log('| operation | engine | GraphQL median ms | raw SQL ms (sum of medians) | statements | ratio |');
  console.log('|---|---|--:|--:|--:|--:|');
  for (const run of engines) {
    for (const r of run.results) {
      console.log(`| ${r.operation} | ${run.engine} | ${ms(r.graphqlMs)} | ${ms(r.rawMs)} | ${r.statements} | ${(r.graphqlMs / r.rawMs).toFixed(2)} |`);
    }
  }
  console.log('');
  const pages = [...new Set(engines.flatMap((run) => run.results.map((r) => pageOf(r.operation))))];
  for (const run of engines) {
    for (const page of pages) {
      const onLoad = run.results.filter((r) => r.onLoad && pageOf(r.operation) === page);
      const total = onLoad.reduce((sum, r) => sum + r.graphqlMs, 0);
      const raw = onLoad.reduce((sum, r) => sum + r.rawMs, 0);
      console.log(`whole page ${page}, ${run.engine}: ${ms(total)} ms median (sum of the ${onLoad.length} operations sent on load; raw SQL ${ms(raw)} ms)`);
    }
  }
  const all = engines.flatMap((run) => run.results);
  const withinRatio = all.filter((r) => r.graphqlMs <= RATIO_TARGET * r.rawMs).length;
  const postgres = engines.find((run) => run.engine === 'PostgreSQL');
  const pageTargets = pages.map((page) => {
    const target = PAGE_TARGET_MS[page] ?? DEFAULT_PAGE_TARGET_MS;
    const total = postgres?.results.filter((r) => r.onLoad && pageOf(r.operation) === page).reduce((sum, r) => sum + r.graphqlMs, 0);
    return `${page} < ${target} ms on PostgreSQL (${total === undefined ? 'not measured' : total < target ? 'met' : 'not met'})`;
  });
  console.log(`targets: GraphQL ≤ ${RATIO_TARGET} × raw SQL (met by ${withinRatio} of ${all.length} rows); ${pageTargets.join('; ')}`);
  console.log(`import (side note): ${engines.map((run) => `${run.engine} ${(run.importMs / 1000).toFixed(1)} s`).join(', ')}`
    + ` (scale ${[...new Set(engines.map((run) => run.scale))].join(' / ')}, ${[...new Set(engines.map((run) => run.rows.toLocaleString('en')))].join(' / ')} rows)`);
  for (const run of engines) {
    console.log(`\n5 slowest raw statements, ${run.engine}:`);
    for (const s of run.slowest) console.log(`- ${ms(s.ms)} ms  ${oneLine(s.sql).slice(0, 120)}  [${s.operation}]`);
  }
  for (const note of report.notes) console.log(`\nNote: ${note}`);
  console.log(`\nbench took ${(report.elapsedMs / 60_000).toFixed(1)} min`);
}
