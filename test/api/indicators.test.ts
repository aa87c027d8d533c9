// ScopeFigures.indicators on the indicators fixture (test/indicators/fixture.ts, every number worked
// out there by hand): values and bases, the target in force and its status, the year-earlier value
// and trend, the 8 quarters, the review round's in-order share, batching, and the committee's view.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { Viewer } from '../../server/access/viewer';
import { testViewer, type TestApi } from '../helpers/api';
import { AS_OF, Q1, startIndicatorsApi } from '../indicators/fixture';
import { insertReview, insertRound, makeUser } from './review-fixture';

let api: TestApi;
let director: Viewer;
const committee = testViewer('committee');

/**
 * Round 2 is the one in force for ROOT: created on 5 April (≤ A) after round 1, its frame ending on
 * 31 March (in P); round 3 is created after A. Round 2's in-order share, stratified by frame size:
 * NORD (N 10) M1 in order, M2 not → 1/2; SYD (N 5) H3, H4 in order → 1; 10/15 × 1/2 + 5/15 × 1 = 2/3,
 * on 4 reviewed cases.
 */
async function insertRounds(by: number): Promise<void> {
  const db = api.database.db;
  const round = async (seed: string, createdAt: string, inOrder: boolean) => {
    const id = await insertRound(db, { scopeId: 'ROOT', createdBy: by, seed, createdAt: new Date(createdAt), strata: [
      { key: 'NORD', departmentId: 'NORD', frameSize: 10, sample: ['M1', 'M2'] },
      { key: 'SYD', departmentId: 'SYD', frameSize: 5, sample: ['H3', 'H4'] },
    ] });
    for (const caseId of ['M1', 'M2', 'H3', 'H4']) {
      const overall = !inOrder && caseId === 'M2' ? 'minor_deficiencies' : 'in_order';
      await insertReview(db, { roundId: id, caseId, reviewerId: by, status: 'submitted', overall, decision: 'upheld' });
    }
  };
  await round('R1', '2024-04-01T08:00:00Z', true);
  await round('R2', '2024-04-05T08:00:00Z', false);
  await round('R3', '2024-04-11T08:00:00Z', true);
}

async function setTarget(input: Record<string, unknown>): Promise<void> {
  const result = await api.run(`mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { indicator } }`, { input }, { viewer: director });
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  api = await startIndicatorsApi();
  director = await makeUser(api.database.db, 'direktoer', 'director');
  await insertRounds(director.userId);
  await setTarget({ department: 'ROOT', indicator: 'TIMELINESS', value: 0.6 });
  await setTarget({ department: 'ROOT', indicator: 'OVERDUE_BACKLOG', value: 5 });
  await setTarget({ department: 'ROOT', indicator: 'FIXED_CASEWORKER_SHARE', value: 0.6 });
  await setTarget({ department: 'NORD', indicator: 'FIXED_CASEWORKER_SHARE', value: 0.7 });
});
afterAll(async () => { await api.stop(); });

const FIELDS = `key theme direction unit value base withheld reason target { value setOn { id } inherited } status
  previousValue previousWithheld trend`;
const QUERY = (inner: string) => `query($scope: ID!, $period: PeriodInput!, $asOf: Date!, $keys: [IndicatorKey!]) {
  figures(scope: $scope, period: $period, asOf: $asOf) { ${inner} } }`;
const THREE = ['TIMELINESS', 'OVERDUE_BACKLOG', 'FIXED_CASEWORKER_SHARE'];

type Indicator = Record<string, unknown> & { key: string; quarters?: { from: string; to: string; value: number | null; withheld: boolean }[] };
interface Figures { indicators: Indicator[]; children: { scope: { id: string }; indicators: Indicator[] }[] }

async function figures(inner: string, keys: string[] | null, viewer: Viewer = director, scope = 'ROOT'): Promise<Figures> {
  const result = await api.run(QUERY(inner), { scope, period: Q1, asOf: AS_OF, keys }, { viewer });
  expect(result.errors).toBeUndefined();
  return (result.data as { figures: Figures }).figures;
}
const close = (x: number) => expect.closeTo(x, 12);

