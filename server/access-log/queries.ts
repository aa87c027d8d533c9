// The access log table: append, search, purge. Changes and deletes outside the purge are
// refused by the database itself (trigger in migration 0001).
import { sql } from 'drizzle-orm';
import { accessLog } from '../db/access-schema';
import { queryRows, type Database, type Executor } from '../db/client';

export type AccessLogEntry = typeof accessLog.$inferInsert;
export type AccessLogRow = typeof accessLog.$inferSelect;

export async function appendAccessLog(db: Database, entry: AccessLogEntry): Promise<void> {
  await db.insert(accessLog).values(entry);
}

export interface AccessLogFilter {
  citizenPseudonym?: string | null;
  username?: string | null;
  caseId?: string | null;
  from?: string | null;
  to?: string | null;
}

interface RawRow {
  id: number; at: string; user_id: number; username: string; role: AccessLogRow['role']; via: string;
  purpose: string; purpose_reference: string | null; operation: string; request_id: string;
  case_ids: string[]; citizen_pseudonyms: string[];
}

/** Newest first; `from`/`to` are Copenhagen calendar dates, inclusive. */
export async function searchAccessLog(exec: Executor, filter: AccessLogFilter, limit: number, offset = 0): Promise<AccessLogRow[]> {
  const rows = await queryRows<RawRow>(exec, sql`
    select id::int as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, user_id, username, role, via,
           purpose, purpose_reference, operation, request_id, case_ids, citizen_pseudonyms
    from access_log
    where (${filter.citizenPseudonym ?? null}::text is null or citizen_pseudonyms @> array[${filter.citizenPseudonym ?? null}::text])
      and (${filter.caseId ?? null}::text is null or case_ids @> array[${filter.caseId ?? null}::text])
      and (${filter.username ?? null}::text is null or username = ${filter.username ?? null})
      and (${filter.from ?? null}::date is null or at >= (${filter.from ?? null}::date::timestamp at time zone 'Europe/Copenhagen'))
      and (${filter.to ?? null}::date is null or at < ((${filter.to ?? null}::date + 1)::timestamp at time zone 'Europe/Copenhagen'))
    order by at desc, id desc
    limit ${limit} offset ${offset}`);
  return rows.map((r) => ({
    id: Number(r.id), at: new Date(r.at), userId: r.user_id, username: r.username, role: r.role, via: r.via,
    purpose: r.purpose, purposeReference: r.purpose_reference, operation: r.operation, requestId: r.request_id,
    caseIds: r.case_ids, citizenPseudonyms: r.citizen_pseudonyms,
  }));
}

/** Removes rows older than `cutoff`; the only delete the trigger lets through. Returns how many. */
export async function purgeAccessLogBefore(db: Database, cutoff: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('tilsyn.access_log_purge', ${cutoff.toISOString()}, true)`);
    const rows = await queryRows<{ n: number }>(tx, sql`
      with removed as (delete from access_log where at < ${cutoff.toISOString()}::timestamptz returning 1)
      select count(*)::int as n from removed`);
    return rows[0]?.n ?? 0;
  });
}
