// Directors' targets for the development plan's indicators (server/targets). History only, append-
// only (a trigger of migration 0005 refuses update and delete): every set and every clear is a row,
// and a department's own target is its latest row unless that row clears it. Deriving the current
// target instead of keeping a second table means the two can never disagree, and the table stays
// small (departments × indicators × changes), so the `distinct on` over it is cheap.
import { sql } from 'drizzle-orm';
import { pgTable, pgEnum, text, integer, bigserial, boolean, doublePrecision, timestamp, index, check } from 'drizzle-orm/pg-core';
import { departments } from './schema';
import { users } from './access-schema';

/** The API's IndicatorKey in lowercase (apiEnum turns them back). */
export const indicatorKey = pgEnum('indicator_key', [
  'timeliness', 'km_median_days', 'overdue_backlog', 'annualised_turnover', 'fixed_caseworker_share',
  'complaints_per_1000', 'dialogue_complaints_per_1000', 'reversal_rate', 'review_in_order_share',
  'caseload', 'decisions_per_caseworker_year',
]);

export const indicatorTargetChanges = pgTable('indicator_target_changes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  departmentId: text('department_id').notNull().references(() => departments.departmentId),
  indicator: indicatorKey('indicator').notNull(),
  /** The target of a directional indicator; null for a band and for a clear. */
  value: doublePrecision('value'),
  low: doublePrecision('low'),
  high: doublePrecision('high'),
  /** The department's own target was removed: it inherits again. */
  cleared: boolean('cleared').notNull().default(false),
  setBy: integer('set_by').notNull().references(() => users.id),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('indicator_target_changes_latest_idx').on(t.departmentId, t.indicator, t.id),
  // A clear carries no numbers; a set carries either a value or a band, never both.
  check('indicator_target_changes_shape', sql`case when ${t.cleared}
    then ${t.value} is null and ${t.low} is null and ${t.high} is null
    else (${t.value} is not null and ${t.low} is null and ${t.high} is null)
      or (${t.value} is null and ${t.low} is not null and ${t.high} is not null and ${t.low} <= ${t.high}) end`),
  // `< 'Infinity'` also keeps out NaN, which PostgreSQL orders above every number.
  check('indicator_target_changes_finite', sql`${t.value} >= 0 and ${t.value} < 'Infinity'::float8
    and ${t.low} >= 0 and ${t.low} < 'Infinity'::float8 and ${t.high} >= 0 and ${t.high} < 'Infinity'::float8`),
]);
