// The draw: in SQL against the pure definition (server/stats/hash-order.ts), the cutoff that narrows
// the hash sort, the reserve, and the one pass over the frame that creating a round makes; on a
// synthetic department of 300 cases with awkward ids (review-round-helpers.ts, SYNT).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { drawStratum, reserveSize, sampleHash } from '../../server/stats/hash-order';
import { cutoffFor, drawSample, sampleFromPass } from '../../server/reviews/sample-draw';
import { framePass, hashInputOf, type HashInput } from '../../server/reviews/frame-pass';
import type { FrameSpec } from '../../server/reviews/plan-input';
import { storeRoundFrame } from '../../server/reviews/frame-store';
import { frameSpecOf } from '../../server/reviews/frame-queries';
import { reviewRounds } from '../../server/db/review-schema';
import type { TestApi } from '../helpers/api';
import { addSyntheticDepartment, addViewer, createRound, ids, startDeadlinesApi, SYNT } from './review-round-helpers';

let api: TestApi;
let direktor: Viewer;
const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

beforeAll(async () => {
  api = await startDeadlinesApi();
  direktor = await addViewer(api.database.db, 'direktor', 'director');
  await addSyntheticDepartment(api.database.db);
});
afterAll(async () => { await api.stop(); });

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

