// The draw, the reserve and replacement, the exclusion of earlier rounds, and Verify: through the
// API on the deadlines data set (README there; P = Q1 2024, A = 2024-04-10), plus a synthetic
// department of 300 cases with awkward ids where the SQL draw is checked against the pure one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { drawStratum, reserveSize, sampleHash } from '../../server/stats/hash-order';
import { cutoffFor, drawSample, sampleFromPass } from '../../server/reviews/sample-draw';
import { framePass, hashInputOf, type HashInput } from '../../server/reviews/frame-pass';
import type { FrameSpec } from '../../server/reviews/plan-input';
import { storeRoundFrame } from '../../server/reviews/frame-store';
import { frameSpecOf } from '../../server/reviews/frame-queries';
import { reviewRounds } from '../../server/db/review-schema';
import { eq } from 'drizzle-orm';
import type { TestApi } from '../helpers/api';
import { accessLogOf, addViewer, createRound, errorOf, ids, startDeadlinesApi, storeWaitingFrames, viewing, type CreatedRound } from './review-round-helpers';

let api: TestApi;
let direktor: Viewer;
const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

beforeAll(async () => {
  api = await startDeadlinesApi();
  const db = api.database.db;
  direktor = await addViewer(db, 'direktor', 'director');
  // SYNT, a tree of its own (ROOT's frames stay as the README counts them): 300 cases decided in Q1,
  // half MDR and half HJM, ids mixing case, digits and æøå (code-unit order differs from a Danish or
  // English collation for these).
  await db.execute(sql`insert into departments (department_id, name, parent_id) values ('SYNT', 'Syntetisk', null)`);
  await db.execute(sql`insert into department_closure (ancestor_id, descendant_id, depth) values ('SYNT', 'SYNT', 0)`);
  await db.execute(sql`insert into cases (case_id, citizen_id, case_type_id, department_id, received_on, decided_on, outcome)
    select (array['S-', 's-', 'Æ-', 'ø', 'Z/', 'a.'])[1 + i % 6] || i, 'SYN' || i, case when i % 2 = 0 then 'MDR' else 'HJM' end,
      'SYNT', '2024-01-02'::date, '2024-02-01'::date + (i % 50), 'granted'
    from generate_series(1, 300) i`);
});
afterAll(async () => { await api.stop(); });

const SYNT = { scope: 'SYNT', excludeEarlierRounds: false, strata: 'DEPARTMENT_AND_CASE_TYPE' as const };

async function storedRound(roundId: string) {
  const db = api.database.db;
  await storeRoundFrame(db, Number(roundId));
  const strata = await queryRows<{ stratum_key: string; allocated: number; frame_case_ids: string[] }>(db,
    sql`select stratum_key, allocated, frame_case_ids from review_strata where round_id = ${Number(roundId)} order by stratum_key`);
  const sampled = await queryRows<{ stratum_key: string; case_id: string; position: number; from_reserve: boolean }>(db,
    sql`select stratum_key, case_id, position, from_reserve from sampled_cases where round_id = ${Number(roundId)} order by stratum_key, position`);
  return { strata, sampled };
}

describe('the draw', () => {
  it('in SQL equals the pure drawStratum on the stored frame, for any seed and reserve share', async () => {
    const synt = await queryRows<{ case_id: string; case_type_id: string }>(api.database.db, sql`select case_id, case_type_id from cases where department_id = 'SYNT'`);
    const frameOf = (type: string) => synt.filter((c) => c.case_type_id === type).map((c) => c.case_id).sort(code);
    const plans = [
      { seed: 'TILSYN-2026', reserveShare: 0.2, perStratum: 15 },
      { seed: 'Ærø ✓ 2026', reserveShare: 0.35, perStratum: 7 },
      { seed: 'a:b:c', reserveShare: 1, perStratum: 40 },
      { seed: ' 0 ', reserveShare: 0, perStratum: 150 },
    ];
    for (const p of plans) {
      const round = await createRound(api, direktor, { ...SYNT, seed: p.seed, reserveShare: p.reserveShare, allocation: { method: 'EQUAL', perStratum: p.perStratum } });
      expect(round.seed).toBe(p.seed);
      const { strata, sampled } = await storedRound(round.id);
      expect(strata.map((s) => s.stratum_key)).toEqual(['SYNT/HJM', 'SYNT/MDR']);
      for (const stratum of strata) {
        const type = stratum.stratum_key.split('/')[1]!;
        expect([...stratum.frame_case_ids].sort(code)).toEqual(frameOf(type));
        const pure = drawStratum(frameOf(type), p.seed, p.perStratum, p.reserveShare);
        const mine = sampled.filter((s) => s.stratum_key === stratum.stratum_key);
        expect(mine.filter((s) => !s.from_reserve).map((s) => s.case_id), `${p.seed} ${type} drawn`).toEqual(pure.drawn);
        expect(mine.filter((s) => s.from_reserve).map((s) => s.case_id), `${p.seed} ${type} reserve`).toEqual(pure.reserve);
        expect(mine.map((s) => s.position)).toEqual(mine.map((_, i) => i + 1));
        expect(pure.reserve.length).toBe(Math.min(reserveSize(p.perStratum, p.reserveShare), 150 - Math.min(150, p.perStratum)));
      }
      const api2 = round.strata.find((s) => s.key === 'SYNT/MDR')!;
      expect(ids(api2.drawn)).toEqual(drawStratum(frameOf('MDR'), p.seed, p.perStratum, p.reserveShare).drawn);
    }
  });

  it('narrows the hash sort with a cutoff that never changes the result, and falls back when a stratum comes back short', async () => {
    // (need + 8√need + 16) ÷ N of 2^48: 18 of 150 → 0.4498… → 0x7325…; half the stratum or more → no cutoff.
    expect(cutoffFor(18, 150)).toBe(Math.floor(((18 + 8 * Math.sqrt(18) + 16) / 150) * 2 ** 48).toString(16).padStart(12, '0'));
    expect(cutoffFor(1, 1_000_000)).toBe(Math.floor((25 / 1_000_000) * 2 ** 48).toString(16).padStart(12, '0'));
    expect(cutoffFor(40, 150)).toBeNull();
    const round = await createRound(api, direktor, { ...SYNT, seed: 'CUTOFF', allocation: { method: 'EQUAL', perStratum: 10 } });
    const [row] = await api.database.db.select().from(reviewRounds).where(eq(reviewRounds.id, Number(round.id)));
    const spec = frameSpecOf(row!);
    const strata = round.strata.map((s) => ({ key: s.key, departmentId: 'SYNT', frameSize: s.frameSize, allocated: s.allocated, reserve: 2 }));
    // A cutoff almost nothing passes: every stratum comes back short and is drawn again from all its cases.
    const input = await hashInputOf(api.database.db);
    const forced = await drawSample(api.database.db, spec, 'CUTOFF', input, strata, () => '000000000001');
    const stored = await storedRound(round.id);
    expect(forced.map((r) => [r.key, r.caseId, r.position])).toEqual(stored.sampled.map((s) => [s.stratum_key, s.case_id, s.position]));
  });

  it('keeps ⌈reserveShare × allocated⌉ in reserve, exactly (0.2 × 15 is 3, not 4)', async () => {
    const round = await createRound(api, direktor, { ...SYNT, strata: 'DEPARTMENT', seed: 'R', allocation: { method: 'EQUAL', perStratum: 15 } });
    expect(round.strata.map((s) => [s.allocated, s.drawn.length, s.reserve.length])).toEqual([[15, 15, 3]]);
    // The hash order of metrics.md, checked against the pure definition of the hash itself.
    const { createHash } = await import('node:crypto');
    const hashes = [...ids(round.strata[0]!.drawn), ...ids(round.strata[0]!.reserve)].map((id) => createHash('sha256').update(`R:${id}`, 'utf8').digest('hex'));
    expect(hashes).toEqual([...hashes].sort(code));
  });
});

