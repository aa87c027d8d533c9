// What the database holds: counts per entity, date range, cases per month, import history.
import { desc, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { importBatches } from '../db/schema';
import { FILE_SPECS } from '../importer/files';

export async function entityCounts(db: Database): Promise<{ entity: string; count: number }[]> {
  const selects = FILE_SPECS.map((s) => `select '${s.table}' as entity, count(*)::int as count from "${s.table}"`);
  return queryRows(db, sql.raw(selects.join(' union all ')));
}

export async function caseDateRange(db: Database): Promise<{ first: string | null; last: string | null; latestEvent: string | null }> {
  const [row] = await queryRows<{ first: string | null; last: string | null; latestEvent: string | null }>(db, sql`
    select min(received_on)::text as first, max(received_on)::text as last,
      greatest(max(received_on), max(decided_on), max(closed_on))::text as "latestEvent" from cases`);
  return row ?? { first: null, last: null, latestEvent: null };
}

export function receivedPerMonth(db: Database): Promise<{ month: string; count: number }[]> {
  return queryRows(db, sql`select to_char(received_on, 'YYYY-MM') as month, count(*)::int as count
    from cases group by 1 order by 1`);
}

export function recentImports(db: Database, limit: number) {
  return db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(limit);
}

export async function hasCases(db: Database): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(db, sql`select 1 as one from cases limit 1`);
  return rows.length > 0;
}