describe('the director', () => {
  it('gets timeliness, overdue backlog and fixed-caseworker share against the root\'s targets and a year earlier', async () => {
    const { indicators } = await figures(`indicators(keys: $keys) { ${FIELDS} }`, THREE);
    expect(indicators).toEqual([
      { key: 'TIMELINESS', theme: 'TIMELINESS', direction: 'HIGHER_IS_BETTER', unit: 'SHARE', value: close(6 / 11), base: 11, withheld: false, reason: null,
        target: { value: 0.6, setOn: { id: 'ROOT' }, inherited: false }, status: 'AMBER', previousValue: close(2 / 3), previousWithheld: false, trend: 'WORSE' },
      { key: 'OVERDUE_BACKLOG', theme: 'TIMELINESS', direction: 'LOWER_IS_BETTER', unit: 'COUNT', value: 5, base: 7, withheld: false, reason: null,
        target: { value: 5, setOn: { id: 'ROOT' }, inherited: false }, status: 'GREEN', previousValue: 0, previousWithheld: false, trend: 'WORSE' },
      { key: 'FIXED_CASEWORKER_SHARE', theme: 'CITIZEN_DIALOGUE', direction: 'HIGHER_IS_BETTER', unit: 'SHARE', value: 0.6, base: 5, withheld: false, reason: null,
        target: { value: 0.6, setOn: { id: 'ROOT' }, inherited: false }, status: 'GREEN', previousValue: 0.5, previousWithheld: false, trend: 'BETTER' },
    ]);
  });

  it('judges each child against its own target or the one it inherits', async () => {
    const { children } = await figures(`children { scope { id } indicators(keys: $keys) { key value target { value setOn { id } inherited } status previousValue trend } }`, THREE);
    const rows = children.map((c) => [c.scope.id, c.indicators.map((i) => [i.key, i.value, (i.target as { setOn: { id: string } }).setOn.id, i.status, i.previousValue, i.trend])]);
    expect(rows).toEqual([
      ['NORD', [
        ['TIMELINESS', close(5 / 9), 'ROOT', 'AMBER', 0.5, 'BETTER'],
        ['OVERDUE_BACKLOG', 5, 'ROOT', 'GREEN', 0, 'WORSE'],
        ['FIXED_CASEWORKER_SHARE', 0.6, 'NORD', 'RED', 0.5, 'BETTER'],
      ]],
      ['SYD', [
        ['TIMELINESS', 0.5, 'ROOT', 'RED', 1, 'WORSE'],
        ['OVERDUE_BACKLOG', 0, 'ROOT', 'GREEN', 0, 'UNCHANGED'],
        // No decided case of SYD has an assignment: no share, so no status and no trend.
        ['FIXED_CASEWORKER_SHARE', null, 'ROOT', null, null, null],
      ]],
    ]);
  });

  it('gives the 8 quarters up to the one P ends in, as known on A; the backlog on each quarter\'s last day', async () => {
    const { indicators } = await figures(`indicators(keys: $keys) { key quarters { from to value withheld } }`, ['TIMELINESS', 'OVERDUE_BACKLOG']);
    const [timeliness, overdue] = indicators;
    expect(timeliness!.quarters!.map((q) => [q.from, q.to])).toEqual([
      ['2022-04-01', '2022-06-30'], ['2022-07-01', '2022-09-30'], ['2022-10-01', '2022-12-31'], ['2023-01-01', '2023-03-31'],
      ['2023-04-01', '2023-06-30'], ['2023-07-01', '2023-09-30'], ['2023-10-01', '2023-12-31'], ['2024-01-01', '2024-03-31'],
    ]);
    expect(timeliness!.quarters!.map((q) => q.value)).toEqual([null, null, null, close(2 / 3), null, null, null, close(6 / 11)]);
    expect(timeliness!.quarters!.every((q) => !q.withheld)).toBe(true);
    // O4, O5 overdue from May 2023; on 31 March 2024 also H6 (due 29 March, decided after A).
    expect(overdue!.quarters!.map((q) => q.value)).toEqual([0, 0, 0, 0, 2, 2, 2, 3]);
  });

  it('gives every indicator in enum order when no keys are asked, with the latest review round\'s in-order share', async () => {
    const { indicators } = await figures(`indicators(keys: $keys) { key theme direction unit value base withheld }`, null);
    expect(indicators.map((i) => i.key)).toEqual([
      'TIMELINESS', 'KM_MEDIAN_DAYS', 'OVERDUE_BACKLOG', 'ANNUALISED_TURNOVER', 'FIXED_CASEWORKER_SHARE', 'COMPLAINTS_PER_1000',
      'DIALOGUE_COMPLAINTS_PER_1000', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE', 'CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR',
    ]);
    const byKey = Object.fromEntries(indicators.map((i) => [i.key, i]));
    expect(byKey.REVIEW_IN_ORDER_SHARE).toEqual({
      key: 'REVIEW_IN_ORDER_SHARE', theme: 'PROFESSIONAL_QUALITY', direction: 'HIGHER_IS_BETTER', unit: 'SHARE', value: close(2 / 3), base: 4, withheld: false,
    });
    // KM median 30 days on the cohort of 19 (deadlines README); one complaint on 13 decisions.
    expect(byKey.KM_MEDIAN_DAYS).toMatchObject({ value: 30, base: 19 });
    expect(byKey.COMPLAINTS_PER_1000).toMatchObject({ unit: 'PER_1000', value: close(1000 / 13), base: 13 });
    expect(byKey.CASELOAD).toMatchObject({ direction: 'WITHIN_BAND', unit: 'PER_CASEWORKER' });
  });

  it('has no review share for a department without a round of its own', async () => {
    const { indicators } = await figures(`indicators(keys: $keys) { value base withheld }`, ['REVIEW_IN_ORDER_SHARE'], director, 'NORD');
    expect(indicators).toEqual([{ value: null, base: null, withheld: false }]);
  });

  it('runs only the queries the asked indicators need, and loads the children\'s targets in one query', async () => {
    const dialect = new PgDialect();
    const texts: string[] = [];
    const db = api.database.db;
    const execute = db.execute.bind(db);
    const spy = vi.spyOn(db, 'execute').mockImplementation(((query: SQL) => {
      texts.push(dialect.sqlToQuery(query).sql);
      return execute(query);
    }) as typeof db.execute);
    try {
      const { children } = await figures(`children { indicators(keys: $keys) { key value target { value } } }`, ['TIMELINESS']);
      expect(children.map((c) => c.indicators[0]!.value)).toEqual([close(5 / 9), 0.5]);
    } finally {
      spy.mockRestore();
    }
    expect(texts.filter((t) => t.includes('from indicator_target_changes')).length).toBe(1);
    for (const other of ['with emp as', 'case_continuity', 'join complaints', 'join appeals', 'from review_rounds']) {
      expect(texts.filter((t) => t.includes(other))).toEqual([]);
    }
  });
});

