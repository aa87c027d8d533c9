// A round's frame is stored just after the draw (server/reviews/frame-store.ts): null at first, then
// exactly the frame the round was drawn from, whoever stores it: the server's keeper, Verify, or an
// import before it changes a case. On the deadlines data set (P = Q1 2024, A = 2024-04-10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { importDataSet } from '../../server/importer/service';
import { roundsWithPendingFrames, startFrameKeeper, storePendingFrames, storeRoundFrame } from '../../server/reviews/frame-store';
import { DEADLINES_FIXTURE } from '../deadlines/fixture';
import { FixtureCopy, TEST_SECRET } from '../helpers/fixtures';
import type { TestApi } from '../helpers/api';
import { addViewer, createRound, startDeadlinesApi, viewing } from './review-round-helpers';

let api: TestApi;
let direktor: Viewer;

beforeAll(async () => {
  api = await startDeadlinesApi();
  direktor = await addViewer(api.database.db, 'direktor', 'director');
});
afterAll(async () => { await api.stop(); });

/** The stored frame per stratum, ids sorted; null while it waits. */
async function framesOf(roundId: string): Promise<Record<string, string[] | null>> {
  const rows = await queryRows<{ key: string; ids: string[] | null }>(api.database.db, sql`select stratum_key as key,
      case when frame_case_ids is null then null else array(select unnest(frame_case_ids) order by 1) end as ids
    from review_strata where round_id = ${Number(roundId)} order by stratum_key`);
  return Object.fromEntries(rows.map((r) => [r.key, r.ids]));
}

const NORD_Q1 = { scope: 'NORD', excludeEarlierRounds: false, allocation: { method: 'EQUAL' as const, perStratum: 2 } };
// NORD decided in Q1 (test/fixtures/deadlines/README.md): M0 M1 M2 M5 H1 H2 | NORDA: M3 M4 M6 H7.
const NORD_FRAME = { NORD: ['H1', 'H2', 'M0', 'M1', 'M2', 'M5'], NORDA: ['H7', 'M3', 'M4', 'M6'] };

describe('storing a round\'s frame after the draw', () => {
  it('waits (null) after the draw, is then stored exactly, and only once', async () => {
    const round = await createRound(api, direktor, { ...NORD_Q1, seed: 'WAIT' });
    expect(await framesOf(round.id)).toEqual({ NORD: null, NORDA: null });
    expect(await roundsWithPendingFrames(api.database.db)).toContain(Number(round.id));
    expect(await storeRoundFrame(api.database.db, Number(round.id))).toEqual([]);
    expect(await framesOf(round.id)).toEqual(NORD_FRAME);
    expect(await roundsWithPendingFrames(api.database.db)).not.toContain(Number(round.id));
    // Stored frames are never written again.
    await api.database.db.execute(sql`update review_strata set frame_case_ids = '{M0}' where round_id = ${Number(round.id)} and stratum_key = 'NORD'`);
    await storeRoundFrame(api.database.db, Number(round.id));
    expect((await framesOf(round.id)).NORD).toEqual(['M0']);
    await api.database.db.execute(sql`update review_strata set frame_case_ids = ${sql.param(NORD_FRAME.NORD)}::text[] where round_id = ${Number(round.id)} and stratum_key = 'NORD'`);
  });

  it('is stored by the keeper right after the draw', async () => {
    const lines: string[] = [];
    const keeper = startFrameKeeper(api.database.db, { log: (line) => lines.push(line) });
    try {
      await keeper.idle();
      expect(await roundsWithPendingFrames(api.database.db)).toEqual([]);
      const round = await createRound(api, direktor, { ...NORD_Q1, seed: 'KEEPER' });
      await keeper.idle();
      expect(await framesOf(round.id)).toEqual(NORD_FRAME);
      expect(lines).toEqual([]);
    } finally {
      keeper.stop();
    }
  });

  it('reports a stratum whose cases changed without an import, and stores what the data give', async () => {
    const db = api.database.db;
    const round = await createRound(api, direktor, { ...NORD_Q1, seed: 'CHANGED' });
    await db.execute(sql`update cases set decided_on = '2024-04-02' where case_id = 'M0'`);
    try {
      const mismatches = await db.transaction((tx) => storePendingFrames(tx));
      expect(mismatches).toEqual([{ roundId: Number(round.id), key: 'NORD', frameSize: 6, stored: 5 }]);
      expect((await framesOf(round.id)).NORD).toEqual(NORD_FRAME.NORD.filter((id) => id !== 'M0'));
    } finally {
      await db.execute(sql`update cases set decided_on = '2024-01-12' where case_id = 'M0'`);
    }
  });

  it('is stored by an import before it changes a case, so Verify shows what the import changed', async () => {
    const round = await createRound(api, direktor, { ...NORD_Q1, seed: 'IMPORT' });
    expect(await framesOf(round.id)).toEqual({ NORD: null, NORDA: null });
    // The re-import moves M0's decision after P.
    const changed = new FixtureCopy(DEADLINES_FIXTURE)
      .replace('cases.csv', 'M0,CIT01,MDR,NORD,2023-12-20,2024-01-12,2024-01-12,granted', 'M0,CIT01,MDR,NORD,2023-12-20,2024-04-02,2024-04-02,granted');
    try {
      const result = await importDataSet(api.database.db, { folder: changed.dir, secret: TEST_SECRET, startedBy: 'test' });
      expect(result.status).toBe('succeeded');
    } finally {
      changed.dispose();
    }
    expect(await framesOf(round.id)).toEqual(NORD_FRAME);
    const verified = await api.run('query($id: ID!) { reviewRound(id: $id) { verification { sampleIdentical frameUnchanged differences { kind caseId } } } }',
      { id: round.id }, viewing(direktor, round.id));
    expect(verified.errors).toBeUndefined();
    expect((verified.data!.reviewRound as { verification: unknown }).verification).toEqual({
      sampleIdentical: true, frameUnchanged: false, differences: [{ kind: 'REMOVED_FROM_FRAME', caseId: 'M0' }],
    });
  });
});
