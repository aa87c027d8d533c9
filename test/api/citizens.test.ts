// Citizens across departments through the API on the hand-made data set
// (test/fixtures/citizens/README.md): the figure of a scope and of its children, the as-of view,
// the combinations and the batching of children into one query.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { TestApi } from '../helpers/api';
import { AS_OF, CROSS_DEPARTMENT, H1, startCitizensApi } from '../citizens/fixture';

let api: TestApi;
beforeAll(async () => { api = await startCitizensApi(); });
afterAll(async () => { await api.stop(); });

const FIGURES = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  ${CROSS_DEPARTMENT} children { scope { id } ${CROSS_DEPARTMENT} } } }`;

type Figure = Record<string, unknown> & {
  caseworkerHistogram: { caseworkers: number; citizens: number | null; crossDepartmentCitizens: number | null; withheld: boolean }[];
  combinations: { departments: { id: string }[]; citizens: number | null }[];
};
interface Figures { crossDepartment: Figure; children: { scope: { id: string }; crossDepartment: Figure }[] }

async function figures(variables: Record<string, unknown> = {}): Promise<Figures> {
  const result = await api.run(FIGURES, { scope: 'ROOT', period: H1, asOf: AS_OF, ...variables });
  expect(result.errors).toBeUndefined();
  return (result.data as { figures: Figures }).figures;
}

const bins = (f: Figure) => f.caseworkerHistogram.map((b) => [b.caseworkers, b.citizens, b.crossDepartmentCitizens]);
const combos = (f: Figure) => f.combinations.map((c) => [c.departments.map((d) => d.id).join('+'), c.citizens]);

describe('the director', () => {
  it('gets the citizens, their caseworkers and timeliness of ROOT', async () => {
    const f = (await figures()).crossDepartment;
    expect(f).toMatchObject({
      citizens: 10, crossDepartmentCitizens: 5, crossDepartmentShare: 0.5, caseworkersPerCitizen: 1.7,
      caseworkersPerCrossDepartmentCitizen: 2.4, caseworkersPerOtherCitizen: 1,
      shareWithThreeOrMoreCaseworkers: 0.2, shareWithThreeOrMoreCaseworkersCrossDepartment: 0.4, shareWithThreeOrMoreCaseworkersOthers: 0,
      timelinessCrossDepartment: 0.5, decidedWithDueDateCrossDepartment: 4, timelinessOthers: 0.5, decidedWithDueDateOthers: 2,
      withheld: false, suppressed: [],
    });
    expect(bins(f)).toEqual([[0, 1, 0], [1, 3, 0], [2, 4, 3], [3, 2, 2]]);
    expect(f.caseworkerHistogram.map((b) => b.withheld)).toEqual([false, false, false, false]);
  });

  it('orders the combinations by citizens, ties by the ids, and limits them', async () => {
    expect(combos((await figures()).crossDepartment)).toEqual([['A+B', 2], ['A+A1', 1], ['A1+B', 1], ['B+C', 1]]);
    const result = await api.run(`query($p: PeriodInput!, $a: Date!) { figures(scope: "ROOT", period: $p, asOf: $a) {
      two: crossDepartment { combinations(first: 2) { departments { id } citizens } } } }`, { p: H1, a: AS_OF });
    expect(result.errors).toBeUndefined();
    const two = (result.data as { figures: { two: Figure } }).figures.two;
    expect(combos(two)).toEqual([['A+B', 2], ['A+A1', 1]]);
  });

  it('refuses a combination limit outside 1–100, naming it', async () => {
    for (const first of [0, 101]) {
      const result = await api.run(`query($p: PeriodInput!, $a: Date!, $first: Int) { figures(scope: "ROOT", period: $p, asOf: $a) {
        crossDepartment { combinations(first: $first) { citizens } } } }`, { p: H1, a: AS_OF, first });
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^first: must be from 1 to 100/), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('gets each child department on its own subtree', async () => {
    const children = (await figures()).children;
    expect(children.map((c) => c.scope.id)).toEqual(['A', 'B', 'C']);
    const [a, b, c] = children.map((child) => child.crossDepartment);
    // A: CIT-10 has cases in A and A1, both in A's subtree.
    expect(a).toMatchObject({ citizens: 6, crossDepartmentCitizens: 1, caseworkersPerCrossDepartmentCitizen: 2,
      timelinessCrossDepartment: null, decidedWithDueDateCrossDepartment: 0, timelinessOthers: 0.5, decidedWithDueDateOthers: 2 });
    expect(a!.crossDepartmentShare).toBeCloseTo(1 / 6, 12);
    expect(a!.caseworkersPerCitizen).toBeCloseTo(8 / 6, 12);
    expect(a!.caseworkersPerOtherCitizen).toBeCloseTo(6 / 5, 12);
    expect(bins(a!)).toEqual([[0, 0, 0], [1, 4, 0], [2, 2, 1]]);
    expect(combos(a!)).toEqual([['A+A1', 1]]);
    expect(b).toMatchObject({ citizens: 5, crossDepartmentCitizens: 0, crossDepartmentShare: 0, caseworkersPerCrossDepartmentCitizen: null,
      decidedWithDueDateOthers: 3, combinations: [] });
    expect(b!.caseworkersPerCitizen).toBeCloseTo(6 / 5, 12);
    expect(b!.timelinessOthers).toBeCloseTo(2 / 3, 12);
    expect(c).toMatchObject({ citizens: 3, crossDepartmentCitizens: 0, caseworkersPerCitizen: 1, timelinessOthers: 0, decidedWithDueDateOthers: 1 });
  });

  it('gets the children from one query, not one per child', async () => {
    const dialect = new PgDialect();
    const texts: string[] = [];
    const db = api.database.db;
    const execute = db.execute.bind(db);
    const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
      texts.push(dialect.sqlToQuery(query).sql);
      return execute(query);
    }) as typeof db.execute);
    try {
      const result = await api.run(`query($p: PeriodInput!, $a: Date!) { figures(scope: "ROOT", period: $p, asOf: $a) {
        children { crossDepartment { citizens combinations { citizens } } } } }`, { p: H1, a: AS_OF });
      expect(result.errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect(texts.filter((t) => t.includes('citizens as (select u.scope_id')).length).toBe(1);
  });

  it('sees the data as known on an as-of date inside the period', async () => {
    // A′ = 15 May: K05 does not exist (CIT-3 is no longer cross-department), K17 is open, and
    // assignments starting after A′ (W6 on K08, W4 on K18) do not exist.
    const f = (await figures({ asOf: '2024-05-15' })).crossDepartment;
    expect(f).toMatchObject({
      citizens: 10, crossDepartmentCitizens: 4, crossDepartmentShare: 0.4, caseworkersPerCitizen: 1.4, caseworkersPerCrossDepartmentCitizen: 2.25,
      timelinessCrossDepartment: 0.5, decidedWithDueDateCrossDepartment: 2, decidedWithDueDateOthers: 3,
    });
    expect(f.caseworkersPerOtherCitizen).toBeCloseTo(5 / 6, 12);
    expect(f.timelinessOthers).toBeCloseTo(1 / 3, 12);
    expect(bins(f)).toEqual([[0, 1, 0], [1, 5, 0], [2, 3, 3], [3, 1, 1]]);
  });

  it('has nothing for a period without cases', async () => {
    const f = (await figures({ period: { from: '2019-01-01', to: '2019-12-31' } })).crossDepartment;
    expect(f).toMatchObject({ citizens: 0, crossDepartmentCitizens: 0, crossDepartmentShare: null, caseworkersPerCitizen: null,
      timelinessOthers: null, caseworkerHistogram: [], combinations: [], withheld: false });
  });
});
