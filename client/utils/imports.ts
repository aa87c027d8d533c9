import type { ImportBatchFieldsFragment } from '../gql/graphql';

export type ImportBatch = ImportBatchFieldsFragment;

export interface ImportTotals {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** What an import did, summed over its files; null when it reported no counts (failed or running). */
export function importTotals(batch: ImportBatch): ImportTotals | null {
  if (batch.counts.length === 0) return null;
  const totals: ImportTotals = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const file of batch.counts) {
    totals.inserted += file.inserted;
    totals.updated += file.updated;
    totals.unchanged += file.unchanged;
    totals.removed += file.removed;
  }
  return totals;
}

/** Data records read over all files of an import. */
export function recordsRead(batch: ImportBatch): number {
  return batch.files.reduce((sum, file) => sum + file.records, 0);
}

/** One row per file read, with what the import did to it (counts are absent when it failed). */
export function fileRows(batch: ImportBatch) {
  const counts = new Map(batch.counts.map((c) => [c.file, c]));
  return batch.files.map((file) => ({ ...file, counts: counts.get(file.file) ?? null }));
}
