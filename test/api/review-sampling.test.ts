// The reserve and replacement, the exclusion of earlier rounds, the purpose of case-level reads,
// and Verify: through the API on the deadlines data set (README there; P = Q1 2024, A = 2024-04-10),
// plus the synthetic department SYNT (review-round-helpers.ts). The draw itself: review-draw.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { storeRoundFrame } from '../../server/reviews/frame-store';
import type { TestApi } from '../helpers/api';
import { accessLogOf, addSyntheticDepartment, addViewer, createRound, errorOf, ids, startDeadlinesApi, storeWaitingFrames, SYNT, viewing, type CreatedRound } from './review-round-helpers';

let api: TestApi;
let direktor: Viewer;
const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

beforeAll(async () => {
  api = await startDeadlinesApi();
  direktor = await addViewer(api.database.db, 'direktor', 'director');
  await addSyntheticDepartment(api.database.db);
});
afterAll(async () => { await api.stop(); });

const ROUND = `query($id: ID!) { reviewRound(id: $id) {
  sample { case { id } stratumKey position fromReserve replaces status }
  eliminations { caseId reason note replacementCaseId by }
  progress { sampled assigned submitted eliminated }
  events { kind caseId detail } } }`;
const ELIMINATE = 'mutation($input: EliminationInput!) { eliminateSampledCase(input: $input) { caseId reason note replacementCaseId by } }';

