// Follow-up actions through the API: who may add them, what they need (errors name the argument),
// status transitions with a reason for DROPPED, the round's log, and ReviewRound.actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { startTestApi, type TestApi } from '../helpers/api';
import { as, insertReview, insertRound, makeUser } from './review-fixture';

let api: TestApi;
let leder: Viewer, fremmed: Viewer, rikke: Viewer, chef: Viewer;
let roundId: number;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  chef = await makeUser(db, 'chef', 'director');
  leder = await makeUser(db, 'leder', 'manager', ['BCH']);
  fremmed = await makeUser(db, 'fremmed', 'manager', ['VOKS']);
  rikke = await makeUser(db, 'rikke', 'reviewer');
  roundId = await insertRound(db, { scopeId: 'BCH', createdBy: leder.userId, strata: [
    { key: 'BORN', departmentId: 'BORN', frameSize: 2, sample: ['C1', 'C3'], eliminated: ['C3'] },
    { key: 'VOKS', departmentId: 'VOKS', frameSize: 1, sample: ['C2'] },
  ] });
  await insertReview(db, { roundId, caseId: 'C1', reviewerId: rikke.userId });
});
afterAll(async () => { await api.stop(); });

const ADD = 'mutation($input: FollowUpActionInput!) { addFollowUpAction(input: $input) { id roundId caseId itemNumber text responsible dueOn status dropReason updatedAt } }';
const UPDATE = 'mutation($input: FollowUpActionUpdateInput!) { updateFollowUpAction(input: $input) { id status dropReason } }';
const action = (extra: Record<string, unknown> = {}) => ({
  roundId: String(roundId), text: 'Indfør skabelon for partshøring', responsible: 'Teamleder Børn', dueOn: '2026-06-30', ...extra,
});
const message = (result: { errors?: readonly { message: string }[] }) => result.errors?.[0]?.message;

async function events() {
  return queryRows<{ kind: string; case_id: string | null; detail: Record<string, unknown> }>(api.database.db,
    sql`select kind, case_id, detail from review_round_events where round_id = ${roundId} and kind like 'ACTION_%' order by id`);
}

let first: string;

describe('adding an action', () => {
  it('is for whoever runs the round, and logged as ACTION_ADDED', async () => {
    const result = await api.run(ADD, { input: action({ caseId: 'C1', itemNumber: 4 }) }, as(leder, roundId));
    expect(result.errors).toBeUndefined();
    const added = result.data!.addFollowUpAction as Record<string, any>;
    expect(added).toMatchObject({
      roundId: String(roundId), caseId: 'C1', itemNumber: 4, text: 'Indfør skabelon for partshøring', responsible: 'Teamleder Børn',
      dueOn: '2026-06-30', status: 'OPEN', dropReason: null,
    });
    first = added.id;
    expect(await events()).toEqual([{ kind: 'ACTION_ADDED', case_id: 'C1', detail: { actionId: Number(first), itemNumber: 4, responsible: 'Teamleder Børn', dueOn: '2026-06-30' } }]);
  });

  it('is refused to reviewers and to managers of other subtrees', async () => {
    expect((await api.run(ADD, { input: action() }, as(rikke, roundId))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(message(await api.run(ADD, { input: action() }, as(fremmed, roundId)))).toBe(`roundId: review round ${roundId} does not exist or is not yours to run`);
  });

  it('names what is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: ' ' }, 'input.text: must be 1–1,000 characters, got 0'],
      [{ text: 'x'.repeat(1_001) }, 'input.text: must be 1–1,000 characters, got 1001'],
      [{ responsible: '' }, 'input.responsible: must be 1–120 characters, got 0'],
      [{ itemNumber: 11 }, 'input.itemNumber: item 11 is not on the round\'s checklist version 1 (items 1–10)'],
      [{ caseId: 'C3' }, `input.caseId: case C3 is not in the sample of round ${roundId}`],
      [{ caseId: 'C9' }, `input.caseId: case C9 is not in the sample of round ${roundId}`],
      [{ roundId: 'abc' }, 'input.roundId: "abc" is not a review round id'],
    ];
    for (const [extra, expected] of cases) expect(message(await api.run(ADD, { input: action(extra) }, as(leder, roundId)))).toBe(expected);
    expect(message(await api.run(ADD, { input: action({ dueOn: '2026-02-30' }) }, as(leder, roundId)))).toMatch(/Date must be a real calendar date/);
    expect(await events()).toHaveLength(1);
  });
});

