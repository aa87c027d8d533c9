// Second-level review: the draw (size ⌈share × n⌉, at least one; order by SHA-256 of
// seed + ":second:" + case id; each case drawn once) and agreement per reviewer pair (percent, κ).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { startTestApi, type TestApi } from '../helpers/api';
import { answers, as, insertReview, insertRound, makeUser } from './review-fixture';

let api: TestApi;
let leder: Viewer, fremmed: Viewer, anna: Viewer, bo: Viewer, carl: Viewer, dora: Viewer;
let roundId: number;

const CASES = Array.from({ length: 11 }, (_, i) => `C-${i + 1}`);

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  leder = await makeUser(db, 'leder', 'manager', ['BCH']);
  fremmed = await makeUser(db, 'fremmed', 'manager', ['VOKS']);
  anna = await makeUser(db, 'anna', 'reviewer');
  bo = await makeUser(db, 'bo', 'reviewer');
  carl = await makeUser(db, 'carl', 'reviewer');
  dora = await makeUser(db, 'dora', 'reviewer');
  roundId = await insertRound(db, { scopeId: 'BCH', createdBy: leder.userId, seed: 'TILSYN-2026', strata: [
    { key: 'BORN', departmentId: 'BORN', frameSize: 20, sample: CASES, eliminated: ['C-11'] },
  ] });
  const first: Record<string, string> = { 'C-10': 'yyyyynyyy-', 'C-3': 'yy-yyyyyyy', 'C-2': 'yyyyyyyyyy' };
  for (const caseId of CASES.filter((c) => c !== 'C-9')) {
    await insertReview(db, {
      roundId, caseId, reviewerId: caseId === 'C-2' ? bo.userId : anna.userId, status: 'submitted',
      answers: answers(first[caseId] ?? 'yyyyyyyyyy'), overall: 'in_order', decision: 'upheld',
    });
  }
  await insertReview(db, { roundId, caseId: 'C-9', reviewerId: anna.userId, answers: answers('yyy.......') });
});
afterAll(async () => { await api.stop(); });

const DRAW = 'mutation($roundId: ID!, $share: Float) { drawSecondReviews(roundId: $roundId, share: $share) { stratumKey position } }';
const DRAW_DEFAULT = 'mutation($roundId: ID!) { drawSecondReviews(roundId: $roundId) { stratumKey position } }';
const positions = (result: { data?: Record<string, unknown> | null }) => (result.data!.drawSecondReviews as { position: number }[]).map((c) => `C-${c.position}`);

describe('drawing for a second review', () => {
  // printf '%s' 'TILSYN-2026:second:C-<i>' | sha256sum, ascending: C-10 C-3 C-2 C-5 C-8 C-7 C-11 C-1 C-6 C-4 C-9.
  // Eligible: submitted first-level reviews of cases in the sample, so not C-9 (draft) nor C-11 (eliminated).

  it('is refused to reviewers and managers of other subtrees, and for a share outside (0, 1]', async () => {
    expect((await api.run(DRAW, { roundId: String(roundId), share: 0.25 }, as(anna, roundId))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(DRAW, { roundId: String(roundId), share: 0.25 }, as(fremmed, roundId))).errors?.[0]?.message)
      .toBe(`roundId: review round ${roundId} does not exist or is not yours to run`);
    expect((await api.run(DRAW, { roundId: String(roundId), share: 0 }, as(leder, roundId))).errors?.[0]?.message).toBe('share: must be more than 0 and at most 1, got 0');
    expect((await api.run(DRAW, { roundId: String(roundId), share: 1.5 }, as(leder, roundId))).errors?.[0]?.message).toBe('share: must be more than 0 and at most 1, got 1.5');
  });

  it('takes ⌈share × n⌉ in hash order and logs one SECOND_LEVEL_DRAWN per case', async () => {
    const result = await api.run(DRAW, { roundId: String(roundId), share: 0.25 }, as(leder, roundId));
    expect(result.errors).toBeUndefined();
    // 9 eligible: ⌈2.25⌉ = 3.
    expect(positions(result)).toEqual(['C-10', 'C-3', 'C-2']);
    expect((result.data!.drawSecondReviews as { stratumKey: string }[]).every((c) => c.stratumKey === 'BORN')).toBe(true);
    const events = await queryRows<{ case_id: string; user_id: number }>(api.database.db,
      sql`select case_id, user_id from review_round_events where round_id = ${roundId} and kind = 'SECOND_LEVEL_DRAWN' order by id`);
    expect(events).toEqual(['C-10', 'C-3', 'C-2'].map((case_id) => ({ case_id, user_id: leder.userId })));
  });

  it('never draws a case twice: the default share of the 6 left gives 1, then all the rest, then none', async () => {
    expect(positions(await api.run(DRAW_DEFAULT, { roundId: String(roundId) }, as(leder, roundId)))).toEqual(['C-5']);
    expect(positions(await api.run(DRAW, { roundId: String(roundId), share: 1 }, as(leder, roundId)))).toEqual(['C-8', 'C-7', 'C-1', 'C-6', 'C-4']);
    expect(positions(await api.run(DRAW, { roundId: String(roundId), share: 1 }, as(leder, roundId)))).toEqual([]);
  });
});

describe('agreement between first and second reviewers', () => {
  it('gives percent agreement and κ per pair over the items both answered, submitted reviews of sampled cases only', async () => {
    const db = api.database.db;
    const second = (caseId: string, reviewer: Viewer, code: string, status: 'draft' | 'submitted' = 'submitted') => insertReview(db, {
      roundId, caseId, reviewerId: reviewer.userId, level: 'second', status, answers: answers(code), overall: 'in_order', decision: 'upheld',
    });
    await second('C-10', carl, 'yyyyyyyyn-');
    await second('C-3', carl, 'yy-yyyynyy');
    await second('C-2', dora, 'yyyyyyyyyy');
    await second('C-5', carl, 'nnnnnnnnnn', 'draft');
    await second('C-11', carl, 'nnnnnnnnnn');
    const result = await api.run(`query($id: ID!) { reviewRound(id: $id) { agreement { firstReviewer secondReviewer cases items percentAgreement kappa } } }`,
      { id: String(roundId) }, as(leder, roundId));
    expect(result.errors).toBeUndefined();
    const [annaCarl, boDora] = (result.data!.reviewRound as { agreement: Record<string, any>[] }).agreement;
    // ANNA–CARL, 20 item pairs: C-10 differs on items 6 and 9, C-3 on item 8 → 17 agree, p_o = 0.85.
    // First: yes 17, no 1, not relevant 2; second: yes 16, no 2, not relevant 2 →
    // p_e = (17·16 + 1·2 + 2·2) ÷ 400 = 278/400, κ = (340 − 278) ÷ (400 − 278) = 31/61.
    expect(annaCarl).toMatchObject({ firstReviewer: 'ANNA', secondReviewer: 'CARL', cases: 2, items: 20, percentAgreement: 0.85 });
    expect(annaCarl!.kappa).toBeCloseTo(31 / 61, 12);
    // BO–DORA: all yes on both sides → p_e = 1, κ undefined.
    expect(boDora).toEqual({ firstReviewer: 'BO', secondReviewer: 'DORA', cases: 1, items: 10, percentAgreement: 1, kappa: null });
  });
});