describe('eliminating and replacing', () => {
  let round: CreatedRound;
  let nord: CreatedRound['strata'][number];
  const eliminate = (caseId: string, reason = 'TRANSFERRED', note?: string, viewer = direktor) =>
    api.run(ELIMINATE, { input: { roundId: round.id, caseId, reason, ...(note === undefined ? {} : { note }) } }, viewing(viewer, round.id));

  beforeAll(async () => {
    // NORD holds 6 cases: 2 drawn, reserve ⌈1 × 2⌉ = 2.
    round = await createRound(api, direktor, { scope: 'NORD', seed: 'ELIM', reserveShare: 1, excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 2 } });
    nord = round.strata.find((s) => s.key === 'NORD')!;
    expect(nord.reserve).toHaveLength(2);
  });

  it('replaces eliminated cases with the reserve in hash order, then reports the reserve used up', async () => {
    const [d1, d2] = ids(nord.drawn);
    const [r1, r2] = ids(nord.reserve);
    expect((await eliminate(d1!)).data!.eliminateSampledCase).toEqual({ caseId: d1, reason: 'TRANSFERRED', note: null, replacementCaseId: r1, by: 'DIREKTOR' });
    expect((await eliminate(d2!, 'OTHER', 'Borgeren er flyttet')).data!.eliminateSampledCase)
      .toEqual({ caseId: d2, reason: 'OTHER', note: 'Borgeren er flyttet', replacementCaseId: r2, by: 'DIREKTOR' });
    // A reserve case in the sample can leave it too; the reserve is used up now.
    expect((await eliminate(r1!, 'CONFLICT_OF_INTEREST')).data!.eliminateSampledCase).toMatchObject({ caseId: r1, replacementCaseId: null });
    const read = (await api.run(ROUND, { id: round.id }, viewing(direktor, round.id))).data!.reviewRound as Record<string, any>;
    expect(read.sample.filter((c: any) => c.stratumKey === 'NORD').map((c: any) => [c.case.id, c.position, c.fromReserve, c.replaces, c.status])).toEqual([
      [d1, 1, false, null, 'ELIMINATED'], [d2, 2, false, null, 'ELIMINATED'], [r1, 3, true, d1, 'ELIMINATED'], [r2, 4, true, d2, 'UNASSIGNED'],
    ]);
    expect(read.progress).toEqual({ sampled: 3, assigned: 0, submitted: 0, eliminated: 3 });
    expect(read.eliminations.map((e: any) => [e.caseId, e.reason, e.replacementCaseId])).toEqual([
      [d1, 'TRANSFERRED', r1], [d2, 'OTHER', r2], [r1, 'CONFLICT_OF_INTEREST', null],
    ]);
    expect(read.events.map((e: any) => [e.kind, e.caseId])).toEqual([
      ['CREATED', null], ['ELIMINATED', d1], ['REPLACED', r1], ['ELIMINATED', d2], ['REPLACED', r2], ['ELIMINATED', r1],
    ]);
    expect(JSON.parse(read.events[2].detail)).toEqual({ replaces: d1 });
  });

  it('refuses cases not in the sample, already eliminated or submitted, and OTHER without a note', async () => {
    const [d1] = ids(nord.drawn);
    const unused = ids(round.strata.find((s) => s.key === 'NORDA')!.reserve)[0]!;
    const roundId = Number(round.id);
    expect(errorOf(await eliminate(unused))).toBe(`input.caseId: case "${unused}" is not in the sample of review round ${roundId}`);
    expect(errorOf(await eliminate('NOPE'))).toBe(`input.caseId: case "NOPE" is not in the sample of review round ${roundId}`);
    expect(errorOf(await eliminate(d1!))).toBe(`input.caseId: case ${d1} was already eliminated from review round ${roundId}`);
    const [n1, n2] = ids(round.strata.find((s) => s.key === 'NORDA')!.drawn);
    expect(errorOf(await eliminate(n1!, 'OTHER'))).toBe('input.note: is required when the reason is OTHER');
    expect(errorOf(await eliminate(n1!, 'OTHER', 'x'.repeat(501)))).toBe('input.note: must be 1–500 characters, got 501');
    await api.database.db.execute(sql`insert into reviews (round_id, case_id, level, reviewer_id, status, saved_at, submitted_at)
      values (${roundId}, ${n2}, 'first', ${direktor.userId}, 'submitted', now(), now())`);
    expect(errorOf(await eliminate(n2!))).toBe(`input.caseId: case ${n2} has a submitted review; reopen the review before eliminating the case`);
    const noPurpose = await api.run(ELIMINATE, { input: { roundId: round.id, caseId: n1, reason: 'TRANSFERRED' } }, viewing(direktor, null));
    expect(errorOf(noPurpose)).toMatch(/^State why you read personal data: send the header X-Tilsyn-Purpose/);
    const events = await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from review_round_events where round_id = ${roundId}`);
    expect(events[0]!.n).toBe(6);
  });

  it('removes the draft review of an eliminated case, and logs the read of both cases', async () => {
    const roundId = Number(round.id);
    const [n1] = ids(round.strata.find((s) => s.key === 'NORDA')!.drawn);
    await api.database.db.execute(sql`insert into reviews (round_id, case_id, level, reviewer_id) values (${roundId}, ${n1}, 'first', ${direktor.userId})`);
    const result = await eliminate(n1!, 'NOT_YET_DOCUMENTED');
    const replacement = (result.data!.eliminateSampledCase as { replacementCaseId: string }).replacementCaseId;
    expect(replacement).toBe(ids(round.strata.find((s) => s.key === 'NORDA')!.reserve)[0]);
    expect(await queryRows(api.database.db, sql`select id from reviews where round_id = ${roundId} and case_id = ${n1}`)).toEqual([]);
    expect((await accessLogOf(api.database.db, 'Mutation.eliminateSampledCase')).at(-1)).toMatchObject({ case_ids: [n1, replacement], purpose: 'REVIEW_ROUND', purpose_reference: round.id });
  });
});

describe('leaving out cases of earlier rounds', () => {
  it('leaves out drawn cases and used reserve cases of every earlier round, not unused reserve', async () => {
    const db = api.database.db;
    const frameNow = async () => {
      await storeRoundFrame(db, Number((await queryRows<{ id: number }>(db, sql`select max(id) as id from review_rounds`))[0]!.id));
      return (await queryRows<{ frame_case_ids: string[] }>(db, sql`select frame_case_ids from review_strata
        where round_id = (select max(id) from review_rounds)`)).flatMap((s) => s.frame_case_ids).sort(code);
    };
    const taken = async () => (await queryRows<{ case_id: string }>(db, sql`select distinct case_id from sampled_cases
      where not from_reserve or replaces_case_id is not null`)).map((r) => r.case_id);
    const unusedReserve = async () => (await queryRows<{ case_id: string }>(db, sql`select case_id from sampled_cases s
      where from_reserve and replaces_case_id is null and not exists (select 1 from sampled_cases t where t.case_id = s.case_id and (not t.from_reserve or t.replaces_case_id is not null))`)).map((r) => r.case_id);
    const before = await taken();
    expect(before.length).toBeGreaterThan(0);
    const round = await createRound(api, direktor, { allocation: { method: 'EQUAL', perStratum: 1 } });
    const all = ['H1', 'H2', 'H3', 'H4', 'H7', 'M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'R1'];
    expect(await frameNow()).toEqual(all.filter((id) => !before.includes(id)));
    expect(round.frame.size).toBe(all.filter((id) => !before.includes(id)).length);
    const spare = (await unusedReserve()).filter((id) => all.includes(id));
    expect(spare.length).toBeGreaterThan(0);
    expect(spare.every((id) => all.filter((c) => !before.includes(c)).includes(id))).toBe(true);
    // Without the exclusion every decided case is in the frame again.
    expect((await createRound(api, direktor, { excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 1 } })).frame.size).toBe(13);
  });
});

describe('the purpose of reading a round\'s cases', () => {
  it('must name the round read, or no round; a purpose naming another round is refused and nothing is logged', async () => {
    const options = { excludeEarlierRounds: false, allocation: { method: 'EQUAL' as const, perStratum: 1 } };
    const a = await createRound(api, direktor, { ...options, seed: 'PURPOSE-A' });
    const b = await createRound(api, direktor, { ...options, seed: 'PURPOSE-B' });
    const SAMPLE = 'query($id: ID!) { reviewRound(id: $id) { sample { case { id } } } }';
    const logged = async () => (await accessLogOf(api.database.db, 'ReviewRound.sample')).length;
    const before = await logged();
    const wrong = await api.run(SAMPLE, { id: a.id }, viewing(direktor, b.id));
    expect(errorOf(wrong)).toBe(`X-Tilsyn-Purpose: names review round ${b.id}, but this reads the cases of round ${a.id}: `
      + `state REVIEW_ROUND:${a.id}, or REVIEW_ROUND without a round`);
    expect(await logged()).toBe(before);
    for (const identity of [viewing(direktor, a.id), viewing(direktor)]) {
      const read = await api.run(SAMPLE, { id: a.id }, identity);
      expect(read.errors).toBeUndefined();
      expect((read.data!.reviewRound as { sample: unknown[] }).sample.length).toBeGreaterThan(0);
    }
    expect(await logged()).toBe(before + 2);
  });
});

const VERIFY = 'query($id: ID!) { reviewRound(id: $id) { verification { sampleIdentical frameUnchanged differenceCount differences { kind stratumKey caseId } } } }';

describe('verification', () => {
  const verify = async (roundId: string, viewer: Viewer = direktor) => {
    const result = await api.run(VERIFY, { id: roundId }, viewing(viewer, roundId));
    expect(result.errors).toBeUndefined();
    return (result.data!.reviewRound as { verification: Record<string, any> }).verification;
  };
  const identical = { sampleIdentical: true, frameUnchanged: true, differenceCount: 0, differences: [] };

  it('finds an untouched round identical, also after later rounds and later replacements', async () => {
    // The backlog on A (H6 W2 O1–O5), which no round of this file has touched yet.
    const backlog = { kind: 'OPEN_AT' as const, allocation: { method: 'EQUAL' as const, perStratum: 1 } };
    const first = await createRound(api, direktor, { ...backlog, seed: 'VERIFY', excludeEarlierRounds: false, reserveShare: 1 });
    expect(await verify(first.id)).toEqual(identical);
    // A later round leaves out what `first` drew; that does not change `first`'s frame, nor its own.
    const later = await createRound(api, direktor, { ...backlog, seed: 'LATER' });
    expect(later.frame.size).toBe(4);
    expect(await verify(first.id)).toEqual(identical);
    expect(await verify(later.id)).toEqual(identical);
    // `first` now takes a reserve case that is in `later`'s frame: `later` was drawn before that.
    const laterFrame = (await queryRows<{ id: string }>(api.database.db, sql`select unnest(frame_case_ids) as id from review_strata
      where round_id = ${Number(later.id)}`)).map((r) => r.id);
    const stratum = first.strata.find((s) => laterFrame.includes(ids(s.reserve)[0]!))!;
    expect(stratum).toBeDefined();
    const eliminated = await api.run(ELIMINATE, { input: { roundId: first.id, caseId: ids(stratum.drawn)[0], reason: 'TRANSFERRED' } }, viewing(direktor, first.id));
    expect((eliminated.data!.eliminateSampledCase as { replacementCaseId: string }).replacementCaseId).toBe(ids(stratum.reserve)[0]);
    expect(await verify(later.id)).toEqual(identical);
    expect(await verify(first.id)).toEqual(identical);
  });

  it('detects a tampered sample row and a frame the data no longer gives', async () => {
    const db = api.database.db;
    const round = await createRound(api, direktor, { seed: 'TAMPER', excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 2 } });
    const roundId = Number(round.id);
    const original = ids(round.strata.find((s) => s.key === 'NORD')!.drawn)[0]!;
    await db.execute(sql`update sampled_cases set case_id = 'O4' where round_id = ${roundId} and stratum_key = 'NORD' and position = 1`);
    expect(await verify(round.id)).toEqual({
      sampleIdentical: false, frameUnchanged: true, differenceCount: 2,
      differences: [{ kind: 'MISSING_FROM_ROUND', stratumKey: 'NORD', caseId: original }, { kind: 'NOT_IN_REDRAW', stratumKey: 'NORD', caseId: 'O4' }],
    });
    await db.execute(sql`update sampled_cases set case_id = ${original} where round_id = ${roundId} and case_id = 'O4'`);
    expect(await verify(round.id)).toEqual(identical);
    // A re-import moves M0's decision after P and decides H5 (received in P) within it (having
    // stored the frames still waiting first, as an import does).
    await storeWaitingFrames(db);
    await db.execute(sql`update cases set decided_on = '2024-04-02' where case_id = 'M0'`);
    await db.execute(sql`update cases set decided_on = '2024-03-30' where case_id = 'H5'`);
    try {
      expect(await verify(round.id)).toEqual({
        sampleIdentical: true, frameUnchanged: false, differenceCount: 2,
        differences: [{ kind: 'ADDED_TO_FRAME', stratumKey: 'NORD', caseId: 'H5' }, { kind: 'REMOVED_FROM_FRAME', stratumKey: 'NORD', caseId: 'M0' }],
      });
      const log = (await accessLogOf(db, 'ReviewRound.verification')).at(-1);
      expect(log).toMatchObject({ case_ids: ['H5', 'M0'], purpose: 'REVIEW_ROUND', purpose_reference: round.id });
      const withoutPurpose = await api.run(VERIFY, { id: round.id }, viewing(direktor, null));
      expect(errorOf(withoutPurpose)).toMatch(/^State why you read personal data/);
    } finally {
      await db.execute(sql`update cases set decided_on = '2024-01-12' where case_id = 'M0'`);
      await db.execute(sql`update cases set decided_on = '2024-04-05' where case_id = 'H5'`);
    }
    expect(await verify(round.id)).toEqual(identical);
  });

  it('lists at most 200 differences and counts them all', async () => {
    const db = api.database.db;
    const round = await createRound(api, direktor, { ...SYNT, strata: 'DEPARTMENT', seed: 'MANY', allocation: { method: 'EQUAL', perStratum: 5 } });
    // An import stores the frames still waiting before it changes a case; so does this test.
    await storeWaitingFrames(db);
    await db.execute(sql`update cases set decided_on = '2024-05-01' where department_id = 'SYNT'`);
    try {
      const v = await verify(round.id);
      expect({ frameUnchanged: v.frameUnchanged, differenceCount: v.differenceCount, listed: v.differences.length }).toEqual({ frameUnchanged: false, differenceCount: 300, listed: 200 });
      expect(v.differences.every((d: { kind: string }) => d.kind === 'REMOVED_FROM_FRAME')).toBe(true);
    } finally {
      await db.execute(sql`update cases set decided_on = '2024-02-01'::date + (substring(citizen_id from 4)::int % 50) where department_id = 'SYNT'`);
    }
  });
});
