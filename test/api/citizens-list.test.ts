// The case-level reads of citizens across departments on the hand-made data set
// (test/fixtures/citizens/README.md): the cross-department citizens list and the one-citizen view,
// with a stated purpose, narrowed to a manager's units and logged before they are returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { todayInCopenhagen } from '../../server/stats/calendar';
import { DIRECTOR, testViewer, type TestApi } from '../helpers/api';
import type { RequestIdentity } from '../../server/graphql/context';
import { AS_OF, H1, startCitizensApi } from '../citizens/fixture';

let api: TestApi;
beforeAll(async () => { api = await startCitizensApi(); });
afterAll(async () => { await api.stop(); });

const PURPOSE = 'CITIZEN_OVERVIEW';
const director: RequestIdentity = { viewer: DIRECTOR, purposeHeader: PURPOSE };
const managerOf = (department: string, userId: number): RequestIdentity => ({ viewer: testViewer('manager', [department], userId), purposeHeader: PURPOSE });

async function logRows() {
  return queryRows<{ username: string; purpose: string; operation: string; case_ids: string[]; citizen_pseudonyms: string[] }>(
    api.database.db, sql`select username, purpose, operation, case_ids, citizen_pseudonyms from access_log order by id`);
}

const LIST = `query($scope: ID!, $p: PeriodInput!, $a: Date!, $first: Int, $offset: Int) {
  crossDepartmentCitizens(scope: $scope, period: $p, asOf: $a, first: $first, offset: $offset) {
    total citizens { pseudonym departments { id } activeCases caseworkers } } }`;

interface Page { total: number; citizens: { pseudonym: string; departments: { id: string }[]; activeCases: number; caseworkers: number }[] }

function list(variables: Record<string, unknown> = {}, identity: RequestIdentity = director) {
  return api.run(LIST, { scope: 'ROOT', p: H1, a: AS_OF, ...variables }, identity);
}

