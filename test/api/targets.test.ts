// Directors' targets through the API on the small data set (ADM > BCH > BORN, VOKS): inheritance
// from the nearest ancestor, the history of sets and clears, validation and who may write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addUser } from '../../server/access/users';
import type { Role } from '../../server/access/roles';
import type { Viewer } from '../../server/access/viewer';
import { queryRows } from '../../server/db/client';
import { startTestApi, type TestApi } from '../helpers/api';

let api: TestApi;
let director: Viewer;
let deputy: Viewer;
let manager: Viewer;

async function user(username: string, displayName: string, role: Role, departmentIds: string[] = []): Promise<Viewer> {
  const created = await addUser(api.database.db, { username, displayName, role, departmentIds });
  return { userId: created.id, username, displayName, role, departmentIds, via: 'session' };
}

beforeAll(async () => {
  api = await startTestApi();
  director = await user('direktoer', 'Dorthe Direktør', 'director');
  deputy = await user('vicedirektoer', 'Viggo Vice', 'director');
  manager = await user('leder', 'Lis Leder', 'manager', ['BORN']);
});
afterAll(async () => { await api.stop(); });

const TARGET = 'department { id } indicator value low high setOn { id } inherited setBy setAt';
const SET = `mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { ${TARGET} } }`;
const CLEAR = `mutation($department: ID!, $indicator: IndicatorKey!) { clearIndicatorTarget(department: $department, indicator: $indicator) { ${TARGET} } }`;
const IN_SCOPE = `query($scope: ID!) { indicatorTargets(scope: $scope) { ${TARGET} } }`;
const HISTORY = `query($department: ID!, $indicator: IndicatorKey) { indicatorTargetHistory(department: $department, indicator: $indicator) {
  department { id } indicator value low high cleared setBy setAt } }`;

interface Target { department: { id: string }; indicator: string; value: number | null; low: number | null; high: number | null; setOn: { id: string }; inherited: boolean; setBy: string; setAt: string }

async function ok<T>(source: string, variables: Record<string, unknown>, viewer: Viewer = director): Promise<T> {
  const result = await api.run(source, variables, { viewer });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}

const set = (input: Record<string, unknown>, viewer: Viewer = director) => ok<Target>(SET, { input }, viewer);
const inScope = async (scope: string, indicator = 'TIMELINESS') =>
  (await ok<Target[]>(IN_SCOPE, { scope })).filter((t) => t.indicator === indicator).map((t) => [t.department.id, t.value, t.setOn.id, t.inherited]);

