// Planning and creating review rounds, listing them, who sees which, and closing: through the API
// on the hand-made deadlines data set (test/fixtures/deadlines/README.md), P = Q1 2024, A = 2024-04-10.
// Decided in P as of A: NORD M0 M1 M2 M5 H1 H2 (6), NORDA M3 M4 M6 H7 (4), SYD H3 H4 R1 (3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import type { TestApi } from '../helpers/api';
import { storeRoundFrame } from '../../server/reviews/frame-store';
import { addViewer, createRound, errorOf, roundInput, startDeadlinesApi, viewing, CREATE, type RoundOptions } from './review-round-helpers';

let api: TestApi;
let direktor: Viewer, leder: Viewer, fremmed: Viewer, anna: Viewer;

beforeAll(async () => {
  api = await startDeadlinesApi();
  const db = api.database.db;
  direktor = await addViewer(db, 'direktor', 'director');
  leder = await addViewer(db, 'leder', 'manager', { departmentIds: ['NORD'] });
  fremmed = await addViewer(db, 'fremmed', 'manager', { departmentIds: ['SYD'] });
  anna = await addViewer(db, 'anna', 'reviewer');
});
afterAll(async () => { await api.stop(); });

const SIZE = 'query($input: SampleSizeInput!) { sampleSize(input: $input) { frameSize byMargin binomial hypergeometric } }';
const PLAN = `query($input: ReviewPlanInput!) { reviewRoundPlan(input: $input) {
  frameSize allocated strata { key frameSize allocated department { id } caseType { id } } } }`;

function planInput(o: RoundOptions = {}): Record<string, unknown> {
  const { scope, frame, strata, allocation } = roundInput(o);
  return { scope, frame, strata, allocation };
}

async function plan(o: RoundOptions = {}, viewer: Viewer = direktor) {
  const result = await api.run(PLAN, { input: planInput(o) }, viewing(viewer, null));
  expect(result.errors).toBeUndefined();
  return result.data!.reviewRoundPlan as { frameSize: number; allocated: number; strata: { key: string; frameSize: number; allocated: number; department: { id: string }; caseType: { id: string } | null }[] };
}

