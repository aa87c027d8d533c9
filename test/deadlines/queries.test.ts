// The SQL of the deadline figures on the hand-made data set (test/fixtures/deadlines; every
// number below is worked out by hand in its README.md). P = Q1 2024, A = 2024-04-10 unless named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { casesAsOf } from '../../server/deadlines/case-view';
import { backlogCounts, processingDays, survivalTimes, timelinessCounts, timelinessCountsByMonth } from '../../server/deadlines/queries';
import { caseTypeDeadlineCounts, scenarioCounts } from '../../server/deadlines/case-type-queries';
import type { TestDatabase } from '../helpers/database';
import { AS_OF, deadlinesDatabase, Q1 } from './fixture';

let database: TestDatabase;
beforeAll(async () => { database = await deadlinesDatabase(); });
afterAll(async () => { await database.dispose(); });

const q = (scopes: string[], period = Q1, asOf = AS_OF) => ({ scopes, period, asOf });
const byScope = <T extends { scopeId: string }>(rows: T[]) => Object.fromEntries(rows.map(({ scopeId, ...rest }) => [scopeId, rest]));

async function view(asOf: string) {
  return queryRows<{ case_id: string; decided_on: string | null; closed_on: string | null; outcome: string | null; due_on: string | null }>(database.db,
    sql`select v.case_id, v.decided_on::text, v.closed_on::text, v.outcome::text, v.due_on::text from ${casesAsOf({ scopes: ['ROOT'], asOf })} v order by v.case_id`);
}

describe('the cases of a scope as of A, with their due dates', () => {
  it('clamps months, switches deadlines on the effective date, and has no due date without a deadline', async () => {
    const due = Object.fromEntries((await view(AS_OF)).map((r) => [r.case_id, r.due_on]));
    // 31 Jan 2024 + 1 month = 29 Feb (leap year); 29 Feb + 1 month = 29 Mar.
    expect(due.M1).toBe('2024-02-29');
    expect(due.M3).toBe('2024-03-29');
    // HJM: received 31 Jan under 30 days (→ 1 Mar), received 1 Feb under 4 weeks (→ 29 Feb).
    expect(due.H1).toBe('2024-03-01');
    expect(due.H2).toBe('2024-02-29');
    // MDR had no deadline before 2024-01-01; RAD never has one.
    expect(due.M0).toBeNull();
    expect(due.R1).toBeNull();
    expect(due.O4).toBe('2023-05-11');
  });

  it('forgets what happened after A: later cases, decisions, closings and their outcomes', async () => {
    const rows = Object.fromEntries((await view(AS_OF)).map((r) => [r.case_id, r]));
    expect(rows.X1).toBeUndefined(); // received 2024-04-12
    expect(rows.H6).toMatchObject({ decided_on: null, outcome: null }); // decided 2024-04-20
    expect(rows.W2).toMatchObject({ closed_on: null, outcome: null }); // withdrawn 2024-04-25
    expect(rows.W1).toMatchObject({ decided_on: null, closed_on: '2024-02-15', outcome: 'withdrawn' });
    expect(rows.H5).toMatchObject({ decided_on: '2024-04-05', outcome: 'granted' });
    expect(Object.keys(rows)).toHaveLength(22);
  });
});

describe('timeliness counts', () => {
  it('rolls up every scope over its subtree in one query', async () => {
    // ROOT: 13 decided (M0–M6, H1–H4, H7, R1), 11 with a due date, 6 on time (M1, M3, M5, H1, H3, H7).
    // NORD includes NORDA: M0–M6, H1, H2, H7. SYD: H3, H4, R1.
    expect(byScope(await timelinessCounts(database.db, q(['ROOT', 'NORD', 'NORDA', 'SYD'])))).toEqual({
      ROOT: { decided: 13, withDueDate: 11, onTime: 6 },
      NORD: { decided: 10, withDueDate: 9, onTime: 5 },
      NORDA: { decided: 4, withDueDate: 4, onTime: 2 },
      SYD: { decided: 3, withDueDate: 2, onTime: 1 },
    });
  });

  it('treats decisions after A as not yet made', async () => {
    // As of 15 March, M3 (29 Mar), M4 (30 Mar) and M6 (20 Mar) are undecided: 13 − 3 = 10, of which
    // M0 and R1 have no due date; on time H3, M5, M1, H1, H7.
    expect(await timelinessCounts(database.db, q(['ROOT'], Q1, '2024-03-15'))).toEqual([{ scopeId: 'ROOT', decided: 10, withDueDate: 8, onTime: 5 }]);
    // April, as of 30 April: H5 (5 Apr, due 17 Apr: on time) and H6 (20 Apr, due 29 Mar: late) are decided; withdrawn W2 is not.
    expect(await timelinessCounts(database.db, q(['ROOT'], { from: '2024-04-01', to: '2024-04-30' }, '2024-04-30')))
      .toEqual([{ scopeId: 'ROOT', decided: 2, withDueDate: 2, onTime: 1 }]);
  });

  it('groups by the month of the decision', async () => {
    const rows = await timelinessCountsByMonth(database.db, q(['ROOT']));
    expect(rows.map(({ scopeId: _s, ...r }) => r)).toEqual([
      { month: '2024-01-01', decided: 2, withDueDate: 1, onTime: 1 }, // M0, H3
      { month: '2024-02-01', decided: 3, withDueDate: 2, onTime: 2 }, // M1, M5, R1
      { month: '2024-03-01', decided: 8, withDueDate: 8, onTime: 3 }, // M2, M3, M4, M6, H1, H2, H4, H7
    ]);
  });
});

