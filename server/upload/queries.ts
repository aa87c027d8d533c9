// The upload's one write of its own: the import batch's source names what was uploaded.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importBatches } from '../db/schema';

export async function setBatchSource(db: Database, batchId: number, source: string): Promise<void> {
  await db.update(importBatches).set({ source }).where(eq(importBatches.id, batchId));
}