const sizes = (p: Awaited<ReturnType<typeof plan>>) => p.strata.map((s) => [s.key, s.frameSize, s.allocated]);
const roundCount = async () => (await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from review_rounds`))[0]!.n;

describe('sampleSize', () => {
  it('gives the planned sizes of metrics.md', async () => {
    // n₀ = 1.96² · 0.25 ÷ 0.05² = 384.16; ÷ (1 + 383.16 ÷ 1000) = 277.7 → 278.
    expect((await api.run(SIZE, { input: { frameSize: 1000, margin: 0.05 } }, viewing(leder, null))).data!.sampleSize)
      .toEqual({ frameSize: 1000, byMargin: 278, binomial: null, hypergeometric: null });
    expect((await api.run(SIZE, { input: { frameSize: 50, tolerableRate: 0.1 } }, viewing(leder, null))).data!.sampleSize)
      .toEqual({ frameSize: 50, byMargin: null, binomial: 29, hypergeometric: 22 });
    expect(((await api.run(SIZE, { input: { frameSize: 100000, tolerableRate: 0.05, expectedDeviations: 0 } }, viewing(leder, null))).data!.sampleSize as { binomial: number }).binomial).toBe(59);
  });

  it('names the argument that is wrong', async () => {
    const error = async (input: Record<string, unknown>) => errorOf(await api.run(SIZE, { input }, viewing(leder, null)));
    expect(await error({ frameSize: 100, margin: 1.5 })).toBe('input.margin: must be more than 0 and less than 1, got 1.5');
    expect(await error({ frameSize: -1, margin: 0.1 })).toBe('input.frameSize: must be a whole number from 0 to 100,000,000, got -1');
    expect(await error({ frameSize: 100, tolerableRate: 0 })).toBe('input.tolerableRate: must be more than 0 and at most 1, got 0');
    expect(await error({ frameSize: 100, tolerableRate: 0.1, expectedDeviations: -2 })).toBe('input.expectedDeviations: must be a whole number, 0 or more, got -2');
  });
});

describe('reviewRoundPlan', () => {
  it('allocates proportionally by largest remainder over the departments of the frame', async () => {
    // 5 × 6/13 = 2 r4, 5 × 4/13 = 1 r7, 5 × 3/13 = 1 r2: the unit left goes to NORDA (remainder 7).
    const p = await plan({ allocation: { method: 'PROPORTIONAL', total: 5 } });
    expect({ frameSize: p.frameSize, allocated: p.allocated }).toEqual({ frameSize: 13, allocated: 5 });
    expect(sizes(p)).toEqual([['NORD', 6, 2], ['NORDA', 4, 2], ['SYD', 3, 1]]);
    expect(p.strata.map((s) => [s.department.id, s.caseType])).toEqual([['NORD', null], ['NORDA', null], ['SYD', null]]);
  });

  it('allocates equally, never more than a stratum holds', async () => {
    expect(sizes(await plan({ allocation: { method: 'EQUAL', perStratum: 4 } }))).toEqual([['NORD', 6, 4], ['NORDA', 4, 4], ['SYD', 3, 3]]);
  });

  it('stratifies by department and case type (key dept/type), at least one per stratum', async () => {
    // Quotas 6 × N_h ÷ 13 for 2 4 1 3 2 1: floors 0 1 0 1 0 0, remainders 12 11 6 5 12 6; four units left go to
    // NORD/HJM and SYD/HJM (12; equal size, smaller key first), NORD/MDR (11), NORDA/HJM (6, before SYD/RAD by key).
    // SYD/RAD is left at 0 and gets 1, so 7 in all.
    const p = await plan({ strata: 'DEPARTMENT_AND_CASE_TYPE', allocation: { method: 'PROPORTIONAL', total: 6 } });
    expect(sizes(p)).toEqual([
      ['NORD/HJM', 2, 1], ['NORD/MDR', 4, 2], ['NORDA/HJM', 1, 1], ['NORDA/MDR', 3, 1], ['SYD/HJM', 2, 1], ['SYD/RAD', 1, 1],
    ]);
    expect(p.allocated).toBe(7);
    expect(p.strata.map((s) => `${s.department.id}|${s.caseType?.id}`)).toEqual(['NORD|HJM', 'NORD|MDR', 'NORDA|HJM', 'NORDA|MDR', 'SYD|HJM', 'SYD|RAD']);
  });

  it('takes the frame as known on the as-of date, the backlog, case types and the scope subtree', async () => {
    const equal = { method: 'EQUAL' as const, perStratum: 1 };
    // As of 15 March, M3 (29 Mar), M4 (30 Mar) and M6 (20 Mar) are not decided yet; H4 (decided on A) is.
    expect(sizes(await plan({ asOf: '2024-03-15', allocation: equal }))).toEqual([['NORD', 6, 1], ['NORDA', 1, 1], ['SYD', 3, 1]]);
    // Open on A: W2 O2 O4 O5 | H6 O3 | O1 (H6 and W2 end after A; X1 is received after A).
    expect(sizes(await plan({ kind: 'OPEN_AT', allocation: equal }))).toEqual([['NORD', 4, 1], ['NORDA', 2, 1], ['SYD', 1, 1]]);
    // HJM only: H1 H2 | H7 | H3 H4.
    expect(sizes(await plan({ caseTypes: ['HJM'], allocation: equal }))).toEqual([['NORD', 2, 1], ['NORDA', 1, 1], ['SYD', 2, 1]]);
    expect(sizes(await plan({ scope: 'NORD', allocation: equal }))).toEqual([['NORD', 6, 1], ['NORDA', 4, 1]]);
    expect(await plan({ period: { from: '2030-01-01', to: '2030-12-31' } })).toEqual({ frameSize: 0, allocated: 0, strata: [] });
  });

  it('never counts a withdrawn case as decided, even with a decision date', async () => {
    const db = api.database.db;
    await db.execute(sql`update cases set decided_on = '2024-02-15' where case_id = 'W1'`);
    try {
      expect(sizes(await plan({ allocation: { method: 'EQUAL', perStratum: 1 } }))[0]).toEqual(['NORD', 6, 1]);
      await db.execute(sql`update cases set outcome = 'granted' where case_id = 'W1'`);
      expect(sizes(await plan({ allocation: { method: 'EQUAL', perStratum: 1 } }))[0]).toEqual(['NORD', 7, 1]);
    } finally {
      await db.execute(sql`update cases set decided_on = null, outcome = 'withdrawn' where case_id = 'W1'`);
    }
  });

  it('refuses bad plans naming the argument, and scopes outside a manager\'s departments', async () => {
    const error = async (o: RoundOptions, viewer: Viewer = direktor) => errorOf(await api.run(PLAN, { input: planInput(o) }, viewing(viewer, null)));
    expect(await error({ period: null })).toBe('input.frame.period: is required for DECIDED_IN_PERIOD');
    expect(await error({ period: { from: '2024-03-01', to: '2024-02-01' } })).toBe('input.frame.period: from (2024-03-01) is after to (2024-02-01)');
    expect(await error({ caseTypes: ['HJM', 'NOPE'] })).toBe('input.frame.caseTypes: no case type has the id "NOPE"');
    expect(await error({ scope: 'NOWHERE' })).toBe('input.scope: no department has the id "NOWHERE"');
    expect(await error({ allocation: { method: 'EQUAL' } })).toBe('input.allocation.perStratum: is required for EQUAL');
    expect(await error({ allocation: { method: 'PROPORTIONAL', total: 0 } })).toBe('input.allocation.total: must be a whole number from 1 to 10,000, got 0');
    expect(await error({ scope: 'ROOT' }, leder)).toBe('input.scope: you may not run review rounds in department "ROOT": it is outside your departments');
    expect(await error({ scope: 'NORD' }, fremmed)).toBe('input.scope: you may not run review rounds in department "NORD": it is outside your departments');
    expect(sizes(await plan({ scope: 'NORDA', allocation: { method: 'EQUAL', perStratum: 1 } }, leder))).toEqual([['NORDA', 4, 1]]);
  });
});

describe('createReviewRound', () => {
  it('validates everything before it writes, naming the argument', async () => {
    const error = async (o: RoundOptions & { name?: string }, viewer: Viewer = direktor) =>
      errorOf(await api.run(CREATE, { input: roundInput(o) }, viewing(viewer)));
    expect(await error({ name: ' ' })).toBe('input.name: must be 1–120 characters, got 0');
    expect(await error({ name: 'x'.repeat(121) })).toBe('input.name: must be 1–120 characters, got 121');
    expect(await error({ seed: '' })).toBe('input.seed: must be 1–200 characters, got 0');
    expect(await error({ seed: 's'.repeat(201) })).toBe('input.seed: must be 1–200 characters, got 201');
    expect(await error({ reserveShare: 1.5 })).toBe('input.reserveShare: must be from 0 to 1, got 1.5');
    expect(await error({ reserveShare: -0.1 })).toBe('input.reserveShare: must be from 0 to 1, got -0.1');
    expect(await error({ scope: 'ROOT' }, leder)).toBe('input.scope: you may not run review rounds in department "ROOT": it is outside your departments');
    expect(await error({ period: { from: '2030-01-01', to: '2030-12-31' } }))
      .toBe('input.frame: no case in department "ROOT" or below was decided from 2030-01-01 to 2030-12-31 (as known on 2024-04-10) and not drawn in an earlier round: the frame is empty');
    expect(await error({ kind: 'OPEN_AT', asOf: '2020-01-01', caseTypes: ['RAD'], excludeEarlierRounds: false }))
      .toBe('input.frame: no case in department "ROOT" or below of case type RAD was open on 2020-01-01: the frame is empty');
    expect(await roundCount()).toBe(0);
  });

  it('stores the round, its frame per stratum (its ids, in any order), the draw with reserves, the newest checklist and CREATED', async () => {
    const round = await createRound(api, leder, { name: '  Nord, første kvartal ', scope: 'NORD', allocation: { method: 'EQUAL', perStratum: 2 }, reserveShare: 0.5 });
    expect(round.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(round.frame.size).toBe(10);
    expect(round.strata.map((s) => [s.key, s.frameSize, s.allocated, s.drawn.length, s.reserve.length])).toEqual([['NORD', 6, 2, 2, 1], ['NORDA', 4, 2, 2, 1]]);
    const db = api.database.db;
    const [stored] = await queryRows<{ name: string; checklist_version: number; allocation_size: number; reserve_share: number }>(db,
      sql`select name, checklist_version, allocation_size, reserve_share from review_rounds where id = ${Number(round.id)}`);
    expect(stored).toEqual({ name: 'Nord, første kvartal', checklist_version: 1, allocation_size: 2, reserve_share: 0.5 });
    // The frame's ids are stored just after the draw (the server's keeper does it at once).
    const frameIds = sql`select stratum_key, array(select unnest(frame_case_ids) order by 1) as frame_case_ids, frame_size, allocated from review_strata where round_id = ${Number(round.id)} order by stratum_key`;
    expect((await queryRows<{ frame_case_ids: string[] | null }>(db, sql`select frame_case_ids from review_strata where round_id = ${Number(round.id)}`))
      .map((s) => s.frame_case_ids)).toEqual([null, null]);
    await storeRoundFrame(db, Number(round.id));
    expect(await queryRows(db, frameIds)).toEqual([
      { stratum_key: 'NORD', frame_case_ids: ['H1', 'H2', 'M0', 'M1', 'M2', 'M5'], frame_size: 6, allocated: 2 },
      { stratum_key: 'NORDA', frame_case_ids: ['H7', 'M3', 'M4', 'M6'], frame_size: 4, allocated: 2 },
    ]);
    const events = await queryRows<{ kind: string; user_id: number }>(db, sql`select kind, user_id from review_round_events where round_id = ${Number(round.id)}`);
    expect(events).toEqual([{ kind: 'CREATED', user_id: leder.userId }]);
  });

  it('keeps the checklist version it starts with: a new round takes the newest', async () => {
    const db = api.database.db;
    await db.execute(sql`insert into checklist_templates (version, items) select 2, items from checklist_templates where version = 1`);
    const round = await createRound(api, direktor, { scope: 'SYD', excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 1 } });
    const result = await api.run('query($id: ID!) { reviewRound(id: $id) { checklist { version } } }', { id: round.id }, viewing(direktor, null));
    expect(result.data).toEqual({ reviewRound: { checklist: { version: 2 } } });
  });
});

describe('reviewRounds and reviewRound', () => {
  const LIST = 'query($scope: ID) { reviewRounds(scope: $scope) { id name scope { id } status createdBy progress { sampled assigned submitted eliminated } } }';
  const list = async (viewer: Viewer, scope?: string) => {
    const result = await api.run(LIST, scope ? { scope } : {}, viewing(viewer, null));
    expect(result.errors).toBeUndefined();
    return result.data!.reviewRounds as { id: string; name: string; scope: { id: string }; status: string; createdBy: string; progress: Record<string, number> }[];
  };

  it('lists rounds newest first, narrowed to what the viewer may see', async () => {
    const root = await createRound(api, direktor, { name: 'Hele forvaltningen', excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 1 } });
    const all = await list(direktor);
    expect(all.map((r) => r.scope.id)).toEqual(['ROOT', 'SYD', 'NORD']);
    expect(all[0]).toMatchObject({ id: root.id, status: 'IN_REVIEW', createdBy: 'DIREKTOR', progress: { sampled: 3, assigned: 0, submitted: 0, eliminated: 0 } });
    // The manager of NORD sees the NORD round (NORDA would count too), not ROOT's or SYD's; the one of SYD only SYD's.
    expect((await list(leder)).map((r) => r.scope.id)).toEqual(['NORD']);
    expect((await list(fremmed)).map((r) => r.scope.id)).toEqual(['SYD']);
    expect((await list(direktor, 'NORD')).map((r) => r.scope.id)).toEqual(['NORD']);
    expect(errorOf(await api.run(LIST, { scope: 'NOPE' }, viewing(direktor, null)))).toBe('scope: no department has the id "NOPE"');
  });

  it('shows a reviewer only rounds with a case assigned to them', async () => {
    expect(await list(anna)).toEqual([]);
    const [nord] = await list(leder);
    const sampled = await queryRows<{ case_id: string }>(api.database.db, sql`select case_id from sampled_cases where round_id = ${Number(nord!.id)} and not from_reserve order by case_id limit 1`);
    const assign = await api.run('mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { status } }',
      { input: { roundId: nord!.id, caseIds: [sampled[0]!.case_id], username: 'anna' } }, viewing(leder, nord!.id));
    expect(assign.data).toEqual({ assignReviewer: [{ status: 'ASSIGNED' }] });
    expect((await list(anna)).map((r) => r.id)).toEqual([nord!.id]);
    const one = 'query($id: ID!) { reviewRound(id: $id) { id } }';
    expect((await api.run(one, { id: nord!.id }, viewing(anna, null))).data).toEqual({ reviewRound: { id: nord!.id } });
    const [rootRound] = await list(direktor);
    expect((await api.run(one, { id: rootRound!.id }, viewing(anna, null))).data).toEqual({ reviewRound: null });
    expect((await api.run(one, { id: nord!.id }, viewing(fremmed, null))).data).toEqual({ reviewRound: null });
    expect((await api.run(one, { id: '999' }, viewing(direktor, null))).data).toEqual({ reviewRound: null });
    expect(errorOf(await api.run(one, { id: 'abc' }, viewing(direktor, null)))).toBe('id: "abc" is not a review round id');
  });
});

describe('closeReviewRound', () => {
  const CLOSE = 'mutation($id: ID!) { closeReviewRound(id: $id) { status closedAt } }';

  it('is refused while cases or follow-up actions are left, then closes once and logs CLOSED', async () => {
    const db = api.database.db;
    const round = await createRound(api, fremmed, { name: 'Syd', scope: 'SYD', excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 2 } });
    const roundId = Number(round.id);
    const refusal = async () => errorOf(await api.run(CLOSE, { id: round.id }, viewing(fremmed, null)));
    expect(await refusal()).toBe(`id: review round ${roundId} cannot be closed yet: 2 sampled cases are neither submitted nor eliminated`);
    expect(errorOf(await api.run(CLOSE, { id: round.id }, viewing(leder, null)))).toBe(`roundId: review round ${roundId} does not exist or is not yours to run`);
    const [first, second] = round.strata[0]!.drawn.map((c) => c.id);
    await db.execute(sql`insert into reviews (round_id, case_id, level, reviewer_id, status, saved_at, submitted_at)
      values (${roundId}, ${first}, 'first', ${anna.userId}, 'submitted', now(), now())`);
    await db.execute(sql`insert into follow_up_actions (round_id, text, responsible, due_on, created_by)
      values (${roundId}, 'Partshøring', 'Leder', '2024-06-01', ${fremmed.userId}), (${roundId}, 'Klagevejledning', 'Leder', '2024-06-01', ${fremmed.userId})`);
    expect(await refusal()).toBe(`id: review round ${roundId} cannot be closed yet: 2 follow-up actions are neither done nor dropped and 1 sampled case is neither submitted nor eliminated`);
    const status = async () => ((await api.run('query($id: ID!) { reviewRound(id: $id) { status } }', { id: round.id }, viewing(fremmed, null))).data!.reviewRound as { status: string }).status;
    expect(await status()).toBe('IN_REVIEW');
    await db.execute(sql`insert into reviews (round_id, case_id, level, reviewer_id, status, saved_at, submitted_at)
      values (${roundId}, ${second}, 'first', ${anna.userId}, 'submitted', now(), now())`);
    expect(await status()).toBe('FOLLOW_UP');
    await db.execute(sql`update follow_up_actions set status = 'done' where round_id = ${roundId} and text = 'Partshøring'`);
    expect(await refusal()).toBe(`id: review round ${roundId} cannot be closed yet: 1 follow-up action is neither done nor dropped`);
    await db.execute(sql`update follow_up_actions set status = 'dropped', drop_reason = 'Dækket af kursus' where round_id = ${roundId}`);
    const closed = await api.run(CLOSE, { id: round.id }, viewing(fremmed, null));
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeReviewRound).toMatchObject({ status: 'CLOSED', closedAt: expect.stringMatching(/^\d{4}-/) });
    expect(await refusal()).toBe(`roundId: review round ${roundId} is closed; it can no longer be changed`);
    const kinds = await queryRows<{ kind: string }>(db, sql`select kind from review_round_events where round_id = ${roundId} order by id`);
    expect(kinds.map((k) => k.kind)).toEqual(['CREATED', 'CLOSED']);
  });
});

describe('the stored frame', () => {
  it('is kept out of line and uncompressed (compressing a million ids cost more than the draw)', async () => {
    const [column] = await queryRows<{ storage: string }>(api.database.db, sql`select attstorage as storage from pg_attribute
      where attrelid = 'review_strata'::regclass and attname = 'frame_case_ids'`);
    expect(column).toEqual({ storage: 'e' });
  });
});