describe('processing days and time to decision', () => {
  it('gives the histogram of processing days of the cases decided in P', async () => {
    const rows = await processingDays(database.db, q(['ROOT']));
    expect(rows.map((r) => [r.value, r.count])).toEqual([[10, 1], [18, 1], [21, 1], [23, 1], [29, 3], [30, 4], [39, 1], [75, 1]]);
  });

  it('gives the cohort received in P as (t, events, censored), censoring closed and open cases', async () => {
    const rows = await survivalTimes(database.db, q(['ROOT']));
    expect(rows.map((r) => [r.t, r.events, r.censored])).toEqual([
      [10, 1, 0], [16, 1, 0], [18, 1, 0], [21, 1, 0],
      [29, 3, 1], // M1, M3, H2 decided; O3 open (A − 12 Mar)
      [30, 4, 1], // M2, M4, H1, R1; O1 open
      [31, 0, 1], // O2
      [36, 0, 2], // W1 withdrawn (closed 15 Feb), W2 open on A (withdrawn only on 25 Apr)
      [39, 1, 0], [40, 0, 1], // H6, decided after A, is open on A
      [75, 1, 0],
    ]);
  });
});

describe('the backlog', () => {
  it('counts open cases, those due, those overdue (due before A) and the age bands', async () => {
    // ROOT: H6, W2, O1, O2, O3, O4, O5. O2 is due on A: not overdue. O1 has no due date.
    // Ages: O3 29, O1 30 | O2 31, W2 36, H6 40 | O4 365 | O5 366.
    expect(byScope(await backlogCounts(database.db, q(['ROOT', 'NORD', 'SYD'])))).toEqual({
      ROOT: { total: 7, withDueDate: 6, overdue: 5, bands: [2, 3, 0, 0, 1, 1] },
      NORD: { total: 6, withDueDate: 6, overdue: 5, bands: [1, 3, 0, 0, 1, 1] },
      SYD: { total: 1, withDueDate: 0, overdue: 0, bands: [1, 0, 0, 0, 0, 0] },
    });
  });

  it('is taken as of A', async () => {
    // 15 March: M3, M4, M6, H6, W2, O1, O2, O3, O4, O5; overdue M6 (due 5 Feb), O4, O5.
    const [row] = await backlogCounts(database.db, { scopes: ['ROOT'], asOf: '2024-03-15' });
    expect(row).toMatchObject({ total: 10, withDueDate: 9, overdue: 3 });
  });
});

describe('per case type', () => {
  it('gives counts, processing days and minimal units in the unit in force on P.to, by name', async () => {
    const rows = await caseTypeDeadlineCounts(database.db, q(['ROOT']));
    const pick = (type: string, kind: string) => rows.filter((r) => r.caseTypeId === type && r.kind === kind).map((r) => [r.value, r.decided]);
    expect([...new Set(rows.map((r) => r.caseTypeId))]).toEqual(['HJM', 'MDR', 'RAD']); // Hjælpemidler, Merudgifter, Rådgivning
    expect(pick('HJM', 'all')).toEqual([[null, 5]]);
    // Weeks (4 weeks in force on 31 Mar): ⌈18/7⌉ = 3, ⌈21/7⌉ = 3, ⌈29/7⌉ = 5, ⌈30/7⌉ = 5, ⌈39/7⌉ = 6.
    expect(pick('HJM', 'units')).toEqual([[3, 2], [5, 2], [6, 1]]);
    // Months: M0, M1, M3, M5 need 1; M2 (31 Jan + 1 = 29 Feb < 1 Mar) and M4 (29 Feb + 1 = 29 Mar < 30 Mar) 2; M6 3.
    expect(pick('MDR', 'units')).toEqual([[1, 4], [2, 2], [3, 1]]);
    expect(pick('MDR', 'days')).toEqual([[10, 1], [23, 1], [29, 2], [30, 2], [75, 1]]);
    // No deadline in force: no minimal units.
    expect(pick('RAD', 'units')).toEqual([[null, 1]]);
  });
});

describe('the deadline scenario counts', () => {
  const scenario = (caseType: string, value: number, unit: 'days' | 'weeks' | 'months') =>
    scenarioCounts(database.db, { scope: 'ROOT', period: Q1, asOf: AS_OF, caseType, value, unit });

  it('flips H1 (30 days, on time under 30) to late and H2 (29 days, late under 4 weeks) to on time at 29 days', async () => {
    expect(await scenario('HJM', 29, 'days')).toEqual({ decided: 5, withDueDate: 5, onTime: 3, scenarioOnTime: 3, becameOnTime: 1, becameLate: 1 });
  });

  it('counts months as calendar months and includes cases without an actual due date', async () => {
    // 2 months: all but M6 (5 Jan + 2 = 5 Mar < 20 Mar); M2 and M4 become on time; M0 had no due date.
    expect(await scenario('MDR', 2, 'months')).toEqual({ decided: 7, withDueDate: 6, onTime: 3, scenarioOnTime: 6, becameOnTime: 2, becameLate: 0 });
    expect(await scenario('HJM', 6, 'weeks')).toEqual({ decided: 5, withDueDate: 5, onTime: 3, scenarioOnTime: 5, becameOnTime: 2, becameLate: 0 });
  });
});