describe('moving an action on', () => {
  it('follows the transitions; DROPPED needs a reason, which is logged', async () => {
    expect((await api.run(UPDATE, { input: { id: first, status: 'IN_PROGRESS' } }, as(chef, roundId))).data!.updateFollowUpAction)
      .toEqual({ id: first, status: 'IN_PROGRESS', dropReason: null });
    expect(message(await api.run(UPDATE, { input: { id: first, status: 'DROPPED' } }, as(leder, roundId)))).toBe('input.reason: must be 1–500 characters, got 0');
    expect(message(await api.run(UPDATE, { input: { id: first, status: 'DROPPED', reason: 'x'.repeat(501) } }, as(leder, roundId)))).toBe('input.reason: must be 1–500 characters, got 501');
    expect((await api.run(UPDATE, { input: { id: first, status: 'DROPPED', reason: 'Dækket af ny instruks' } }, as(leder, roundId))).data!.updateFollowUpAction)
      .toEqual({ id: first, status: 'DROPPED', dropReason: 'Dækket af ny instruks' });
    expect(message(await api.run(UPDATE, { input: { id: first, status: 'DONE' } }, as(leder, roundId)))).toBe('input.status: an action that is DROPPED can move to OPEN, not DONE');
    expect((await events()).slice(1)).toEqual([
      { kind: 'ACTION_UPDATED', case_id: 'C1', detail: { actionId: Number(first), from: 'open', to: 'in_progress' } },
      { kind: 'ACTION_UPDATED', case_id: 'C1', detail: { actionId: Number(first), from: 'in_progress', to: 'dropped', reason: 'Dækket af ny instruks' } },
    ]);
  });

  it('is refused for unknown actions and to those who may not run the round', async () => {
    expect(message(await api.run(UPDATE, { input: { id: '999', status: 'DONE' } }, as(leder, roundId)))).toBe('input.id: follow-up action 999 does not exist');
    expect(message(await api.run(UPDATE, { input: { id: first, status: 'OPEN' } }, as(fremmed, roundId)))).toBe(`input.id: follow-up action ${first} does not exist`);
    expect((await api.run(UPDATE, { input: { id: first, status: 'OPEN' } }, as(rikke, roundId))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a round\'s actions', () => {
  it('are listed by due date', async () => {
    await api.run(ADD, { input: action({ text: 'Undervisning i klagevejledning', dueOn: '2026-04-01', itemNumber: 6 }) }, as(leder, roundId));
    const result = await api.run('query($id: ID!) { reviewRound(id: $id) { actions { text dueOn status itemNumber caseId } } }', { id: String(roundId) }, as(leder, roundId));
    expect(result.errors).toBeUndefined();
    expect((result.data!.reviewRound as { actions: unknown[] }).actions).toEqual([
      { text: 'Undervisning i klagevejledning', dueOn: '2026-04-01', status: 'OPEN', itemNumber: 6, caseId: null },
      { text: 'Indfør skabelon for partshøring', dueOn: '2026-06-30', status: 'DROPPED', itemNumber: 4, caseId: 'C1' },
    ]);
  });

  it('cannot be added to or changed once the round is closed', async () => {
    await api.database.db.execute(sql`update review_rounds set closed_at = now() where id = ${roundId}`);
    expect(message(await api.run(ADD, { input: action() }, as(leder, roundId)))).toBe(`roundId: review round ${roundId} is closed; it can no longer be changed`);
    expect(message(await api.run(UPDATE, { input: { id: first, status: 'OPEN' } }, as(leder, roundId)))).toBe(`roundId: review round ${roundId} is closed; it can no longer be changed`);
  });
});
