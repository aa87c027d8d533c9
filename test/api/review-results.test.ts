// ReviewRound.results by hand, and the CSV exports of a round. Checklist v1: items 1, 2, 4, 5, 6, 10
// are mandatory safeguards, 3, 7, 8, 9 procedural.
//
// Round R2 (scope BCH): strata A (N = 40: A1 A2 A3, A4 eliminated), B (N = 10: B1 B2), C (N = 5: Z1, a
// draft only, so no answers). Submitted first-level answers (y yes, n no, - not relevant):
//   A1 yy-yyyyyyy in order, upheld       A2 nyyyyyyyyy minor, changed       A3 yynyyyyyyy in order, upheld
//   B1 nyyyyyyyyy significant, remitted  B2 yyy-yyyyyy in order, upheld
// A4 (eliminated) and a second-level review of A1 (all no) are not counted.
// Item 1: A 2/3, B 1/2 → pooled 3/5; W = 40/50, 10/50 → p_st = 0.8·2/3 + 0.2·1/2 = 19/30,
//   SE² = 0.64·(1 − 3/40)·(2/9)/3 + 0.04·(1 − 2/10)·(1/4)/2.
// Item 3: A yes 1 no 1 (A1 not relevant), B 2/2 → pooled 3/4, p_st = 0.8·1/2 + 0.2·1 = 0.6, SE² = 0.64·(1 − 2/40)·(1/4)/2.
// Item 4: A 3/3, B 1/1 (B2 not relevant) → 4/4, p_st = 1, SE 0.
// In order: A 2/3, B 1/2 → like item 1. Mandatory breach (a NO on item 1 here): A2, B1 → A 1/3, B 1/2,
//   pooled 2/5, p_st = 0.8/3 + 0.1 = 11/30 (same SE as item 1). Upheld 3/5, changed 1/5, remitted 1/5.
// Previous round of BCH: R1 (A, N = 20: P1 all yes in order; P2 no on item 1, minor) → item 1 1/2,
// item 3 1, item 4 1, in order 1/2. R0 (older, no reviews) is R1's previous; X (scope ADM) is nobody's.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { createHttpServer, SAFE_APP_CONFIG } from '../../server/http/app';
import { issueApiToken } from '../../server/access/tokens';
import type { Viewer } from '../../server/access/viewer';
import { startTestApi, type TestApi } from '../helpers/api';
import { answers, as, insertReview, insertRound, makeUser } from './review-fixture';

const Z = 1.959964;
/** Wilson 95 % interval written out (metrics.md), for the expected values. */
function wilson(successes: number, trials: number) {
  const p = successes / trials;
  const d = 1 + (Z * Z) / trials;
  const centre = (p + (Z * Z) / (2 * trials)) / d;
  const half = (Z / d) * Math.sqrt((p * (1 - p)) / trials + (Z * Z) / (4 * trials * trials));
  return { successes, trials, estimate: p, lower: successes === 0 ? 0 : centre - half, upper: successes === trials ? 1 : centre + half };
}

