// Grouped queries behind the deadline figures of ScopeFigures. Each takes several scopes at once
// (a scope and its children, batched by ./loaders.ts) and returns rows tagged with `scopeId`:
// one round trip per figure, whatever the number of departments.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { casesAsOf, openOnSql, timelinessColumns } from './case-view';

import type { FigureQuery } from '../figures/figure-loader';

export type { FigureQuery };

/**
 * The view of the cases decided in P (as of A), with the whole condition on the stored columns: the
 * (department_id, decided_on) index can narrow the scan, and every row of this view is decided in
 * P, so no filter on the view's computed `decided_on` is needed (such a filter on top of the stored
 * one made PostgreSQL square its selectivity and pick a nested loop over the deadline ranges).
 * Same rows as `decidedIn` on the view: decided on or before A, never withdrawn, in P.
 */
export function decidedView(q: FigureQuery): SQL {
  return casesAsOf({ ...q, perDepartment: true, where: sql`c.decided_on between ${q.period.from}::date and ${q.period.to}::date
    and c.decided_on <= ${q.asOf}::date and c.outcome is distinct from 'withdrawn'` });
}

export interface TimelinessCounts { decided: number; withDueDate: number; onTime: number }
export type TimelinessRow = TimelinessCounts & { scopeId: string };

/** Decided in P: all decided, those with a due date, those on time. */
export function timelinessCounts(db: Database, q: FigureQuery): Promise<TimelinessRow[]> {
  return queryRows(db, sql`select v.scope_id as "scopeId", ${timelinessColumns}
    from ${decidedView(q)} v group by v.scope_id`);
}

/** The same per calendar month of the decision (`month` = `YYYY-MM-01`). */
export function timelinessCountsByMonth(db: Database, q: FigureQuery): Promise<(TimelinessRow & { month: string })[]> {
  return queryRows(db, sql`select v.scope_id as "scopeId", date_trunc('month', v.decided_on)::date::text as month, ${timelinessColumns}
    from ${decidedView(q)} v group by 1, 2 order by 1, 2`);
}

export interface HistogramRow { scopeId: string; value: number; count: number }

/** Processing days (decided_on − received_on) of the cases decided in P, with how many cases have each. */
export function processingDays(db: Database, q: FigureQuery): Promise<HistogramRow[]> {
  return queryRows(db, sql`select v.scope_id as "scopeId", (v.decided_on - v.received_on)::int as value, count(*)::int as count
    from ${decidedView(q)} v group by 1, 2 order by 1, 2`);
}

export interface SurvivalRow { scopeId: string; t: number; events: number; censored: number }

/**
 * The cohort received in P, grouped by time: decided (as of A) → processing days, an event; else
 * closed without decision → closed_on − received_on, censored; else A − received_on, censored.
 */
export function survivalTimes(db: Database, q: FigureQuery): Promise<SurvivalRow[]> {
  return queryRows(db, sql`select x.scope_id as "scopeId", x.t, (count(*) filter (where x.event))::int as events,
      (count(*) filter (where not x.event))::int as censored
    from (select v.scope_id, (coalesce(v.decided_on, v.closed_on, ${q.asOf}::date) - v.received_on)::int as t,
        v.decided_on is not null as event
      from ${casesAsOf({ ...q, perDepartment: true, where: sql`c.received_on between ${q.period.from}::date and ${q.period.to}::date` })} v) x
    group by 1, 2 order by 1, 2`);
}

/** Upper bounds (days of age) of the backlog's age bands; the last band is open. */
export const AGE_BANDS: readonly { label: string; upTo: number | null }[] = [
  { label: '0-30', upTo: 30 }, { label: '31-60', upTo: 60 }, { label: '61-90', upTo: 90 },
  { label: '91-180', upTo: 180 }, { label: '181-365', upTo: 365 }, { label: '>365', upTo: null },
];

export interface BacklogRow { scopeId: string; total: number; withDueDate: number; overdue: number; bands: number[] }

/**
 * Open on A: total, with a due date, overdue (due < A), and per age band (A − received_on).
 * `openOnSql` on the stored columns implies `isOpen` on the view, so the view needs no filter.
 */
export async function backlogCounts(db: Database, q: Omit<FigureQuery, 'period'>): Promise<BacklogRow[]> {
  const asOf = sql`${q.asOf}::date`;
  const band = (i: number) => {
    const lower = i === 0 ? null : AGE_BANDS[i - 1]!.upTo;
    const upper = AGE_BANDS[i]!.upTo;
    const age = sql`(${asOf} - v.received_on)`;
    const cond = sql.join([lower === null ? sql`true` : sql`${age} > ${sql.raw(String(lower))}`, upper === null ? sql`true` : sql`${age} <= ${sql.raw(String(upper))}`], sql` and `);
    return sql`(count(*) filter (where ${cond}))::int`;
  };
  const rows = await queryRows<Omit<BacklogRow, 'bands'> & { bands: number[] | string }>(db, sql`select v.scope_id as "scopeId",
      count(*)::int as total, count(v.due_on)::int as "withDueDate", (count(*) filter (where v.due_on < ${asOf}))::int as overdue,
      array[${sql.join(AGE_BANDS.map((_, i) => band(i)), sql`, `)}]::int[] as bands
    from ${casesAsOf({ ...q, perDepartment: true, where: openOnSql(asOf) })} v group by v.scope_id`);
  return rows.map((r) => ({ ...r, bands: parseIntArray(r.bands) }));
}

/** node-postgres parses int[] into numbers; be safe with the text form too. */
function parseIntArray(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter((s) => s !== '').map(Number);
}
