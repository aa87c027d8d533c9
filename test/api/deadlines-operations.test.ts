// Query.deadlineScenario and Query.openCases through executeOperation on test/fixtures/deadlines
// (answers in its README.md): P = Q1 2024, A = 2024-04-10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { DIRECTOR, testViewer, type TestApi } from '../helpers/api';
import type { RequestIdentity } from '../../server/graphql/context';
import { AS_OF, Q1, startDeadlinesApi, TIMELINESS } from '../deadlines/fixture';

let api: TestApi;
beforeAll(async () => { api = await startDeadlinesApi(); });
afterAll(async () => { await api.stop(); });

const SCENARIO = `query($scope: ID!, $p: PeriodInput!, $a: Date!, $type: ID!, $d: DeadlineInput!) {
  deadlineScenario(scope: $scope, period: $p, asOf: $a, caseType: $type, deadline: $d) {
    caseType { id } proposed { value unit } actual { ${TIMELINESS} } scenario { ${TIMELINESS} }
    becameLate becameOnTime changedStatus withoutActualDueDate withheld } }`;

function scenario(type: string, d: { value: number; unit: string }, extra: Record<string, unknown> = {}, identity?: RequestIdentity) {
  return api.run(SCENARIO, { scope: 'ROOT', p: Q1, a: AS_OF, type, d, ...extra }, identity);
}

const timeliness = (decided: number, decidedWithDueDate: number, onTime: number) => ({
  decided, decidedWithDueDate, withoutDeadline: decided - decidedWithDueDate, onTime,
  rate: decidedWithDueDate === 0 ? null : onTime / decidedWithDueDate, withheld: false, suppressed: [],
});

describe('the deadline scenario', () => {
  it('flips cases both ways at 29 days for HJM', async () => {
    // H1 (30 days, due under 30 days) becomes late; H2 (29 days, late under 4 weeks) becomes on time.
    const result = await scenario('HJM', { value: 29, unit: 'DAYS' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.deadlineScenario).toEqual({
      caseType: { id: 'HJM' }, proposed: { value: 29, unit: 'DAYS' },
      actual: timeliness(5, 5, 3), scenario: timeliness(5, 5, 3),
      becameLate: 1, becameOnTime: 1, changedStatus: 2, withoutActualDueDate: 0, withheld: false,
    });
  });

  it('applies calendar months to every decided case, those without an actual due date too', async () => {
    // MDR 2 months: all but M6 on time (M2, M4 flip); M0 had no due date but counts in the scenario.
    const result = await scenario('MDR', { value: 2, unit: 'MONTHS' });
    expect(result.data!.deadlineScenario).toMatchObject({
      actual: timeliness(7, 6, 3), scenario: timeliness(7, 7, 6),
      becameLate: 0, becameOnTime: 2, changedStatus: 2, withoutActualDueDate: 1,
    });
  });

  it('is an aggregate a manager may ask for any scope', async () => {
    const result = await scenario('HJM', { value: 6, unit: 'WEEKS' }, {}, { viewer: testViewer('manager', ['SYD']) });
    expect(result.data!.deadlineScenario).toMatchObject({ scenario: timeliness(5, 5, 5), becameOnTime: 2 });
  });

  it('names the argument that is wrong', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ d: { value: 0, unit: 'DAYS' } }, 'deadline', /1 to 3650/],
      [{ d: { value: 3651, unit: 'DAYS' } }, 'deadline', /1 to 3650/],
      [{ d: { value: 521, unit: 'WEEKS' } }, 'deadline', /1 to 520/],
      [{ d: { value: 121, unit: 'MONTHS' } }, 'deadline', /1 to 120/],
      [{ type: 'NOPE' }, 'caseType', /no case type has the id "NOPE"/],
      [{ p: { from: '2024-04-01', to: '2024-03-31' } }, 'period', /is after to/],
      [{ scope: 'NOPE' }, 'scope', /no department/],
    ];
    for (const [variables, argument, message] of cases) {
      const result = await scenario('HJM', { value: 20, unit: 'DAYS' }, variables);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors?.[0]?.message.startsWith(`${argument}: `)).toBe(true);
    }
  });
});

const OPEN = `query($scope: ID!, $a: Date!, $f: OpenCaseFilter, $first: Int, $offset: Int) {
  openCases(scope: $scope, asOf: $a, filter: $f, first: $first, offset: $offset) {
    total hasMore cases { case { id citizenPseudonym } dueDate daysOverdue ageDays caseworker { id } } } }`;

interface Page { total: number; hasMore: boolean; cases: { case: { id: string; citizenPseudonym: string }; dueDate: string | null; daysOverdue: number | null; ageDays: number; caseworker: { id: string } | null }[] }

