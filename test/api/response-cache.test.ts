// Whole answers kept between requests (server/graphql/response-cache.ts): a repeated figure query
// runs no SQL; every access (role, a manager's departments) has its own answers; a mutation in this
// process shows at once and a write elsewhere (an import) within the version TTL; an answer that
// read personal data is never kept, so every such read is logged.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { DIRECTOR, startTestApi, testViewer, type TestApi } from '../helpers/api';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';
import { enableResponseCache, type ResponseCache } from '../../server/graphql/response-cache';
import { importDataSet } from '../../server/importer/service';
import { addUser } from '../../server/access/users';
import { queryRows } from '../../server/db/client';
import type { RequestIdentity } from '../../server/graphql/context';

const FIGURES = `query($period: PeriodInput!) { figures(scope: "ADM", period: $period, asOf: "2020-12-31") {
  timeliness { decided rate withheld } children { scope { id } timeliness { decided rate withheld } } } }`;
const TARGETS = '{ indicatorTargets(scope: "ADM") { department { id } indicator value } }';
const SET_TARGET = 'mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { value } }';
const OPEN_CASES = '{ openCases(scope: "ADM", asOf: "2020-12-31", filter: ALL) { total } }';
const variables = { period: { from: '2018-01-01', to: '2020-12-31' } };
const COMMITTEE = { viewer: testViewer('committee') };

let api: TestApi;
let cache: ResponseCache;
beforeAll(async () => {
  api = await startTestApi();
  // A long TTL: only this process's own writes may show before it runs out.
  cache = enableResponseCache(api.database.db, { versionTtlMs: 60_000 });
});
afterAll(async () => { await api?.stop(); });

/** Runs an operation and counts the SQL statements it sent. */
async function counted(source: string, vars: Record<string, unknown> = {}, identity: RequestIdentity = { viewer: DIRECTOR }) {
  const db = api.database.db;
  const spy = vi.spyOn(db, 'execute');
  try {
    const result = await api.run(source, vars, identity);
    expect(result.errors).toBeUndefined();
    return { data: result.data, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe('the response cache', () => {
  it('answers a repeated figure query with the same answer and no SQL at all', async () => {
    const first = await counted(FIGURES, variables);
    expect(first.statements).toBeGreaterThan(1);
    const second = await counted(FIGURES, { period: { to: '2020-12-31', from: '2018-01-01' } });
    expect(second.data).toEqual(first.data);
    expect(second.statements).toBe(0);
  });

  it('keeps the committee\'s disclosure-controlled answer apart from the director\'s', async () => {
    const director = JSON.stringify((await counted(FIGURES, variables)).data);
    const committee = await counted(FIGURES, variables, COMMITTEE);
    expect(committee.statements).toBeGreaterThan(0);
    expect(JSON.stringify(committee.data)).toContain('"withheld":true');
    expect(director).not.toContain('"withheld":true');
    expect((await counted(FIGURES, variables, COMMITTEE)).data).toEqual(committee.data);
  });

  it('gives managers of different departments different answers', async () => {
    const born = { viewer: testViewer('manager', ['BORN'], 9101) };
    expect((await counted(FIGURES, variables, born)).statements).toBeGreaterThan(0);
    // Another manager of the same department shares the answer; one of another department does not.
    expect((await counted(FIGURES, variables, { viewer: testViewer('manager', ['BORN'], 9103) })).statements).toBe(0);
    expect((await counted(FIGURES, variables, { viewer: testViewer('manager', ['VOKS'], 9102) })).statements).toBeGreaterThan(0);
  });

  it('shows a mutation of this process in the very next answer', async () => {
    const created = await addUser(api.database.db, { username: 'dir-cache', displayName: 'Dorthe', role: 'director', departmentIds: [] });
    const director = { viewer: { ...DIRECTOR, userId: created.id, username: 'dir-cache' } };
    const before = (await counted(TARGETS, {}, director)).data as { indicatorTargets: unknown[] };
    expect((await counted(TARGETS, {}, director)).statements).toBe(0);
    await counted(SET_TARGET, { input: { department: 'ADM', indicator: 'TIMELINESS', value: 0.75 } }, director);
    const after = await counted(TARGETS, {}, director);
    expect(after.statements).toBeGreaterThan(0);
    const targets = (after.data as { indicatorTargets: { department: { id: string }; indicator: string; value: number }[] }).indicatorTargets;
    expect(targets.length).toBeGreaterThan(before.indicatorTargets.length);
    expect(targets.find((t) => t.department.id === 'ADM' && t.indicator === 'TIMELINESS')?.value).toBe(0.75);
  });

  it('never keeps an answer that read personal data: each read is run and logged', async () => {
    const logged = async () => (await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from access_log`))[0]!.n;
    const before = await logged();
    const identity = { viewer: DIRECTOR, purposeHeader: 'OVERDUE_LIST' };
    await counted(OPEN_CASES, {}, identity);
    const again = await counted(OPEN_CASES, {}, identity);
    expect(again.statements).toBeGreaterThan(0);
    expect(await logged()).toBe(before + 2);
  });

  it('answers afresh after an import, once the content version is read again', async () => {
    await counted(FIGURES, variables);
    expect((await counted(FIGURES, variables)).statements).toBe(0);
    const result = await importDataSet(api.database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
    expect(result.status).toBe('succeeded');
    // Within the TTL the import (done outside GraphQL, as another process would) is not yet seen.
    expect((await counted(FIGURES, variables)).statements).toBe(0);
    const fresh = enableResponseCache(api.database.db, { versionTtlMs: 0 });
    expect(fresh).not.toBe(cache);
    expect((await counted(FIGURES, variables)).statements).toBeGreaterThan(0);
  });

  it('runs the query as usual when the content version cannot be read', async () => {
    const unreadable = enableResponseCache(api.database.db, { versionTtlMs: 0 });
    vi.spyOn(unreadable, 'contentVersion').mockRejectedValue(new Error('connection lost'));
    const result = await counted(FIGURES, variables);
    expect(result.statements).toBeGreaterThan(0);
    expect(unreadable.size).toBe(0);
  });
});
