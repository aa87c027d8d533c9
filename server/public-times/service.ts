// The public table: computed for every department once per import (cached), then narrowed on
// each request to what the admin's settings publish. Used by the GraphQL operation and by the
// open-data routes, so both always show the same table.
import type { Database } from '../db/client';
import { caseDateRange } from '../dataset/queries';
import { publicTimesRows, rootDepartments } from './queries';
import { readPublicationState } from './settings';
import { publishedEntries, tableEntries, twelveMonthsUpTo, type PublicTimesEntry, type PublicTimesTable } from './table';
import type { PublicTimesRuntime } from './runtime';

/**
 * The date of the figures is the latest event in the data (as DataStatus.latestEvent), not today:
 * the table then changes only when an import brings new data, never overnight by itself.
 */
export async function computePublicTable(db: Database, now: Date): Promise<PublicTimesTable> {
  const { latestEvent } = await caseDateRange(db);
  if (latestEvent === null) return { dataDate: null, periodFrom: null, generatedAt: now, entries: [] };
  const window = twelveMonthsUpTo(latestEvent);
  const rows = await publicTimesRows(db, { roots: await rootDepartments(db), ...window });
  return { dataDate: window.to, periodFrom: window.from, generatedAt: now, entries: tableEntries(rows) };
}

export type PublishedTable =
  | { published: false }
  | { published: true; table: PublicTimesTable; entries: PublicTimesEntry[] };

/** What the public may see now: nothing while publication is off, else the published departments' rows. */
export async function publishedTable(db: Database, runtime: PublicTimesRuntime): Promise<PublishedTable> {
  const { settings, importKey } = await readPublicationState(db);
  if (!settings.published) return { published: false };
  const table = await runtime.cache.get(importKey, () => computePublicTable(db, runtime.now()));
  return { published: true, table, entries: publishedEntries(table.entries, settings.departmentIds) };
}
