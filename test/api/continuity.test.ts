// Staff turnover and continuity through the API on the hand-made data set
// (test/fixtures/continuity/README.md): the director's figures, batching of children, a manager's
// per-caseworker list and the committee's disclosure-controlled view.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { testViewer } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { AS_OF, H1, startContinuityApi } from '../continuity/fixture';

let api: TestApi;
beforeAll(async () => { api = await startContinuityApi(); });
afterAll(async () => { await api.stop(); });

const vars = { scope: 'ROOT', period: H1, asOf: AS_OF };
const MARKS = 'withheld suppressed { field reason }';
const STAFF = `staff { averageHeadcount headcountOnAsOf leavers turnoverRate annualisedTurnoverRate
  leaversByReason { endReason count withheld reason } ${MARKS} }`;
const CONTINUITY = `continuity { cases casesWithoutAssignments fixedCaseworkerShare meanChanges changes
  turnoverRelatedChanges turnoverRelatedShare distribution { changes cases withheld reason } ${MARKS} }`;
const REST = `continuityIndices { citizens upc coc secon ${MARKS} }
  turnoverVersusContinuity { rho n pairs { department { id } quarter from to turnover fixedShare decided } }`;
const FIGURES = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  ${STAFF} ${CONTINUITY} ${REST} } }`;

type Figures = Record<string, Record<string, unknown> & { [k: string]: unknown }>;
async function figures(identity = { viewer: testViewer('director') }, variables: Record<string, unknown> = vars): Promise<Figures> {
  const result = await api.run(FIGURES, variables, identity);
  expect(result.errors).toBeUndefined();
  return (result.data as { figures: Figures }).figures;
}

describe('the director', () => {
  it('gets staff and continuity of the scope', async () => {
    const f = await figures();
    expect(f.staff).toMatchObject({ headcountOnAsOf: 6, leavers: 2, withheld: false, suppressed: [] });
    expect(f.staff!.averageHeadcount).toBeCloseTo(1260 / 182, 12);
    expect(f.staff!.annualisedTurnoverRate).toBeCloseTo(730 / 1260, 12);
    expect(f.staff!.leaversByReason).toEqual(['RESIGNED', 'RETIRED', 'DISMISSED', 'TRANSFERRED', 'OTHER'].map((endReason, i) => ({
      endReason, count: [1, 1, 0, 0, 0][i], withheld: false, reason: null,
    })));
    expect(f.continuity).toMatchObject({ cases: 38, casesWithoutAssignments: 1, changes: 7, turnoverRelatedChanges: 2 });
    expect(f.continuity!.fixedCaseworkerShare).toBeCloseTo(32 / 38, 12);
    expect(f.continuity!.meanChanges).toBeCloseTo(7 / 38, 12);
    expect(f.continuity!.turnoverRelatedShare).toBeCloseTo(2 / 7, 12);
    expect((f.continuity!.distribution as { cases: number }[]).map((b) => b.cases)).toEqual([32, 5, 1]);
    expect(f.continuityIndices).toMatchObject({ citizens: 2, withheld: false });
    expect(f.continuityIndices!.secon).toBeCloseTo(5 / 12, 12);
  });

  it('gets Spearman over the department-quarters with at least 10 decided cases (a tie in the shares)', async () => {
    const tvc = (await figures()).turnoverVersusContinuity as { rho: number; n: number; pairs: Record<string, unknown>[] };
    expect(tvc.n).toBe(3);
    expect(tvc.rho).toBeCloseTo(-Math.sqrt(3) / 2, 12);
    expect(tvc.pairs.map((p) => [(p.department as { id: string }).id, p.quarter, p.from, p.to, p.decided])).toEqual([
      ['A', '2024-Q1', '2024-01-01', '2024-03-31', 10], ['A', '2024-Q2', '2024-04-01', '2024-06-30', 10],
      ['B', '2024-Q2', '2024-04-01', '2024-06-30', 10],
    ]);
    expect(tvc.pairs.map((p) => p.turnover as number)).toEqual([730 / 415, 365 / 362, 365 / 273].map((x) => expect.closeTo(x, 12)));
    expect(tvc.pairs.map((p) => p.fixedShare as number)).toEqual([7 / 9, 0.8, 0.8].map((x) => expect.closeTo(x, 12)));
  });

  it('gets staff over time by quarter and by month, cut to the period', async () => {
    const q = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
      quarters: staffOverTime(granularity: QUARTER) { from to averageHeadcount leavers annualisedTurnoverRate fixedCaseworkerShare decidedCases }
      months: staffOverTime { from to leavers fixedCaseworkerShare decidedCases } } }`;
    const result = await api.run(q, { ...vars, period: { from: '2024-01-15', to: '2024-06-30' } });
    expect(result.errors).toBeUndefined();
    const { quarters, months } = (result.data as { figures: { quarters: Record<string, number>[]; months: Record<string, unknown>[] } }).figures;
    // Cut to 15 Jan: January loses 14 days × 7 persons and FA01, FA02 (decided 15 Jan) stay.
    expect(quarters[0]).toMatchObject({ from: '2024-01-15', to: '2024-03-31', leavers: 1, decidedCases: 18 });
    expect(quarters[0]!.averageHeadcount).toBeCloseTo((625 - 98) / 77, 12);
    expect(quarters[1]).toMatchObject({ from: '2024-04-01', to: '2024-06-30', leavers: 1, decidedCases: 20, fixedCaseworkerShare: 0.8 });
    expect(quarters[1]!.annualisedTurnoverRate).toBeCloseTo(365 / 635, 12);
    expect(months.map((m) => [m.from, m.leavers, m.decidedCases])).toEqual([
      ['2024-01-15', 0, 5], ['2024-02-01', 0, 6], ['2024-03-01', 1, 7], ['2024-04-01', 0, 8], ['2024-05-01', 0, 6], ['2024-06-01', 1, 6],
    ]);
    expect(months[2]!.fixedCaseworkerShare).toBeCloseTo(5 / 7, 12);
  });

  it('gets the children from one query per figure, not one per child', async () => {
    const dialect = new PgDialect();
    const texts: string[] = [];
    const db = api.database.db;
    const execute = db.execute.bind(db);
    const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
      texts.push(dialect.sqlToQuery(query).sql);
      return execute(query);
    }) as typeof db.execute);
    try {
      const result = await api.run(`query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
        children { scope { id } staff { averageHeadcount leavers } continuity { cases changes } } } }`, vars);
      expect(result.errors).toBeUndefined();
      const children = (result.data as { figures: { children: { scope: { id: string }; staff: { leavers: number }; continuity: { cases: number } }[] } }).figures.children;
      expect(children.map((c) => [c.scope.id, c.staff.leavers, c.continuity.cases])).toEqual([['A', 3, 19], ['B', 1, 19]]);
    } finally {
      spy.mockRestore();
    }
    expect(texts.filter((t) => t.startsWith('with emp as')).length).toBe(1);
    expect(texts.filter((t) => t.includes('from case_continuity s')).length).toBe(1);
    expect(texts.filter((t) => t.includes('from department_closure cl join departments')).length).toBe(0);
  });
});

