// The import-batch record: written outside the import transaction so a failed or interrupted
// import still leaves a trace of who tried what.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importBatches, type FileCounts, type ImportedFile, type ImportErrorRecord } from '../db/schema';
import { problemText } from './problem-text';

export async function startBatch(db: Database, startedBy: string, source: string): Promise<number> {
  const [row] = await db.insert(importBatches).values({ startedBy, source }).returning({ id: importBatches.id });
  return row!.id;
}

export async function finishBatch(
  db: Database, id: number,
  outcome: { status: 'succeeded' | 'failed'; files: ImportedFile[]; counts: FileCounts[]; errorCount: number; errors: ImportErrorRecord[] },
): Promise<void> {
  await db.update(importBatches).set({ ...outcome, finishedAt: new Date() }).where(eq(importBatches.id, id));
}

/** An import still "running" when the server starts was cut off (crash, kill): record it as failed. */
export async function failInterruptedBatches(db: Database): Promise<number> {
  const rows = await db.update(importBatches)
    .set({ status: 'failed', finishedAt: new Date(), errors: [{ file: '', line: null, column: null, value: null, ...problemText('importInterrupted') }], errorCount: 1 })
    .where(eq(importBatches.status, 'running'))
    .returning({ id: importBatches.id });
  return rows.length;
}
