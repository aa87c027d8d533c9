// Helpers shared by the bench suites (bench/run.ts picks the suite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateDemoDataSet } from '../server/demo/generate';

/** The demo's last day; every suite generates up to it. */
export const BENCH_UNTIL = '2026-11-23';

export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] ?? fallback : fallback;
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** A throwaway database on the server at `adminUrl`; `drop` removes it (and ends the admin connection). */
export async function freshPostgres(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tilsyn_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => { await admin.query(`drop database ${name} with (force)`); await admin.end(); } };
}

/** The demo municipality at `scale` in a temporary folder; `remove` deletes it. */
export async function demoFolder(scale: number): Promise<{ folder: string; rows: number; remove: () => void }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tilsyn-bench-'));
  try {
    const summary = await generateDemoDataSet({ outDir: folder, scale, seed: 'bench', until: BENCH_UNTIL });
    const rows = summary.files.reduce((total, f) => total + f.rows, 0);
    return { folder, rows, remove: () => rmSync(folder, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
