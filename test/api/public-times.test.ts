// The public processing times through the API and over HTTP: publication off and on, the admin's
// settings, the hand-worked figures of test/public-times/fixture.ts, open data, and the request limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type http from 'node:http';
import { createHttpServer, SAFE_APP_CONFIG } from '../../server/http/app';
import { createPublicTimesRuntime } from '../../server/public-times/runtime';
import { NOT_PUBLISHED_MESSAGE } from '../../server/public-times/http';
import { startTestApi, testViewer, type TestApi } from '../helpers/api';
import { importPublicFixture } from '../public-times/fixture';

const ADMIN = { viewer: testViewer('admin') };
const ANONYMOUS = { viewer: null };
const TABLE = `{ publicProcessingTimes { published dataDate periodFrom generatedAt minimumDecisions rows {
  departmentId departmentName caseTypeId caseTypeName legalBasis deadline { value unit }
  decisions decisionsWithDeadline medianDays p80Days onTimeRate withheld withheldReason } } }`;
const SAVE = `mutation Save($input: PublicationSettingsInput!) { updatePublicationSettings(input: $input) { published departmentIds updatedAt updatedBy } }`;

let api: TestApi;
let clock = new Date('2025-07-01T06:00:00Z');
let server: http.Server;
let stopServer: () => Promise<void>;
let base: string;

async function publish(published: boolean, departmentIds: string[]) {
  const result = await api.run(SAVE, { input: { published, departmentIds } }, ADMIN);
  expect(result.errors).toBeUndefined();
  return result.data!.updatePublicationSettings as Record<string, unknown>;
}

