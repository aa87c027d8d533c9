// Complaints through the API for the director on the hand-made data set
// (test/fixtures/complaints/README.md): totals and categories per 1,000 decisions, the as-of view,
// the children from one query, months and quarters cut to a period starting mid-quarter, and the
// dialogue indicator's service function.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { DIRECTOR, testViewer, type TestApi } from '../helpers/api';
import { createRequestContext } from '../../server/graphql/context';
import { dialogueComplaints } from '../../server/complaints/service';
import { AS_OF, P, data, startComplaintsApi } from '../complaints/fixture';

let api: TestApi;
beforeAll(async () => { api = await startComplaintsApi(); });
afterAll(async () => { await api.stop(); });

const CATEGORIES = ['PROCESSING_TIME', 'SERVICE', 'STATUS_INFORMATION', 'DECISION', 'OTHER'];
const COMPLAINTS = 'total decisions per1000Decisions withheld suppressed { field reason } byCategory { category count per1000Decisions withheld reason }';
const QUERY = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  timeliness { decided } complaints { ${COMPLAINTS} } children { scope { id } complaints { ${COMPLAINTS} } } } }`;

interface Category { category: string; count: number | null; per1000Decisions: number | null; withheld: boolean; reason: string | null }
interface ComplaintsFigure { total: number | null; decisions: number | null; per1000Decisions: number | null; withheld: boolean; byCategory: Category[] }
interface Figures { timeliness: { decided: number }; complaints: ComplaintsFigure; children: { scope: { id: string }; complaints: ComplaintsFigure }[] }

async function figures(variables: Record<string, unknown>): Promise<Figures> {
  return (await data<{ figures: Figures }>(api, QUERY, { scope: 'ROOT', period: P, asOf: AS_OF, ...variables })).figures;
}

/** The categories as [category, count, per 1,000] in the enum order. */
const categories = (c: ComplaintsFigure) => c.byCategory.map((x) => [x.category, x.count, x.per1000Decisions]);
const expected = (counts: number[], decisions: number) => counts.map((n, i) => [CATEGORIES[i], n, decisions === 0 ? null : expect.closeTo((n * 1000) / decisions, 9)]);

describe('complaints for the director', () => {
  it('counts the scope\'s complaints received in P by category, per 1,000 cases decided in P', async () => {
    const f = await figures({});
    expect(f.complaints).toMatchObject({ total: 12, decisions: 6, per1000Decisions: 2000, withheld: false });
    expect(f.complaints.decisions).toBe(f.timeliness.decided);
    expect(categories(f.complaints)).toEqual(expected([5, 6, 1, 0, 0], 6));
    expect(f.complaints.byCategory.every((c) => !c.withheld && c.reason === null)).toBe(true);
  });

  it('gives each child its own complaints (B is A\'s sibling; no decisions: per 1,000 is null)', async () => {
    const children = (await figures({})).children;
    expect(children.map((c) => [c.scope.id, c.complaints.total, c.complaints.decisions, c.complaints.per1000Decisions])).toEqual([
      ['A', 10, 6, expect.closeTo(10000 / 6, 9)], ['B', 2, 0, null], ['C', 0, 0, null],
    ]);
    expect(categories(children[0]!.complaints)).toEqual(expected([4, 5, 1, 0, 0], 6));
    expect(categories(children[1]!.complaints)).toEqual(expected([1, 1, 0, 0, 0], 0));
    expect(children.every((c) => !c.complaints.withheld)).toBe(true);
  });

  it('counts a team\'s complaints against its own decisions', async () => {
    const a1 = (await figures({ scope: 'A1' })).complaints;
    expect(a1).toMatchObject({ total: 3, decisions: 2, per1000Decisions: 1500 });
    expect(categories(a1)).toEqual(expected([1, 1, 1, 0, 0], 2));
  });

  it('takes complaints and decisions as known on the as-of date', async () => {
    const before = (await figures({ asOf: '2024-05-10' })).complaints;
    expect(before).toMatchObject({ total: 9, decisions: 4, per1000Decisions: 2250 });
    expect(categories(before)).toEqual(expected([4, 4, 1, 0, 0], 4));
    // July: K14 (5 July) counts, K15 (15 July) is after A; C08 is decided after A.
    const july = (await figures({ scope: 'A', period: { from: '2024-07-01', to: '2024-07-31' } })).complaints;
    expect(july).toMatchObject({ total: 1, decisions: 1, per1000Decisions: 1000 });
    expect(categories(july)).toEqual(expected([0, 0, 0, 1, 0], 1));
  });

  it('reads the children from one complaints query, not one per child', async () => {
    const dialect = new PgDialect();
    const texts: string[] = [];
    const db = api.database.db;
    const execute = db.execute.bind(db);
    const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
      texts.push(dialect.sqlToQuery(query).sql);
      return execute(query);
    }) as typeof db.execute);
    try {
      const children = await data<{ figures: { children: { complaints: { total: number } }[] } }>(api, `query($period: PeriodInput!, $asOf: Date!) {
        figures(scope: "ROOT", period: $period, asOf: $asOf) { children { complaints { total } } } }`, { period: P, asOf: AS_OF });
      expect(children.figures.children.map((c) => c.complaints.total)).toEqual([10, 2, 0]);
    } finally {
      spy.mockRestore();
    }
    expect(texts.filter((t) => t.includes('join complaints k')).length).toBe(1);
  });
});

const OVER_TIME = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  quarters: complaintsOverTime { from to ${COMPLAINTS} } months: complaintsOverTime(granularity: MONTH) { from to total decisions } } }`;

