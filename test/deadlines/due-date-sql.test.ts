// The SQL due date and minimal months agree with the pure functions (server/deadlines/due-date.ts)
// on many dates, month ends and leap days included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseHandle } from '../../server/db/client';
import { dueDateSql } from '../../server/deadlines/case-view';
import { minimalMonthsSql } from '../../server/deadlines/case-type-queries';
import { dueDate, type DeadlineUnit } from '../../server/deadlines/due-date';
import { addDays, addMonthsClamped } from '../../server/stats/calendar';

let handle: DatabaseHandle;
beforeAll(async () => { handle = await openDatabase({}); });
afterAll(async () => { await handle.close(); });

const day = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const monthEnds = fc.constantFrom('2024-01-31', '2024-02-29', '2023-01-31', '2023-02-28', '2024-03-31', '2024-08-31', '2024-12-31');
const received = fc.oneof(day, monthEnds);

/** The smallest m ≥ 1 with received + m months ≥ decided, by trying every m. */
function minimalMonths(receivedOn: string, decidedOn: string): number {
  let m = 1;
  while (addMonthsClamped(receivedOn, m) < decidedOn) m++;
  return m;
}

describe('due dates in SQL', () => {
  it('equal the pure due date for days, weeks and clamped months', async () => {
    const cases = fc.sample(fc.tuple(received, fc.integer({ min: 1, max: 120 }), fc.constantFrom<DeadlineUnit>('days', 'weeks', 'months')), 300);
    const values = sql.join(cases.map(([r, v, u]) => sql`(${r}::date, ${v}::int, ${u}::text)`), sql`, `);
    const rows = await queryRows<{ due: string }>(handle.db, sql`select ${dueDateSql(sql`x.r`, sql`x.v`, sql`x.u`)}::text as due
      from (values ${values}) as x(r, v, u)`);
    expect(rows.map((row) => row.due)).toEqual(cases.map(([r, v, u]) => dueDate(r, { value: v, unit: u })));
  });
});

describe('minimal months in SQL', () => {
  it('is the smallest m ≥ 1 with received + m months on or after the decision', async () => {
    const pairs = fc.sample(fc.tuple(received, fc.integer({ min: 0, max: 800 })), 300).map(([r, d]) => [r, addDays(r, d)] as const);
    pairs.push(['2024-01-31', '2024-02-29'], ['2024-01-31', '2024-03-01'], ['2024-02-29', '2024-03-30'], ['2024-03-31', '2024-03-31']);
    const values = sql.join(pairs.map(([r, d]) => sql`(${r}::date, ${d}::date)`), sql`, `);
    const rows = await queryRows<{ m: number }>(handle.db, sql`select ${minimalMonthsSql(sql`x.r`, sql`x.d`)} as m
      from (values ${values}) as x(r, d)`);
    expect(rows.map((row) => row.m)).toEqual(pairs.map(([r, d]) => minimalMonths(r, d)));
  });
});
