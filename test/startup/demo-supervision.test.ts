// The demo's example review round: drawn in Borgercenter Handicap over the last complete
// half-year, every sampled case assigned (never to the reviewer who once held it), two of three
// reviewed with answers that fit their overall assessment, two follow-up actions; and only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { queryRows } from '../../server/db/client';
import { importDataSet } from '../../server/importer/service';
import { ensureDemoUsers } from '../../server/access/demo-users';
import { seedDemoSupervision } from '../../server/startup/demo-supervision';
import { demoAnswers, lastCompleteHalfYear } from '../../server/startup/demo-review-answers';
import { DemoFolders } from '../demo/fixtures';

describe('lastCompleteHalfYear', () => {
  it('takes the first half of this year from July on, the second half of last year before', () => {
    expect(lastCompleteHalfYear('2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-06-30', label: '1. halvår 2026' });
    expect(lastCompleteHalfYear('2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-06-30', label: '1. halvår 2026' });
    expect(lastCompleteHalfYear('2026-06-30')).toEqual({ from: '2025-07-01', to: '2025-12-31', label: '2. halvår 2025' });
  });
});

describe('demoAnswers', () => {
  const rules = ['mandatory_safeguard', 'procedural', 'procedural'] as const;
  it('answers yes to all and finds the case in order when no byte is low or high', () => {
    const hash = new Uint8Array(32).fill(100);
    expect(demoAnswers(hash, rules)).toEqual({
      answers: [1, 2, 3].map((itemNumber) => ({ itemNumber, answer: 'YES', note: null })),
      overall: 'IN_ORDER', decision: 'UPHELD',
    });
  });
  it('a procedural "no" is a minor deficiency; "not relevant" only for procedural items', () => {
    const hash = new Uint8Array(32).fill(100);
    hash[0] = 250; hash[1] = 3; hash[2] = 250;
    const result = demoAnswers(hash, rules);
    expect(result.answers.map((a) => a.answer)).toEqual(['YES', 'NO', 'NOT_RELEVANT']);
    expect(result.answers[1]!.note).toMatch(/ikke dokumenteret/);
    expect(result.overall).toBe('MINOR_DEFICIENCIES');
  });
  it('a breached mandatory safeguard is significant and the decision changed (even last byte) or remitted', () => {
    const hash = new Uint8Array(32).fill(100);
    hash[0] = 15;
    expect(demoAnswers(hash, rules)).toMatchObject({ overall: 'SIGNIFICANT_DEFICIENCIES', decision: 'CHANGED' });
    hash[31] = 101;
    expect(demoAnswers(hash, rules).decision).toBe('REMITTED');
  });
});

describe('seedDemoSupervision', () => {
  const folders = new DemoFolders();
  let db: TestDatabase;
  const lines: string[] = [];

  beforeAll(async () => {
    await folders.setUp();
    const { dir } = await folders.generate({ scale: 0.05 });
    db = await createTestDatabase();
    const result = await importDataSet(db.db, { folder: dir, secret: 'demo-test-secret', startedBy: 'test' });
    expect(result.status).toBe('succeeded');
    await ensureDemoUsers(db.db);
    await seedDemoSupervision(db.db, new Date('2026-11-23T08:00:00Z'), (line) => lines.push(line));
  }, 300_000);
  afterAll(async () => { await db?.dispose(); await folders.tearDown(); });

  it('draws one round in the manager\'s centre over the first half of 2026', async () => {
    const rounds = await queryRows<{ name: string; scope: string; from: string; to: string }>(db.db,
      sql`select name, scope_id as scope, period_from::text as "from", period_to::text as "to" from review_rounds`);
    expect(rounds).toEqual([{ name: 'Ledelsestilsyn 1. halvår 2026', scope: 'SOF.BCH', from: '2026-01-01', to: '2026-06-30' }]);
    expect(lines.join('\n')).toContain('Ledelsestilsyn 1. halvår 2026');
  });

  it('assigns every sampled case, none to a reviewer who held it, and submits two of three', async () => {
    const [counts] = await queryRows<{ sampled: number; reviews: number; submitted: number; selfReviews: number }>(db.db, sql`
      select (select count(*)::int from sampled_cases where not from_reserve) as sampled,
        (select count(*)::int from reviews) as reviews,
        (select count(*)::int from reviews where status = 'submitted') as submitted,
        (select count(*)::int from reviews r join users u on u.id = r.reviewer_id
          join assignments a on a.case_id = r.case_id and a.caseworker_id = u.caseworker_id) as "selfReviews"`);
    expect(counts!.reviews).toBe(counts!.sampled);
    expect(counts!.submitted).toBe(counts!.reviews - Math.floor(counts!.reviews / 3));
    expect(counts!.selfReviews).toBe(0);
  });

  it('adds two open follow-up actions and does nothing when a round exists', async () => {
    await seedDemoSupervision(db.db, new Date('2026-11-23T08:00:00Z'), (line) => lines.push(line));
    const [row] = await queryRows<{ rounds: number; actions: number }>(db.db,
      sql`select (select count(*)::int from review_rounds) as rounds, (select count(*)::int from follow_up_actions where status = 'open') as actions`);
    expect(row).toEqual({ rounds: 1, actions: 2 });
  });
});