async function page(variables: Record<string, unknown> = {}, identity: RequestIdentity = director): Promise<Page> {
  const result = await list(variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!.crossDepartmentCitizens as Page;
}

const rows = (p: Page) => p.citizens.map((c) => [c.pseudonym, c.departments.map((d) => d.id).join('+'), c.caseworkers, c.activeCases]);

describe('the cross-department citizens', () => {
  it('lists them by caseworkers, active cases and pseudonym, and logs the page with its purpose', async () => {
    const before = (await logRows()).length;
    const p = await page();
    expect(p.total).toBe(5);
    expect(rows(p)).toEqual([
      ['CIT-2', 'A+B', 3, 3], ['CIT-9', 'B+C', 3, 2], ['CIT-3', 'A1+B', 2, 3], ['CIT-10', 'A+A1', 2, 2], ['CIT-8', 'A+B', 2, 2],
    ]);
    const log = await logRows();
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toEqual({
      username: 'test-director', purpose: PURPOSE, operation: 'Query.crossDepartmentCitizens',
      case_ids: ['K03', 'K04', 'K11', 'K17', 'K18', 'K05', 'K06', 'K12', 'K19', 'K20', 'K15', 'K16'],
      citizen_pseudonyms: ['CIT-2', 'CIT-9', 'CIT-3', 'CIT-10', 'CIT-8'],
    });
  });

  it('pages', async () => {
    expect(rows(await page({ first: 2, offset: 3 }))).toEqual([['CIT-10', 'A+A1', 2, 2], ['CIT-8', 'A+B', 2, 2]]);
    const before = (await logRows()).length;
    expect(await page({ offset: 10 })).toEqual({ total: 5, citizens: [] });
    expect(await logRows()).toHaveLength(before); // an empty page reads nothing
  });

  it('counts a case decided after the as-of date as open, and an assignment ending after it as held', async () => {
    // A″ = 2023-12-20: K06 and K07 are decided after A″, so both are active in P; W5's K07 assignment
    // ends 2023-12-31, after A″, so it is still held.
    expect(rows(await page({ a: '2023-12-20' }))).toEqual([['CIT-3', 'B+C', 2, 2]]);
  });

  it('reads only the cases a manager may read', async () => {
    expect(rows(await page({}, managerOf('A', 9101)))).toEqual([['CIT-10', 'A+A1', 2, 2]]);
    expect((await logRows()).at(-1)).toMatchObject({ username: 'test-manager', case_ids: ['K19', 'K20'], citizen_pseudonyms: ['CIT-10'] });
    const before = (await logRows()).length;
    expect(await page({}, managerOf('B', 9102))).toEqual({ total: 0, citizens: [] });
    expect(await logRows()).toHaveLength(before);
  });

  it('refuses without a stated purpose, and logs nothing', async () => {
    const before = (await logRows()).length;
    const result = await list({}, { viewer: DIRECTOR });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('X-Tilsyn-Purpose'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await logRows()).toHaveLength(before);
  });

  it('names a wrong first, offset, period or scope', async () => {
    const wrong = [[{ first: 0 }, 'first'], [{ first: 201 }, 'first'], [{ offset: -1 }, 'offset'],
      [{ p: { from: '2024-07-01', to: '2024-06-30' } }, 'period'], [{ scope: 'NOPE' }, 'scope']] as const;
    for (const [variables, argument] of wrong) {
      const result = await list(variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message.startsWith(`${argument}: `)).toBe(true);
    }
    expect((await page({ first: 200 })).total).toBe(5);
  });

  it('is refused to the committee', async () => {
    const result = await list({}, { viewer: testViewer('committee'), purposeHeader: PURPOSE });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const CITIZEN = `query($pseudonym: String!, $a: Date) { citizen(pseudonym: $pseudonym, asOf: $a) {
  pseudonym asOf departments { id } otherCases
  cases { id citizenPseudonym department { id } receivedOn decidedOn closedOn outcome dueDate assignments { caseworker { id } from to } } } }`;

interface Overview {
  pseudonym: string; asOf: string; departments: { id: string }[]; otherCases: number;
  cases: { id: string; department: { id: string }; decidedOn: string | null; outcome: string | null; dueDate: string | null; assignments: { caseworker: { id: string } }[] }[];
}

async function citizen(pseudonym: string, asOf: string | null = AS_OF, identity: RequestIdentity = director): Promise<Overview | null> {
  const result = await api.run(CITIZEN, { pseudonym, a: asOf }, identity);
  expect(result.errors).toBeUndefined();
  return (result.data as { citizen: Overview | null }).citizen;
}

const caseIds = (o: Overview | null) => o!.cases.map((c) => c.id);
const departmentIds = (o: Overview | null) => o!.departments.map((d) => d.id);

describe('the citizen view', () => {
  it('shows all the citizen’s cases with their timeline, and logs them with the pseudonym', async () => {
    const o = await citizen('CIT-2');
    expect(o).toMatchObject({ pseudonym: 'CIT-2', asOf: AS_OF, otherCases: 0 });
    expect(caseIds(o)).toEqual(['K03', 'K04', 'K11']);
    expect(departmentIds(o)).toEqual(['A', 'B']);
    expect(o!.cases[0]).toMatchObject({ department: { id: 'A' }, decidedOn: '2024-03-01', outcome: 'GRANTED', dueDate: '2024-02-09' });
    expect(o!.cases[0]!.assignments.map((a) => a.caseworker.id)).toEqual(['W1', 'W2']);
    expect((await logRows()).at(-1)).toEqual({
      username: 'test-director', purpose: PURPOSE, operation: 'Query.citizen', case_ids: ['K03', 'K04', 'K11'], citizen_pseudonyms: ['CIT-2'],
    });
  });

  it('shows the cases as known on the as-of date', async () => {
    expect((await citizen('CIT-4'))!.cases[0]).toMatchObject({ id: 'K08', decidedOn: null, outcome: null });
    expect((await citizen('CIT-4', '2024-08-15'))!.cases[0]).toMatchObject({ id: 'K08', decidedOn: '2024-08-01', outcome: 'GRANTED' });
    expect(caseIds(await citizen('CIT-5'))).toEqual(['K13', 'K09']);
    expect(caseIds(await citizen('CIT-5', '2024-07-20'))).toEqual(['K13', 'K09', 'K24']);
    expect(departmentIds(await citizen('CIT-7'))).toEqual(['C', 'OTHER']);
  });

  it('cuts each case\'s timeline to the as-of date: later assignments do not exist, a later end is still open', async () => {
    // K03: W1 2024-01-10..01-31, W2 from 02-01. On 2024-01-20 only W1 holds it, with no end known yet.
    const o = await api.run(`query($p: String!, $a: Date) { citizen(pseudonym: $p, asOf: $a) { cases { id assignments { caseworker { id } from to } } } }`,
      { p: 'CIT-2', a: '2024-01-20' }, director);
    const k03 = (o.data as { citizen: { cases: { id: string; assignments: unknown[] }[] } }).citizen.cases.find((c) => c.id === 'K03');
    expect(k03!.assignments).toEqual([{ caseworker: { id: 'W1' }, from: '2024-01-10', to: null }]);
  });

  it('defaults the as-of date to today in Copenhagen', async () => {
    const o = await citizen('CIT-5', null);
    expect(o!.asOf).toBe(todayInCopenhagen(new Date()));
    expect(caseIds(o)).toEqual(['K13', 'K09', 'K24']);
  });

  it('shows a manager only the cases of their units and counts the others', async () => {
    const o = await citizen('CIT-2', AS_OF, managerOf('A', 9103));
    expect(caseIds(o)).toEqual(['K03']);
    expect(o).toMatchObject({ otherCases: 2, departments: [{ id: 'A' }, { id: 'B' }] });
    expect((await logRows()).at(-1)).toMatchObject({ operation: 'Query.citizen', case_ids: ['K03'], citizen_pseudonyms: ['CIT-2'] });
  });

  it('is null, and logs nothing, when the viewer may read none of the cases', async () => {
    const before = (await logRows()).length;
    expect(await citizen('CIT-9', AS_OF, managerOf('A', 9104))).toBeNull();
    expect(await citizen('NOBODY')).toBeNull();
    expect(await logRows()).toHaveLength(before);
  });

  it('refuses without a stated purpose, and logs nothing', async () => {
    const before = (await logRows()).length;
    const result = await api.run(CITIZEN, { pseudonym: 'CIT-2', a: AS_OF }, { viewer: DIRECTOR });
    expect(result.data).toEqual({ citizen: null });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('X-Tilsyn-Purpose'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await logRows()).toHaveLength(before);
  });
});
