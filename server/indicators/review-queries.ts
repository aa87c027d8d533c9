// The review round behind REVIEW_IN_ORDER_SHARE, for several scopes at once: per scope, the latest
// round (by creation, ties by id) run on exactly that department whose frame date — the period's
// end for a decided-in-period frame, the as-of date for an open-on-date frame — lies in P, and
// that existed on A (created on or before A, Copenhagen time).
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { FigureQuery } from '../figures/figure-loader';

export interface LatestRoundRow { scopeId: string; roundId: number }

export function latestRoundsInPeriod(db: Database, q: FigureQuery): Promise<LatestRoundRow[]> {
  return queryRows<LatestRoundRow>(db, sql`
    select distinct on (r.scope_id) r.scope_id as "scopeId", r.id as "roundId"
    from review_rounds r
    where r.scope_id = any(${sql.param([...q.scopes])}::text[])
      and (case when r.frame_kind = 'decided_in_period' then r.period_to else r.as_of end)
        between ${q.period.from}::date and ${q.period.to}::date
      and r.created_at < ((${q.asOf}::date + 1)::timestamp at time zone 'Europe/Copenhagen')
    order by r.scope_id, r.created_at desc, r.id desc`);
}