describe('the creation pass (counts the frame and keeps the cases hashing below a cutoff)', () => {
  const SYNT_FRAME: FrameSpec = {
    scopeId: 'SYNT', kind: 'decided_in_period', period: { from: '2024-01-01', to: '2024-03-31' }, asOf: '2024-04-10',
    caseTypeIds: [], excludeEarlierRounds: false, stratification: 'department_and_case_type',
  };
  const QUARTER = '400000000000';
  const syntFrame = async () => {
    const synt = await queryRows<{ case_id: string; case_type_id: string }>(api.database.db, sql`select case_id, case_type_id from cases where department_id = 'SYNT'`);
    return (type: string) => synt.filter((c) => c.case_type_id === type).map((c) => c.case_id);
  };

  it('counts each stratum and lists the cases below the cutoff in hash order, with either encoding of the hash input', async () => {
    const frameOf = await syntFrame();
    expect(await hashInputOf(api.database.db)).toBe('textsend');
    for (const seed of ['PASS', 'Ærø ✓ 2026']) {
      for (const input of ['textsend', 'convert_to'] as HashInput[]) {
        const pass = await framePass(api.database.db, SYNT_FRAME, seed, input, QUARTER, 10);
        expect(pass.strata).toEqual(['HJM', 'MDR'].map((type) => ({ key: `SYNT/${type}`, departmentId: 'SYNT', caseTypeId: type, frameSize: 150 })));
        for (const type of ['HJM', 'MDR']) {
          // Below a quarter of the hash space: the first 12 hex digits below 400000000000.
          const below = drawStratum(frameOf(type), seed, 150, 0).drawn.filter((id) => sampleHash(seed, id).slice(0, 12) < QUARTER);
          expect(below.length, `${seed} ${type}`).toBeGreaterThan(10);
          expect(pass.candidates.get(`SYNT/${type}`), `${seed} ${input} ${type}`).toEqual({ below: below.length, caseIds: below.slice(0, 10) });
        }
      }
    }
  });

  it('takes a stratum from its candidates when they reach far enough, and draws any other again on its own', async () => {
    const frameOf = await syntFrame();
    const pass = await framePass(api.database.db, SYNT_FRAME, 'MIX', 'textsend', QUARTER, 60);
    const needs = [
      { key: 'SYNT/HJM', departmentId: 'SYNT', frameSize: 150, allocated: 5, reserve: 1 },
      { key: 'SYNT/MDR', departmentId: 'SYNT', frameSize: 150, allocated: 50, reserve: 10 },
    ];
    // HJM's 6 lie among its candidates; MDR needs 60, more than a quarter of 150 hash below the cutoff.
    expect(pass.candidates.get('SYNT/HJM')!.below).toBeGreaterThanOrEqual(6);
    expect(pass.candidates.get('SYNT/MDR')!.below).toBeLessThan(60);
    const rows = await sampleFromPass(api.database.db, SYNT_FRAME, 'MIX', 'textsend', needs, pass);
    for (const need of needs) {
      const pure = drawStratum(frameOf(need.key.split('/')[1]!), 'MIX', need.allocated, 0.2);
      const mine = rows.filter((r) => r.key === need.key);
      expect(mine.map((r) => r.caseId), need.key).toEqual([...pure.drawn, ...pure.reserve]);
      expect(mine.map((r) => r.position)).toEqual(mine.map((_, i) => i + 1));
    }
  });
});

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
