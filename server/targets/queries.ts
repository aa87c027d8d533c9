// Targets in SQL (server/db/target-schema.ts): a department's own target is its latest change
// unless that change cleared it; the target in force is the own target of the nearest department
// on the way up (department_closure depth 0 = itself), one query for any number of departments.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../db/client';
import { indicatorTargetChanges } from '../db/target-schema';
import { apiEnum } from '../graphql/models';
import type { IndicatorKey } from '../graphql/generated';
import type { IndicatorTargetChangeModel, IndicatorTargetModel } from './models';
import type { TargetBounds } from './status';

type Stored<T> = Omit<T, 'indicator' | 'setAt'> & { indicator: string; setAt: Date | string };

const dbKey = (key: IndicatorKey) => key.toLowerCase() as typeof indicatorTargetChanges.$inferInsert.indicator;

function fromRow<T extends { indicator: IndicatorKey; setAt: string }>(row: Stored<T>): T {
  return { ...row, indicator: apiEnum<IndicatorKey>(row.indicator), setAt: new Date(row.setAt).toISOString() } as T;
}

/**
 * The targets in force for the departments `wanted` selects (a query yielding `id` and `rank`),
 * ordered by rank, department id and the indicator's enum order.
 */
function targetsInForce(db: Executor, wanted: SQL): Promise<Stored<IndicatorTargetModel>[]> {
  return queryRows(db, sql`
    with wanted as (${wanted}),
    own as (
      select distinct on (c.department_id, c.indicator) c.department_id, c.indicator, c.value, c.low, c.high,
        c.cleared, c.set_at, u.display_name
      from indicator_target_changes c join users u on u.id = c.set_by
      where c.department_id in (select cl.ancestor_id from department_closure cl where cl.descendant_id in (select id from wanted))
      order by c.department_id, c.indicator, c.id desc),
    in_force as (
      select distinct on (cl.descendant_id, o.indicator) cl.descendant_id, o.indicator, o.value, o.low, o.high,
        o.department_id, o.display_name, o.set_at
      from department_closure cl join own o on o.department_id = cl.ancestor_id and not o.cleared
      where cl.descendant_id in (select id from wanted)
      order by cl.descendant_id, o.indicator, cl.depth)
    select f.descendant_id as "departmentId", f.indicator::text as indicator, f.value, f.low, f.high,
      f.department_id as "setOnId", f.display_name as "setBy", f.set_at as "setAt"
    from in_force f join wanted w on w.id = f.descendant_id
    order by w.rank, f.descendant_id, f.indicator`);
}

/** Per department of `ids`, its targets in force (the per-request loader's batch). */
export async function targetsInForceFor(db: Executor, ids: readonly string[]): Promise<IndicatorTargetModel[]> {
  const rows = await targetsInForce(db, sql`select id, rank from unnest(${sql.param([...ids])}::text[]) with ordinality as w(id, rank)`);
  return rows.map(fromRow);
}

/** The targets in force for `scope` and every department below it: the scope first, then by depth and id. */
export async function targetsInForceInSubtree(db: Executor, scope: string): Promise<IndicatorTargetModel[]> {
  const rows = await targetsInForce(db, sql`select descendant_id as id, depth as rank from department_closure where ancestor_id = ${scope}`);
  return rows.map(fromRow);
}

/** Every change of one department's own targets (one indicator or all), newest first. */
export async function targetHistory(db: Database, departmentId: string, indicator: IndicatorKey | null): Promise<IndicatorTargetChangeModel[]> {
  const oneIndicator = indicator === null ? sql`` : sql`and c.indicator = ${dbKey(indicator)}`;
  const rows = await queryRows<Stored<IndicatorTargetChangeModel>>(db, sql`
    select c.department_id as "departmentId", c.indicator::text as indicator, c.value, c.low, c.high, c.cleared,
      u.display_name as "setBy", c.set_at as "setAt"
    from indicator_target_changes c join users u on u.id = c.set_by
    where c.department_id = ${departmentId} ${oneIndicator}
    order by c.id desc`);
  return rows.map(fromRow);
}

/** True when the department has an own target for the indicator now (its latest change is a set). */
export async function hasOwnTarget(db: Executor, departmentId: string, indicator: IndicatorKey): Promise<boolean> {
  const [latest] = await queryRows<{ cleared: boolean }>(db, sql`
    select cleared from indicator_target_changes
    where department_id = ${departmentId} and indicator = ${dbKey(indicator)} order by id desc limit 1`);
  return latest !== undefined && !latest.cleared;
}

/** Appends one change: a set (`bounds`) or a clear (`null`). */
export async function appendChange(
  db: Executor, change: { departmentId: string; indicator: IndicatorKey; bounds: TargetBounds | null; userId: number },
): Promise<void> {
  await db.insert(indicatorTargetChanges).values({
    departmentId: change.departmentId, indicator: dbKey(change.indicator), setBy: change.userId,
    cleared: change.bounds === null, value: change.bounds?.value ?? null, low: change.bounds?.low ?? null, high: change.bounds?.high ?? null,
  });
}
