// What a load run comes to: throughput, latency percentiles, errors and memory, beside the targets.

export interface Outcome { label: string; ms: number; ok: boolean }

/** `rssMb` null: no memory target (PGlite's database lives in the server process, so its RSS holds the data too). */
export interface LoadTarget { rps: number; p95Ms: number; errorShare: number; rssMb: number | null }

/** Nearest-rank percentile of values already sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarise(outcomes: readonly Outcome[], wallMs: number, rss: readonly number[], target: LoadTarget): string {
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const errors = outcomes.filter((o) => !o.ok).length;
  const rps = outcomes.length / (wallMs / 1_000);
  const p95 = percentile(sorted, 95);
  const errorShare = outcomes.length === 0 ? 1 : errors / outcomes.length;
  const peakRss = Math.max(...rss.filter(Number.isFinite));
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  const ms = (v: number) => v.toFixed(0);
  const lines = [
    '',
    '| measure | value | target |',
    '|---|--:|---|',
    `| requests | ${outcomes.length} in ${(wallMs / 1_000).toFixed(1)} s | |`,
    `| throughput | ${rps.toFixed(1)} req/s | ≥ ${target.rps} req/s (${met(rps >= target.rps)}) |`,
    `| latency p50 / p95 / p99 | ${ms(percentile(sorted, 50))} / ${ms(p95)} / ${ms(percentile(sorted, 99))} ms | p95 < ${target.p95Ms} ms (${met(p95 < target.p95Ms)}) |`,
    `| errors | ${errors} (${(errorShare * 100).toFixed(2)} %) | < ${(target.errorShare * 100).toFixed(1)} % (${met(errorShare < target.errorShare)}) |`,
    `| server RSS peak / end | ${peakRss.toFixed(0)} / ${rss[rss.length - 1]!.toFixed(0)} MB | ${
      target.rssMb === null ? 'none (the database is inside the process)' : `< ${target.rssMb} MB (${met(peakRss < target.rssMb)})`} |`,
    '',
    '| (role) operation | requests | p50 ms | p95 ms | errors |',
    '|---|--:|--:|--:|--:|',
  ];
  const labels = [...new Set(outcomes.map((o) => o.label))].sort();
  for (const label of labels) {
    const mine = outcomes.filter((o) => o.label === label);
    const times = mine.map((o) => o.ms).sort((a, b) => a - b);
    lines.push(`| ${label} | ${mine.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${mine.filter((o) => !o.ok).length} |`);
  }
  return lines.join('\n');
}