describe('complaints over time', () => {
  it('cuts quarters and months to a period that starts in the middle of a quarter', async () => {
    const { figures: f } = await data<{ figures: { quarters: (ComplaintsFigure & { from: string; to: string })[]; months: Record<string, unknown>[] } }>(
      api, OVER_TIME, { scope: 'ROOT', period: P, asOf: AS_OF });
    expect(f.quarters.map((q) => [q.from, q.to, q.total, q.decisions])).toEqual([
      ['2024-02-15', '2024-03-31', 5, 3], ['2024-04-01', '2024-06-30', 7, 3],
    ]);
    expect(f.quarters[0]!.per1000Decisions).toBeCloseTo(5000 / 3, 9);
    expect(categories(f.quarters[0]!)).toEqual(expected([2, 2, 1, 0, 0], 3));
    expect(categories(f.quarters[1]!)).toEqual(expected([3, 4, 0, 0, 0], 3));
    expect(f.months.map((m) => [m.from, m.to, m.total, m.decisions])).toEqual([
      ['2024-02-15', '2024-02-29', 2, 1], ['2024-03-01', '2024-03-31', 3, 2], ['2024-04-01', '2024-04-30', 2, 1],
      ['2024-05-01', '2024-05-31', 3, 1], ['2024-06-01', '2024-06-30', 2, 1],
    ]);
  });
});

describe('dialogue complaints (the indicator\'s value)', () => {
  const key = (scopeId: string) => ({ scopeId, period: P, asOf: AS_OF });
  const director = () => createRequestContext(api.database.db, { viewer: DIRECTOR });
  const committee = () => createRequestContext(api.database.db, { viewer: testViewer('committee') });

  it('is service and status information complaints per 1,000 decisions', async () => {
    const root = await dialogueComplaints(director(), key('ROOT'));
    expect(root).toEqual({ value: expect.closeTo(7000 / 6, 9), base: 6, withheld: false, reason: null });
    expect(await dialogueComplaints(director(), key('A1'))).toEqual({ value: 1000, base: 2, withheld: false, reason: null });
    expect(await dialogueComplaints(director(), key('B'))).toEqual({ value: null, base: 0, withheld: false, reason: null });
  });

  it('is withheld from the committee on a base of 1–4 only', async () => {
    expect(await dialogueComplaints(committee(), key('ROOT'))).toEqual({ value: expect.closeTo(7000 / 6, 9), base: 6, withheld: false, reason: null });
    expect(await dialogueComplaints(committee(), key('A1'))).toEqual({ value: null, base: 2, withheld: true, reason: 'SMALL_BASE' });
    expect(await dialogueComplaints(committee(), key('B'))).toEqual({ value: null, base: 0, withheld: false, reason: null });
  });
});

describe('the department × category table', () => {
  it('has one row per child department with the same counts as the child\'s own complaints, and both margins', async () => {
    const table = `complaintsByDepartment { categories rows { department { id } cells { count withheld } total { count }
      decisions per1000Decisions } columnTotals { count } total { count } }`;
    const result = await data<{ figures: Figures & { complaintsByDepartment: {
      categories: string[]; rows: { department: { id: string }; cells: { count: number }[]; total: { count: number }; decisions: number; per1000Decisions: number | null }[];
      columnTotals: { count: number }[]; total: { count: number } } } }>(api,
      QUERY.replace('children {', `${table} children {`), { scope: 'ROOT', period: P, asOf: AS_OF });
    const { complaintsByDepartment: t, children } = result.figures;
    expect(t.categories).toEqual(CATEGORIES);
    expect(t.rows.map((r) => r.department.id)).toEqual(children.map((c) => c.scope.id));
    t.rows.forEach((row, i) => {
      expect(row.cells.map((c) => c.count)).toEqual(children[i]!.complaints.byCategory.map((c) => c.count));
      expect(row.total.count).toBe(children[i]!.complaints.total);
      expect(row.per1000Decisions).toBe(children[i]!.complaints.per1000Decisions);
    });
    expect(t.columnTotals.map((c) => c.count)).toEqual(CATEGORIES.map((_, c) => t.rows.reduce((sum, r) => sum + r.cells[c]!.count, 0)));
    expect(t.total.count).toBe(t.rows.reduce((sum, r) => sum + r.total.count, 0));
  });
});