let api: TestApi;
let leder: Viewer, anna: Viewer;
let r0: number, r1: number, r2: number;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  leder = await makeUser(db, 'leder', 'manager', ['BCH']);
  anna = await makeUser(db, 'anna', 'reviewer');
  const bo = await makeUser(db, 'bo', 'reviewer');
  const carl = await makeUser(db, 'carl', 'reviewer');
  const by = leder.userId;
  r0 = await insertRound(db, { scopeId: 'BCH', createdBy: by, seed: 'R0', createdAt: new Date('2025-01-01T00:00:00Z'), strata: [{ key: 'A', departmentId: 'BORN', frameSize: 10, sample: ['P0'] }] });
  r1 = await insertRound(db, { scopeId: 'BCH', createdBy: by, seed: 'R1', createdAt: new Date('2025-06-01T00:00:00Z'), strata: [{ key: 'A', departmentId: 'BORN', frameSize: 20, sample: ['P1', 'P2'] }] });
  const x = await insertRound(db, { scopeId: 'ADM', createdBy: by, seed: 'X', createdAt: new Date('2025-09-01T00:00:00Z'), strata: [{ key: 'A', departmentId: 'BORN', frameSize: 5, sample: ['Q1'] }] });
  r2 = await insertRound(db, { scopeId: 'BCH', createdBy: by, seed: 'R2', createdAt: new Date('2026-01-01T00:00:00Z'), strata: [
    { key: 'A', departmentId: 'BORN', frameSize: 40, sample: ['A1', 'A2', 'A3', 'A4'], eliminated: ['A4'] },
    { key: 'B', departmentId: 'VOKS', frameSize: 10, sample: ['B1', 'B2'] },
    { key: 'C', departmentId: 'BORN', frameSize: 5, sample: ['Z1'] },
  ] });
  const submitted = (roundId: number, caseId: string, code: string, overall: 'in_order' | 'minor_deficiencies' | 'significant_deficiencies',
    decision: 'upheld' | 'changed' | 'remitted', reviewerId = anna.userId, level: 'first' | 'second' = 'first') =>
    insertReview(db, { roundId, caseId, reviewerId, level, status: 'submitted', answers: answers(code), overall, decision });
  await submitted(r1, 'P1', 'yyyyyyyyyy', 'in_order', 'upheld');
  await submitted(r1, 'P2', 'nyyyyyyyyy', 'minor_deficiencies', 'changed');
  await submitted(x, 'Q1', 'nnnnnnnnnn', 'significant_deficiencies', 'remitted');
  await submitted(r2, 'A1', 'yy-yyyyyyy', 'in_order', 'upheld');
  await submitted(r2, 'A2', 'nyyyyyyyyy', 'minor_deficiencies', 'changed');
  await submitted(r2, 'A3', 'yynyyyyyyy', 'in_order', 'upheld', bo.userId);
  await submitted(r2, 'A4', 'nnnnnnnnnn', 'significant_deficiencies', 'remitted');
  await submitted(r2, 'B1', 'nyyyyyyyyy', 'significant_deficiencies', 'remitted', bo.userId);
  await submitted(r2, 'B2', 'yyy-yyyyyy', 'in_order', 'upheld', bo.userId);
  await submitted(r2, 'A1', 'nnnnnnnnnn', 'significant_deficiencies', 'remitted', carl.userId, 'second');
  await insertReview(db, { roundId: r2, caseId: 'Z1', reviewerId: anna.userId, answers: answers('yyyy......') });
});
afterAll(async () => { await api.stop(); });

const PROPORTION = 'successes trials estimate lower upper';
const SCOPE = `pooled { ${PROPORTION} } stratified { estimate standardError lower upper } strata { stratumKey frameSize proportion { ${PROPORTION} } }`;
const RESULTS = `query($id: ID!) { reviewRound(id: $id) { results {
  reviewed previousRoundId inOrderChangeSincePrevious minorDeficiencies significantDeficiencies
  items { item { number ruleType } compliance { ${SCOPE} } notRelevant changeSincePrevious }
  inOrder { ${SCOPE} } mandatoryBreach { ${SCOPE} }
  upheld { ${PROPORTION} } changed { ${PROPORTION} } remitted { ${PROPORTION} } } } }`;

async function results(id: number, viewer = leder) {
  const result = await api.run(RESULTS, { id: String(id) }, as(viewer, id));
  expect(result.errors).toBeUndefined();
  return (result.data!.reviewRound as { results: Record<string, any> }).results;
}

function expectClose(actual: Record<string, number | null>, expected: Record<string, number | null>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(value, 12);
  }
}

const SE_1 = Math.sqrt(0.64 * (1 - 3 / 40) * (2 / 9) / 3 + 0.04 * (1 - 2 / 10) * 0.25 / 2);
const SE_3 = Math.sqrt(0.64 * (1 - 2 / 40) * 0.25 / 2);
const EMPTY = { successes: 0, trials: 0, estimate: null, lower: null, upper: null };