async function open(variables: Record<string, unknown>, identity: RequestIdentity = { viewer: DIRECTOR, purposeHeader: 'OVERDUE_LIST' }) {
  return api.run(OPEN, { scope: 'ROOT', a: AS_OF, ...variables }, identity);
}

async function page(variables: Record<string, unknown>, identity?: RequestIdentity): Promise<Page> {
  const result = await open(variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!.openCases as Page;
}

const ids = (p: Page) => p.cases.map((c) => c.case.id);

async function logRows() {
  return queryRows<{ username: string; purpose: string; operation: string; case_ids: string[]; citizen_pseudonyms: string[] }>(
    api.database.db, sql`select username, purpose, operation, case_ids, citizen_pseudonyms from access_log order by id`);
}

describe('the open cases', () => {
  it('lists the overdue cases by due date with age, days overdue and the caseworker on A', async () => {
    const p = await page({});
    expect(p).toMatchObject({ total: 5, hasMore: false });
    expect(p.cases.map((c) => [c.case.id, c.dueDate, c.daysOverdue, c.ageDays, c.caseworker?.id ?? null])).toEqual([
      ['O5', '2023-05-10', 336, 366, 'CW2'], // CW1 held it until 31 March
      ['O4', '2023-05-11', 335, 365, 'CW1'],
      ['H6', '2024-03-29', 12, 40, 'CW3'], // decided 20 April: open on A
      ['W2', '2024-04-05', 5, 36, 'CW2'], // withdrawn 25 April: open on A
      ['O3', '2024-04-09', 1, 29, null], // CW1 until 9 April, CW3 from 11 April
    ]);
  });

  it('filters due soon and all, cases without a due date last, and pages', async () => {
    expect(ids(await page({ f: 'DUE_SOON' }))).toEqual(['O2']); // due on A
    const all = await page({ f: 'ALL' });
    expect(ids(all)).toEqual(['O5', 'O4', 'H6', 'W2', 'O3', 'O2', 'O1']);
    expect(all.cases.at(-1)).toMatchObject({ dueDate: null, daysOverdue: null, ageDays: 30 });
    expect(await page({ f: 'ALL', first: 2, offset: 0 })).toMatchObject({ total: 7, hasMore: true, cases: [{ case: { id: 'O5' } }, { case: { id: 'O4' } }] });
    expect(ids(await page({ f: 'ALL', first: 2, offset: 6 }))).toEqual(['O1']);
    expect(await page({ f: 'ALL', offset: 50 })).toEqual({ total: 7, hasMore: false, cases: [] });
  });

  it('writes the page to the access log with its purpose before returning it', async () => {
    const before = (await logRows()).length;
    const p = await page({ first: 2 });
    const rows = await logRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({
      username: 'test-director', purpose: 'OVERDUE_LIST', operation: 'Query.openCases',
      case_ids: ['O5', 'O4'], citizen_pseudonyms: p.cases.map((c) => c.case.citizenPseudonym),
    });
  });

  it('returns nothing without a stated purpose, and logs nothing', async () => {
    const before = (await logRows()).length;
    const result = await open({}, { viewer: DIRECTOR });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('X-Tilsyn-Purpose'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await logRows()).toHaveLength(before);
  });

  it('never gives a manager a case outside their subtree', async () => {
    const nord = { viewer: testViewer('manager', ['NORD'], 9301), purposeHeader: 'OVERDUE_LIST' };
    expect(await page({ f: 'ALL' }, nord)).toMatchObject({ total: 6 }); // all but O1 (SYD)
    expect(ids(await page({ f: 'ALL' }, nord))).not.toContain('O1');
    const team = { viewer: testViewer('manager', ['NORDA'], 9302), purposeHeader: 'OVERDUE_LIST' };
    expect(ids(await page({ scope: 'NORD' }, team))).toEqual(['H6', 'O3']);
    const syd = { viewer: testViewer('manager', ['SYD'], 9303), purposeHeader: 'OVERDUE_LIST' };
    const before = (await logRows()).length;
    expect(await page({}, syd)).toEqual({ total: 0, hasMore: false, cases: [] });
    expect(await logRows()).toHaveLength(before); // an empty page reads nothing
    expect(ids(await page({ f: 'ALL' }, syd))).toEqual(['O1']);
    expect((await logRows()).at(-1)).toMatchObject({ username: 'test-manager', case_ids: ['O1'] });
  });

  it('checks first, offset and scope', async () => {
    for (const [variables, argument] of [[{ first: 0 }, 'first'], [{ first: 201 }, 'first'], [{ offset: -1 }, 'offset'], [{ scope: 'NOPE' }, 'scope']] as const) {
      const result = await open(variables);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0]?.message.startsWith(`${argument}: `)).toBe(true);
    }
    expect((await page({ first: 200 })).total).toBe(5);
  });
});