describe('the committee', () => {
  it('sees withheld values as null with withheld true, and no status or trend on a withheld value', async () => {
    const { indicators } = await figures(`indicators(keys: $keys) { ${FIELDS} }`, ['TIMELINESS', 'FIXED_CASEWORKER_SHARE', 'REVIEW_IN_ORDER_SHARE'], committee);
    // 2 decided cases without a deadline are "< 5", so the 11 with one, and the rate on them, are withheld too.
    expect(indicators[0]).toMatchObject({ key: 'TIMELINESS', value: null, base: null, withheld: true, reason: 'SECONDARY', status: null,
      previousValue: null, previousWithheld: true, trend: null, target: { value: 0.6 } });
    // The share rests on 5 cases: shown; a year earlier on 2: withheld, so no trend.
    expect(indicators[1]).toMatchObject({ key: 'FIXED_CASEWORKER_SHARE', value: 0.6, base: 5, withheld: false, reason: null, status: 'GREEN',
      previousValue: null, previousWithheld: true, trend: null });
    // 4 reviewed cases.
    expect(indicators[2]).toMatchObject({ key: 'REVIEW_IN_ORDER_SHARE', value: null, base: null, withheld: true, reason: 'SMALL_BASE', status: null });
  });

  it('sees a small department\'s timeliness withheld, and withheld quarters', async () => {
    const syd = await figures(`indicators(keys: $keys) { value base withheld reason status }`, ['TIMELINESS'], committee, 'SYD');
    expect(syd.indicators).toEqual([{ value: null, base: null, withheld: true, reason: 'SMALL_BASE', status: null }]);
    const root = await figures(`indicators(keys: $keys) { quarters { value withheld } }`, ['OVERDUE_BACKLOG'], committee);
    expect(root.indicators[0]!.quarters).toEqual([
      ...Array(4).fill({ value: 0, withheld: false }), ...Array(4).fill({ value: null, withheld: true }),
    ]);
  });
});
