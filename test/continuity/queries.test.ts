// The SQL of the staff and continuity figures on the hand-made data set (test/fixtures/continuity;
// every number is worked out by hand in its README.md). P = first half of 2024, A = 2024-07-15.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { staffRows, type StaffRow } from '../../server/continuity/staff-queries';
import { citizenContactSums, continuityRows, leafDepartments } from '../../server/continuity/continuity-queries';
import { staffTotals, continuityTotals, turnover } from '../../server/continuity/totals';
import { partGroups } from '../../server/continuity/periods';
import { meanIndices } from '../../server/stats/continuity-indices';
import { countChanges } from '../../server/stats/caseworker-changes';
import type { TestDatabase } from '../helpers/database';
import { AS_OF, continuityDatabase, H1 } from './fixture';

let database: TestDatabase;
beforeAll(async () => { database = await continuityDatabase(); });
afterAll(async () => { await database.dispose(); });

const q = (scopes: string[], period = H1, asOf = AS_OF) => ({ scopes, period, asOf });
const only = <T extends { scopeId: string }>(rows: T[], scope: string) => rows.filter((r) => r.scopeId === scope);
const months = (period = H1) => partGroups(period, 'PERIOD')[0]!.months;

async function staffOf(scope: string, period = H1, asOf = AS_OF) {
  const rows: StaffRow[] = only(await staffRows(database.db, q([scope], period, asOf)), scope);
  const totals = staffTotals(rows, months(period));
  return { totals, rates: turnover(totals, period), onAsOf: rows.find((r) => r.kind === 'asOf')?.value ?? 0 };
}

describe('staff', () => {
  it('counts person-days, leavers less moves inside the scope, and the headcount on A', async () => {
    const root = await staffOf('ROOT');
    // W1's move to B (4 days) and W6's move to B after P (known on A) are no loss to ROOT.
    expect(root.totals).toEqual({ personDays: 1260, leavers: 2, byReason: { resigned: 1, retired: 1, dismissed: 0, transferred: 0, other: 0 } });
    expect(root.rates.averageHeadcount).toBeCloseTo(1260 / 182, 12);
    expect(root.rates.turnoverRate).toBeCloseTo(364 / 1260, 12);
    expect(root.rates.annualisedTurnoverRate).toBeCloseTo(730 / 1260, 12);
    expect(root.onAsOf).toBe(6);
  });

  it('a move out of the unit is a leaver of the unit; a rehire after 10 days is a leaver', async () => {
    const a = await staffOf('A');
    expect(a.totals).toEqual({ personDays: 777, leavers: 3, byReason: { resigned: 1, retired: 0, dismissed: 0, transferred: 1, other: 1 } });
    expect(a.onAsOf).toBe(3);
    const b = await staffOf('B');
    // W3 leaves on P's last day; W4 starts after A and does not exist.
    expect(b.totals.personDays).toBe(483);
    expect(b.totals.leavers).toBe(1);
    expect(b.onAsOf).toBe(3);
  });

  it('tags the rows of several scopes in one query, per month of P', async () => {
    const rows = await staffRows(database.db, q(['ROOT', 'A', 'B']));
    const days = only(rows, 'ROOT').filter((r) => r.kind === 'days').map((r) => [r.month, r.value]);
    expect(Object.fromEntries(days)).toEqual({
      '2024-01-01': 217, '2024-02-01': 203, '2024-03-01': 205, '2024-04-01': 210, '2024-05-01': 217, '2024-06-01': 208,
    });
    expect(staffTotals(only(rows, 'A'), months()).personDays + staffTotals(only(rows, 'B'), months()).personDays).toBe(1260);
  });

  it('uses the view of A for the days of P after A', async () => {
    const year = { from: '2024-01-01', to: '2024-12-31' };
    const root = await staffOf('ROOT', year);
    expect(root.totals.personDays).toBe(2363); // W4 (from 07-20) absent, W5 (ends 09-30) employed to 31 Dec
    expect(root.totals.leavers).toBe(2);
    expect(root.rates.annualisedTurnoverRate).toBeCloseTo(730 / 2363, 12);
  });
});