describe('results of a round', () => {
  it('count the submitted first-level reviews of cases still in the sample', async () => {
    const r = await results(r2);
    expect(r.reviewed).toBe(5);
    expect(r.items).toHaveLength(10);
    expect([r.minorDeficiencies, r.significantDeficiencies]).toEqual([1, 1]);
  });

  it('give item 1 pooled, stratified by frame size and per stratum (C without answers)', async () => {
    const item = (await results(r2)).items[0];
    expect(item.item).toEqual({ number: 1, ruleType: 'MANDATORY_SAFEGUARD' });
    expectClose(item.compliance.pooled, wilson(3, 5));
    expectClose(item.compliance.stratified, { estimate: 19 / 30, standardError: SE_1, lower: 19 / 30 - 1.96 * SE_1, upper: 1 });
    expect(item.compliance.strata.map((s: any) => [s.stratumKey, s.frameSize])).toEqual([['A', 40], ['B', 10], ['C', 5]]);
    expectClose(item.compliance.strata[0].proportion, wilson(2, 3));
    expectClose(item.compliance.strata[1].proportion, wilson(1, 2));
    expect(item.compliance.strata[2].proportion).toEqual(EMPTY);
    expect(item.notRelevant).toBe(0);
    expect(item.changeSincePrevious).toBeCloseTo(19 / 30 - 1 / 2, 12);
  });

  it('leave "not relevant" out of the share and count it apart', async () => {
    const items = (await results(r2)).items;
    expect(items[2].notRelevant).toBe(1);
    expectClose(items[2].compliance.pooled, wilson(3, 4));
    expectClose(items[2].compliance.stratified, { estimate: 0.6, standardError: SE_3, lower: 0.6 - 1.96 * SE_3, upper: 1 });
    expect(items[2].changeSincePrevious).toBeCloseTo(0.6 - 1, 12);
    expect(items[3].notRelevant).toBe(1);
    expectClose(items[3].compliance.pooled, wilson(4, 4));
    expectClose(items[3].compliance.stratified, { estimate: 1, standardError: 0, lower: 1, upper: 1 });
    expect(items[3].changeSincePrevious).toBe(0);
  });

  it('give the share in order, the mandatory-safeguard breaches and the decision assessments', async () => {
    const r = await results(r2);
    expectClose(r.inOrder.pooled, wilson(3, 5));
    expectClose(r.inOrder.stratified, { estimate: 19 / 30, standardError: SE_1, lower: 19 / 30 - 1.96 * SE_1, upper: 1 });
    expect(r.inOrderChangeSincePrevious).toBeCloseTo(19 / 30 - 1 / 2, 12);
    expectClose(r.mandatoryBreach.pooled, wilson(2, 5));
    expectClose(r.mandatoryBreach.stratified, { estimate: 11 / 30, standardError: SE_1, lower: 0, upper: 11 / 30 + 1.96 * SE_1 });
    expectClose(r.mandatoryBreach.strata[0].proportion, wilson(1, 3));
    expect(r.mandatoryBreach.strata[2].proportion).toEqual(EMPTY);
    expectClose(r.upheld, wilson(3, 5));
    expectClose(r.changed, wilson(1, 5));
    expectClose(r.remitted, wilson(1, 5));
  });

  it('compare with the latest earlier round of the same scope; no change where either has no estimate', async () => {
    expect((await results(r2)).previousRoundId).toBe(String(r1));
    const first = await results(r1);
    expect(first.previousRoundId).toBe(String(r0));
    expect(first.items.map((i: any) => i.changeSincePrevious)).toEqual(Array(10).fill(null));
    expect(first.inOrderChangeSincePrevious).toBeNull();
    const none = await results(r0);
    expect(none).toMatchObject({ reviewed: 0, previousRoundId: null, upheld: EMPTY });
    expect(none.items[0].compliance.stratified).toBeNull();
  });
});