describe('inheritance', () => {
  it('puts a target set on the root in force for every department below it, the grandchild included', async () => {
    const before = Date.now();
    const target = await set({ department: 'ADM', indicator: 'TIMELINESS', value: 0.8 });
    expect(target).toMatchObject({ department: { id: 'ADM' }, indicator: 'TIMELINESS', value: 0.8, low: null, high: null, setOn: { id: 'ADM' }, inherited: false, setBy: 'Dorthe Direktør' });
    expect(Date.parse(target.setAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect(await inScope('ADM')).toEqual([
      ['ADM', 0.8, 'ADM', false], ['BCH', 0.8, 'ADM', true], ['BORN', 0.8, 'ADM', true], ['VOKS', 0.8, 'ADM', true],
    ]);
    expect(await inScope('BORN')).toEqual([['BORN', 0.8, 'ADM', true]]);
  });

  it('lets a target set on the child override the root for the child and its subtree', async () => {
    await set({ department: 'BCH', indicator: 'TIMELINESS', value: 0.9 }, deputy);
    expect(await inScope('ADM')).toEqual([
      ['ADM', 0.8, 'ADM', false], ['BCH', 0.9, 'BCH', false], ['BORN', 0.9, 'BCH', true], ['VOKS', 0.9, 'BCH', true],
    ]);
  });

  it('makes the child inherit again when its own target is cleared', async () => {
    const inForce = await ok<Target>(CLEAR, { department: 'BCH', indicator: 'TIMELINESS' });
    expect(inForce).toMatchObject({ department: { id: 'BCH' }, value: 0.8, setOn: { id: 'ADM' }, inherited: true, setBy: 'Dorthe Direktør' });
    expect(await inScope('BCH')).toEqual([['BCH', 0.8, 'ADM', true], ['BORN', 0.8, 'ADM', true], ['VOKS', 0.8, 'ADM', true]]);
  });

  it('keeps indicators apart, and a band is a band', async () => {
    await set({ department: 'VOKS', indicator: 'CASELOAD', low: 20, high: 30 });
    const caseload = (await ok<Target[]>(IN_SCOPE, { scope: 'BCH' })).filter((t) => t.indicator === 'CASELOAD');
    expect(caseload).toEqual([expect.objectContaining({ department: { id: 'VOKS' }, value: null, low: 20, high: 30, inherited: false })]);
    expect(await inScope('BCH')).toEqual([['BCH', 0.8, 'ADM', true], ['BORN', 0.8, 'ADM', true], ['VOKS', 0.8, 'ADM', true]]);
  });

  it('returns null when clearing leaves nothing in force, and writes nothing when there is nothing to clear', async () => {
    expect(await ok<Target | null>(CLEAR, { department: 'VOKS', indicator: 'CASELOAD' })).toBeNull();
    const count = async () => (await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from indicator_target_changes`))[0]!.n;
    const rows = await count();
    expect(await ok<Target | null>(CLEAR, { department: 'VOKS', indicator: 'CASELOAD' })).toBeNull();
    expect(await ok<Target>(CLEAR, { department: 'BORN', indicator: 'TIMELINESS' })).toMatchObject({ setOn: { id: 'ADM' } });
    expect(await count()).toBe(rows);
  });
});

describe('history', () => {
  it('lists a department\'s sets and clears newest first, with who and when', async () => {
    const history = await ok<Record<string, unknown>[]>(HISTORY, { department: 'BCH', indicator: 'TIMELINESS' }, manager);
    expect(history).toEqual([
      { department: { id: 'BCH' }, indicator: 'TIMELINESS', value: null, low: null, high: null, cleared: true, setBy: 'Dorthe Direktør', setAt: expect.any(String) },
      { department: { id: 'BCH' }, indicator: 'TIMELINESS', value: 0.9, low: null, high: null, cleared: false, setBy: 'Viggo Vice', setAt: expect.any(String) },
    ]);
    expect(history[0]!.setAt! >= history[1]!.setAt!).toBe(true);
  });

  it('lists every indicator when none is named, and only the department\'s own changes', async () => {
    const history = await ok<{ indicator: string; cleared: boolean }[]>(HISTORY, { department: 'VOKS' });
    expect(history.map((h) => [h.indicator, h.cleared])).toEqual([['CASELOAD', true], ['CASELOAD', false]]);
    expect(await ok<unknown[]>(HISTORY, { department: 'BORN' })).toEqual([]);
  });

  it('cannot be changed or deleted in the database', async () => {
    await expect(api.database.db.execute(sql`update indicator_target_changes set value = 0.1`)).rejects.toThrow();
    await expect(api.database.db.execute(sql`delete from indicator_target_changes`)).rejects.toThrow();
  });
});

describe('refusals', () => {
  const refusal = async (source: string, variables: Record<string, unknown>, viewer: Viewer = director) => {
    const result = await api.run(source, variables, { viewer });
    return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message };
  };

  it('refuses a band without its upper bound', async () => {
    expect(await refusal(SET, { input: { department: 'BCH', indicator: 'CASELOAD', low: 20 } }))
      .toEqual({ code: 'BAD_USER_INPUT', message: 'input.high: CASELOAD is judged against a band: high is required' });
  });

  it('refuses a share of 1.5', async () => {
    expect(await refusal(SET, { input: { department: 'BCH', indicator: 'FIXED_CASEWORKER_SHARE', value: 1.5 } }))
      .toEqual({ code: 'BAD_USER_INPUT', message: 'input.value: is a share and must be between 0 and 1, got 1.5' });
  });

  it('refuses an unknown department', async () => {
    expect(await refusal(SET, { input: { department: 'NOPE', indicator: 'TIMELINESS', value: 0.9 } }))
      .toEqual({ code: 'BAD_USER_INPUT', message: 'input.department: no department has the id "NOPE"' });
    expect((await refusal(CLEAR, { department: 'NOPE', indicator: 'TIMELINESS' })).code).toBe('BAD_USER_INPUT');
    expect((await refusal(IN_SCOPE, { scope: 'NOPE' })).code).toBe('BAD_USER_INPUT');
    expect((await refusal(HISTORY, { department: 'NOPE' })).code).toBe('BAD_USER_INPUT');
  });

  it('lets no manager set or clear a target, even in the manager\'s own department', async () => {
    expect((await refusal(SET, { input: { department: 'BORN', indicator: 'TIMELINESS', value: 0.9 } }, manager)).code).toBe('FORBIDDEN');
    expect((await refusal(CLEAR, { department: 'BORN', indicator: 'TIMELINESS' }, manager)).code).toBe('FORBIDDEN');
    expect(await inScope('BORN')).toEqual([['BORN', 0.8, 'ADM', true]]);
  });
});