describe('continuity', () => {
  it('counts changes, cases without assignments and turnover-related changes', async () => {
    const rows = await continuityRows(database.db, q(['ROOT', 'A', 'B']));
    const total = (scope: string) => continuityTotals(only(rows, scope), months());
    expect(total('ROOT')).toEqual({
      decided: 39, cases: 38, withoutAssignments: 1, fixed: 32, changes: 7, related: 2, bins: new Map([[0, 32], [1, 5], [2, 1]]),
    });
    expect(total('A')).toMatchObject({ decided: 20, cases: 19, withoutAssignments: 1, fixed: 15, changes: 5, related: 1 });
    expect(total('B')).toMatchObject({ decided: 19, cases: 19, withoutAssignments: 0, fixed: 17, changes: 2, related: 1 });
  });

  it('knows only the employment ends and decisions of A', async () => {
    const at = async (asOf: string) => continuityTotals(await continuityRows(database.db, q(['ROOT'], H1, asOf)), months());
    // 06-26: W3's end (06-30) is unknown, so K10's change is not turnover-related.
    expect(await at('2024-06-26')).toMatchObject({ decided: 39, changes: 7, related: 1 });
    // 06-24: K10 (decided 06-25) is still open.
    expect(await at('2024-06-24')).toMatchObject({ decided: 38, cases: 37, fixed: 32, changes: 6, related: 1 });
  });

  it('the summary filled at import agrees with counting the assignments case by case', async () => {
    const rows = await queryRows<{ case_id: string; changes: number; assignments: number; ids: string[] | null }>(database.db, sql`
      select s.case_id, s.changes, s.assignments, (select array_agg(a.caseworker_id order by a.assigned_from) from assignments a
        join cases c on c.case_id = a.case_id where a.case_id = s.case_id and a.assigned_from <= c.decided_on) as ids
      from case_continuity s`);
    expect(rows).toHaveLength(40); // every decided case, K9 (decided after A) included
    for (const row of rows) {
      expect(row.assignments).toBe(row.ids?.length ?? 0);
      if (row.ids) expect(row.changes, row.case_id).toBe(countChanges(row.ids));
    }
  });

  it('finds the leaf departments of a scope, or the scope itself', async () => {
    const leaves = await leafDepartments(database.db, ['ROOT', 'A']);
    expect(leaves.map((d) => [d.scopeId, d.id])).toEqual([['A', 'A'], ['ROOT', 'A'], ['ROOT', 'B']]);
  });
});

describe('continuity indices', () => {
  it('pools contacts per citizen, orders same-day contacts by caseworker id, leaves out n < 3', async () => {
    const rows = await citizenContactSums(database.db, q(['ROOT', 'A', 'B']));
    const sums = (scope: string) => only(rows, scope).map(({ scopeId: _s, ...rest }) => rest).sort((x, y) => x.n - y.n);
    expect(sums('ROOT')).toEqual([{ n: 4, maxCount: 3, sumSquares: 10, samePairs: 1 }, { n: 5, maxCount: 2, sumSquares: 9, samePairs: 2 }]);
    expect(sums('B')).toEqual([]);
    const root = meanIndices(sums('ROOT'));
    expect(root.citizens).toBe(2);
    expect(root.upc).toBeCloseTo(0.575, 12);
    expect(root.coc).toBeCloseTo(0.35, 12);
    expect(root.secon).toBeCloseTo(5 / 12, 12);
    const a = meanIndices(sums('A'));
    expect([a.citizens, a.upc, a.coc, a.secon].map((x) => Number(x!.toFixed(12)))).toEqual([2, 17 / 24, 5 / 12, 5 / 12].map((x) => Number(x.toFixed(12))));
  });

  it('ignores contacts after A', async () => {
    const year = { from: '2024-01-01', to: '2024-12-31' };
    expect(await citizenContactSums(database.db, q(['ROOT'], year))).toHaveLength(2);
    const later = await citizenContactSums(database.db, q(['ROOT'], year, '2024-12-31'));
    expect(later).toContainEqual({ scopeId: 'ROOT', n: 3, maxCount: 3, sumSquares: 9, samePairs: 2 });
  });
});