describe('the CSV exports', () => {
  let server: http.Server;
  let stop: () => Promise<void>;
  let base: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const db = api.database.db;
    const committee = await makeUser(db, 'udvalg', 'committee');
    const other = await makeUser(db, 'ole', 'reviewer');
    for (const viewer of [leder, anna, committee, other]) tokens[viewer.username] = (await issueApiToken(db, viewer.userId, 'test', new Date())).token;
    ({ server, stop } = await createHttpServer({ handle: api.database, clientDir: '/nonexistent', config: SAFE_APP_CONFIG }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await stop();
    server.close();
  });

  const get = (path: string, username?: string) =>
    fetch(`${base}${path}`, { headers: username ? { authorization: `Bearer ${tokens[username]}` } : {} });
  const text = async (response: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

  it('give the results with a BOM, semicolons and decimal commas to whoever may see the round', async () => {
    const response = await get(`/reviews/${r2}/results.csv`, 'leder');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`tilsyn-runde-${r2}-resultater.csv`);
    const lines = (await text(response)).split('\r\n');
    expect(lines[0]).toBe('\uFEFFMål;Tekst;Niveau;Stratum;Rammestørrelse;Tæller;Nævner;Andel;Nedre 95 %;Øvre 95 %;Standardfejl;Ikke relevant;Ændring siden forrige runde');
    const item3 = lines.filter((line) => line.startsWith('Punkt 3;'));
    expect(item3).toHaveLength(5);
    expect(item3[0]).toMatch(/;Samlet \(puljet\);;;3;4;0,75;0,3006\d+;0,9544\d+;;1;$/);
    expect(item3[1]).toMatch(/;Samlet \(stratificeret\);;;;;0,6;0,0596\d+;1;0,2756\d+;;-0,4$/);
    expect(item3[4]).toMatch(/;Stratum;C;5;0;0;;;;;;$/);
    expect(lines.find((line) => line.startsWith('Hjemvises;'))).toMatch(/^Hjemvises;Afgørelsen ville blive hjemvises;Samlet \(puljet\);;;1;5;0,2;0,036224108\d+;0,624465372\d+;;;$/);
    expect((await get(`/reviews/${r2}/results.csv`, 'anna')).status).toBe(200);
  });

  it('refuse the anonymous, roles without review rounds, unknown rounds and rounds not theirs', async () => {
    expect((await get(`/reviews/${r2}/results.csv`)).status).toBe(401);
    expect((await get(`/reviews/${r2}/results.csv`, 'udvalg')).status).toBe(403);
    expect((await get(`/reviews/${r2}/results.csv`, 'ole')).status).toBe(404);
    expect((await get('/reviews/9999/results.csv', 'leder')).status).toBe(404);
    expect((await get('/reviews/x1/results.csv', 'leder')).status).toBe(400);
  });

  it('give the sample with review outcomes only to whoever runs the round, logged as a read for the round', async () => {
    expect((await get(`/reviews/${r2}/reviews.csv`, 'anna')).status).toBe(403);
    const response = await get(`/reviews/${r2}/reviews.csv`, 'leder');
    expect(response.status).toBe(200);
    const lines = (await text(response)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toContain('Punkt 10;2. gennemgang: gennemgår');
    expect(lines[1]).toMatch(/^A;1;Nej;;A1;;;;;;;ANNA;Indsendt;I orden;Stadfæstes;\d{4}-[^;]+;Ja;Ja;Ikke relevant;Ja;Ja;Ja;Ja;Ja;Ja;Ja;CARL;Indsendt;Væsentlige mangler;Hjemvises$/);
    expect(lines[4]).toMatch(/^A;4;Nej;;A4;;;;;Overført;/);
    expect(lines[7]).toMatch(/^C;1;Nej;;Z1;;;;;;;ANNA;Kladde;;;;Ja;Ja;Ja;Ja;;;;;;;;;;$/);
    const log = await queryRows<{ username: string; purpose: string; purpose_reference: string; case_ids: string[] }>(api.database.db,
      sql`select username, purpose, purpose_reference, case_ids from access_log where operation = ${`GET /reviews/${r2}/reviews.csv`}`);
    expect(log).toEqual([{ username: 'leder', purpose: 'REVIEW_ROUND', purpose_reference: String(r2), case_ids: ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'Z1'] }]);
  });
});