beforeAll(async () => {
  api = await startTestApi({}, false);
  await importPublicFixture(api.database.db);
  ({ server, stop: stopServer } = await createHttpServer({
    handle: api.database, clientDir: '/nonexistent', now: () => clock,
    config: { ...SAFE_APP_CONFIG, publicRateLimit: { limit: 3, windowSeconds: 60 } },
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await stopServer?.();
  server?.close();
  await api?.stop();
});
// A fresh rate window for every test.
beforeEach(() => { clock = new Date(clock.getTime() + 3_600_000); });

describe('publicProcessingTimes', () => {
  it('says "not published" and shows nothing on a new installation', async () => {
    const result = await api.run(TABLE, {}, ANONYMOUS);
    expect(result.data!.publicProcessingTimes).toEqual({ published: false, dataDate: null, periodFrom: null, generatedAt: null, minimumDecisions: 20, rows: [] });
    expect((await api.run('{ publicationSettings { published departmentIds updatedAt } }', {}, ADMIN)).data!.publicationSettings)
      .toEqual({ published: false, departmentIds: [], updatedAt: null });
  });

  it('lets only an admin change the settings, naming an unknown department', async () => {
    const refused = await api.run(SAVE, { input: { published: true, departmentIds: [] } }, { viewer: testViewer('director') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.run(SAVE, { input: { published: true, departmentIds: ['A', 'NOPE'] } }, ADMIN);
    expect(bad.errors?.[0]).toMatchObject({ message: 'input.departmentIds: no department has the id "NOPE"', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await publish(true, ['A'])).toMatchObject({ published: true, departmentIds: ['A'], updatedBy: 'test-admin' });
  });

  it('shows the published department: 19 decisions → too few, no figures; 20 → median, p80, share on time', async () => {
    await publish(true, ['A']);
    const table = (await api.run(TABLE, {}, ANONYMOUS)).data!.publicProcessingTimes as any;
    expect(table).toMatchObject({ published: true, dataDate: '2025-06-30', periodFrom: '2024-07-01', minimumDecisions: 20 });
    expect(table.rows.map((r: any) => r.caseTypeId)).toEqual(['T19', 'T20']);
    expect(table.rows[0]).toEqual({
      departmentId: 'A', departmentName: 'Myndighed A', caseTypeId: 'T19', caseTypeName: 'Nitten afgørelser', legalBasis: 'Loven § 19',
      deadline: { value: 15, unit: 'DAYS' }, decisions: null, decisionsWithDeadline: null, medianDays: null, p80Days: null,
      onTimeRate: null, withheld: true, withheldReason: 'TOO_FEW_DECISIONS',
    });
    expect(table.rows[1]).toMatchObject({ decisions: 20, decisionsWithDeadline: 20, medianDays: 10.5, onTimeRate: 0.75, withheld: false, withheldReason: null });
    expect(table.rows[1].p80Days).toBeCloseTo(16.2, 12);
  });

  it('gives the deadline in force on the date of the figures after a change', async () => {
    await publish(true, ['B']);
    const rows = ((await api.run(TABLE, {}, ANONYMOUS)).data!.publicProcessingTimes as any).rows;
    expect(rows.find((r: any) => r.caseTypeId === 'CHG')).toMatchObject({ deadline: { value: 8, unit: 'WEEKS' }, decisions: 25, onTimeRate: 0.8 });
    expect(rows.find((r: any) => r.caseTypeId === 'FEWD')).toMatchObject({ decisions: 25, onTimeRate: null, withheld: true, withheldReason: 'TOO_FEW_WITH_DEADLINE' });
  });

  it('refuses a client address past its limit with RATE_LIMITED, and not another address', async () => {
    const publicTimes = createPublicTimesRuntime({ rateLimit: { limit: 2, windowSeconds: 60 } });
    const as = (clientAddress: string) => ({ viewer: null, publicTimes, clientAddress });
    for (let i = 0; i < 2; i += 1) expect((await api.run(TABLE, {}, as('203.0.113.9'))).errors).toBeUndefined();
    const refused = await api.run(TABLE, {}, as('203.0.113.9'));
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(refused.errors?.[0]?.message).toMatch(/try again in \d+ s/);
    expect((await api.run(TABLE, {}, as('198.51.100.1'))).errors).toBeUndefined();
  });
});

describe('open data over HTTP', () => {
  it('answers 404 with a message while publication is off', async () => {
    await publish(false, ['ROOT']);
    const csv = await fetch(`${base}/aabne-data/sagsbehandlingstider.csv`);
    expect([csv.status, (await csv.text()).trim()]).toEqual([404, NOT_PUBLISHED_MESSAGE]);
    const json = await fetch(`${base}/aabne-data/sagsbehandlingstider.json`);
    expect([json.status, await json.json()]).toEqual([404, { error: 'not-published', message: NOT_PUBLISHED_MESSAGE }]);
  });

  it('serves the published table as semicolon CSV with a BOM, and as JSON with described columns', async () => {
    await publish(true, ['ROOT']);
    const csv = await fetch(`${base}/aabne-data/sagsbehandlingstider.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('public, max-age=300');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFFdepartment_id;department;case_type_id;')).toBe(true);
    expect(text).toContain('A;Myndighed A;T20;Tyve afgørelser;Loven § 20;15;days;20;20;10.5;16.2');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(6); // header + 5 rows of ROOT's subtree
    const json: any = await (await fetch(`${base}/aabne-data/sagsbehandlingstider.json`)).json();
    expect(json).toMatchObject({ dataDate: '2025-06-30', periodFrom: '2024-07-01', minimumDecisions: 20 });
    expect(json.columns.find((c: any) => c.name === 'p80_days').description.da).toMatch(/80 %/);
    expect(json.rows.find((r: any) => r.case_type_id === 'CHG')).toMatchObject({ deadline_value: 8, deadline_unit: 'weeks', on_time_rate: 0.8 });
  });

  it('limits each client address over the open data and GraphQL together: 429 with Retry-After', async () => {
    await publish(true, ['ROOT']);
    for (let i = 0; i < 2; i += 1) expect((await fetch(`${base}/aabne-data/sagsbehandlingstider.json`)).status).toBe(200);
    const graphql = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ publicProcessingTimes { published } }' }) });
    expect((await graphql()).status).toBe(200);
    const refused = await fetch(`${base}/aabne-data/sagsbehandlingstider.csv`);
    expect([refused.status, refused.headers.get('retry-after')]).toEqual([429, '60']);
    const refusedGraphql = await graphql();
    expect([refusedGraphql.status, refusedGraphql.headers.get('retry-after')]).toEqual([429, '60']);
    expect(((await refusedGraphql.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
    clock = new Date(clock.getTime() + 60_000);
    expect((await fetch(`${base}/aabne-data/sagsbehandlingstider.csv`)).status).toBe(200);
  });
});