const CASEWORKERS = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { caseworkerFigures(scope: $scope, period: $period, asOf: $asOf) {
  caseworker { id } department { id } employedFrom employedTo endReason decidedCases openCases handovers } }`;

describe('caseworker figures', () => {
  it('lists everyone employed in the scope during P for the director', async () => {
    const result = await api.run(CASEWORKERS, vars);
    expect(result.errors).toBeUndefined();
    const rows = (result.data as { caseworkerFigures: Record<string, unknown>[] }).caseworkerFigures;
    expect(rows.map((r) => [(r.caseworker as { id: string }).id, (r.department as { id: string }).id, r.employedFrom, r.employedTo, r.endReason,
      r.decidedCases, r.openCases, r.handovers])).toEqual([
      ['W1', 'B', '2024-03-04', null, null, 1, 0, 1],
      ['W2', 'A', '2024-03-25', null, null, 0, 1, 0],
      ['W3', 'B', '2022-01-01', '2024-06-30', 'RETIRED', 0, 0, 1],
      ['W5', 'A', '2020-01-01', null, null, 3, 0, 1],
      ['W6', 'A', '2021-05-01', '2024-06-28', 'OTHER', 0, 0, 0],
      ['W8', 'A', '2020-01-01', null, null, 16, 0, 3],
      ['W9', 'B', '2021-01-01', null, null, 18, 1, 1],
    ]);
  });

  it('narrows a manager to the caseworkers and cases of their departments', async () => {
    const result = await api.run(CASEWORKERS, vars, { viewer: testViewer('manager', ['A']) });
    expect(result.errors).toBeUndefined();
    const rows = (result.data as { caseworkerFigures: Record<string, unknown>[] }).caseworkerFigures;
    expect(rows.map((r) => [(r.caseworker as { id: string }).id, (r.department as { id: string }).id, r.employedTo, r.endReason,
      r.decidedCases, r.openCases, r.handovers])).toEqual([
      ['W1', 'A', '2024-02-29', 'TRANSFERRED', 0, 0, 1],
      ['W2', 'A', null, null, 0, 1, 0],
      ['W5', 'A', null, null, 3, 0, 1],
      ['W6', 'A', '2024-06-28', 'OTHER', 0, 0, 0],
      ['W8', 'A', null, null, 16, 0, 3],
    ]);
  });

  it('refuses the committee and names a bad period', async () => {
    const committee = await api.run(CASEWORKERS, vars, { viewer: testViewer('committee') });
    expect(committee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.run(CASEWORKERS, { ...vars, period: { from: '2024-07-01', to: '2024-06-30' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the committee', () => {
  const committee = { viewer: testViewer('committee') };

  it('sees "< 5" for small counts and nothing on a small base', async () => {
    const f = await figures(committee);
    // ROOT: average 6.9 shown, so the rates are; 2 leavers are "< 5", each reason too.
    expect(f.staff).toMatchObject({ headcountOnAsOf: 6, leavers: null, withheld: true, suppressed: [{ field: 'leavers', reason: 'BELOW_FIVE' }] });
    expect(f.staff!.turnoverRate).toBeCloseTo(364 / 1260, 12);
    expect((f.staff!.leaversByReason as { count: number | null; reason: string | null }[]).map((r) => [r.count, r.reason])).toEqual([
      [null, 'BELOW_FIVE'], [null, 'BELOW_FIVE'], [0, null], [0, null], [0, null],
    ]);
    expect(f.continuity).toMatchObject({ cases: 38, casesWithoutAssignments: null, changes: 7, turnoverRelatedChanges: null });
    expect(f.continuity!.turnoverRelatedShare).toBeCloseTo(2 / 7, 12);
    // One bin is "< 5": the smallest other non-zero bin is withheld too.
    expect((f.continuity!.distribution as { cases: number | null; reason: string | null }[]).map((b) => [b.cases, b.reason])).toEqual([
      [32, null], [null, 'SECONDARY'], [null, 'BELOW_FIVE'],
    ]);
    expect(f.continuityIndices).toMatchObject({ citizens: null, upc: null, coc: null, secon: null, withheld: true });
  });

  it('sees a unit whose average headcount is below 5 as "< 5" without rates', async () => {
    const a = await figures(committee, { ...vars, scope: 'A' });
    expect(a.staff).toMatchObject({ averageHeadcount: null, headcountOnAsOf: null, leavers: null, turnoverRate: null, annualisedTurnoverRate: null });
    expect(a.staff!.suppressed).toEqual(expect.arrayContaining([
      { field: 'averageHeadcount', reason: 'BELOW_FIVE' }, { field: 'turnoverRate', reason: 'SMALL_BASE' },
    ]));
  });

  it('sees ρ and the pairs, without a turnover resting on fewer than 5 persons', async () => {
    const tvc = (await figures(committee)).turnoverVersusContinuity as { rho: number; n: number; pairs: Record<string, unknown>[] };
    expect(tvc.rho).toBeCloseTo(-Math.sqrt(3) / 2, 12);
    expect(tvc.pairs.map((p) => [p.turnover, p.decided])).toEqual([[null, 10], [null, 10], [null, 10]]);
    expect(tvc.pairs.map((p) => p.fixedShare as number)).toEqual([7 / 9, 0.8, 0.8].map((x) => expect.closeTo(x, 12)));
  });
});
