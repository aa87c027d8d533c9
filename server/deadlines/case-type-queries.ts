// Per case type: the grouped counts behind deadline realism, and the deadline scenario.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import type { DeadlineUnit } from './due-date';
import { casesAsOf, deadlinesOnSql, decidedIn, dueDateSql } from './case-view';
import { decidedView, type FigureQuery, type TimelinessCounts } from './queries';

/**
 * The smallest m ≥ 1 with `received + m months ≥ decided`. Only m₀ (the months between the two
 * calendar months) or m₀ + 1 can be it: `received + (m₀ − 1) months` lies in an earlier month.
 */
export function minimalMonthsSql(received: SQL, decided: SQL): SQL {
  const m = sql`((date_part('year', ${decided}) - date_part('year', ${received})) * 12
    + date_part('month', ${decided}) - date_part('month', ${received}))::int`;
  return sql`greatest(1, ${m} + case when (${received} + make_interval(months => ${m}))::date >= ${decided} then 0 else 1 end)`;
}

/** The fewest whole `unit`s that would have made the case on time (days: max(1, processing days)). */
function minimalUnitsSql(unit: SQL, received: SQL, decided: SQL): SQL {
  const days = sql`(${decided} - ${received})`;
  return sql`(case (${unit})::text when 'days' then greatest(1, ${days})
    when 'weeks' then greatest(1, (${days} + 6) / 7)
    when 'months' then ${minimalMonthsSql(received, decided)} end)`;
}

/**
 * One row per (scope, case type) with `kind` 'all' (the timeliness counts), per processing-days
 * value ('days': `value` = days) and per minimal units in the unit of the deadline in force on
 * P.to ('units': `value` = units; null when no deadline was in force then), from one grouped query.
 */
export interface CaseTypeRow extends TimelinessCounts {
  scopeId: string; caseTypeId: string; kind: 'all' | 'days' | 'units'; value: number | null;
}

export function caseTypeDeadlineCounts(db: Database, q: FigureQuery): Promise<CaseTypeRow[]> {
  const units = minimalUnitsSql(sql`dt.unit`, sql`v.received_on`, sql`v.decided_on`);
  const key = sql`g.scope_id, g.case_type_id, ct.name`;
  // One hashed pass over the cases to (type, days, units) counts, then the three roll-ups over
  // those few thousand rows: grouping sets straight over the cases made PostgreSQL sort them all.
  return queryRows(db, sql`with g as materialized (select v.scope_id, v.case_type_id, (v.decided_on - v.received_on)::int as days,
        ${units} as units, count(*)::int as decided, count(v.due_on)::int as with_due,
        (count(*) filter (where v.decided_on <= v.due_on))::int as on_time
      from ${decidedView(q)} v left join ${deadlinesOnSql(sql`${q.period.to}::date`)} dt on dt.case_type_id = v.case_type_id
      group by 1, 2, 3, 4)
    select g.scope_id as "scopeId", g.case_type_id as "caseTypeId",
      case when grouping(g.days) = 0 then 'days' when grouping(g.units) = 0 then 'units' else 'all' end as kind,
      case when grouping(g.days) = 0 then g.days when grouping(g.units) = 0 then g.units end as value,
      sum(g.decided)::int as decided, sum(g.with_due)::int as "withDueDate", sum(g.on_time)::int as "onTime"
    from g join case_types ct on ct.case_type_id = g.case_type_id
    group by grouping sets ((${key}), (${key}, g.days), (${key}, g.units))
    order by 1, ct.name, 2, 3, 4`);
}

export interface ScenarioQuery { scope: string; period: { from: string; to: string }; asOf: string; caseType: string; value: number; unit: DeadlineUnit }

/** Counts of the deadline scenario (metrics.md, "Deadline scenario"), all from one row. */
export interface ScenarioCounts extends TimelinessCounts {
  scenarioOnTime: number; becameOnTime: number; becameLate: number;
}

export async function scenarioCounts(db: Database, q: ScenarioQuery): Promise<ScenarioCounts> {
  const proposed = dueDateSql(sql`v.received_on`, sql`${q.value}`, sql`${q.unit}`);
  const view = casesAsOf({
    scopes: [q.scope], asOf: q.asOf,
    where: sql`c.case_type_id = ${q.caseType} and c.decided_on between ${q.period.from}::date and ${q.period.to}::date`,
  });
  const [row] = await queryRows<ScenarioCounts>(db, sql`select count(*)::int as decided, count(x.due_on)::int as "withDueDate",
      (count(*) filter (where x.actual))::int as "onTime", (count(*) filter (where x.scenario))::int as "scenarioOnTime",
      (count(*) filter (where x.due_on is not null and not x.actual and x.scenario))::int as "becameOnTime",
      (count(*) filter (where x.due_on is not null and x.actual and not x.scenario))::int as "becameLate"
    from (select v.due_on, v.decided_on <= v.due_on as actual, v.decided_on <= ${proposed} as scenario
      from ${view} v where ${decidedIn(q.period.from, q.period.to)}) x`);
  return row!;
}
