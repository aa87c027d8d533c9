// The review form through the API: drafts (partial, autosave), submitting (every item, a note on
// every NO, overall and decision), locked once submitted (API and trigger), reopening with a logged
// reason, who may read and write a review, and the checklist templates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { reviews } from '../../server/db/review-schema';
import { isLockedReviewError, mapLockedReview } from '../../server/reviews/review-errors';
import type { Viewer } from '../../server/access/viewer';
import { startTestApi, type TestApi } from '../helpers/api';
import { as, insertReview, insertRound, makeUser } from './review-fixture';

let api: TestApi;
let chef: Viewer, leder: Viewer, fremmed: Viewer, rikke: Viewer, sune: Viewer, admin: Viewer;
let roundId: number, onC1: number, onC2: number, onC3: number;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  chef = await makeUser(db, 'chef', 'director');
  leder = await makeUser(db, 'leder', 'manager', ['BCH']);
  fremmed = await makeUser(db, 'fremmed', 'manager', ['VOKS']);
  rikke = await makeUser(db, 'rikke', 'reviewer');
  sune = await makeUser(db, 'sune', 'reviewer');
  admin = await makeUser(db, 'it', 'admin');
  roundId = await insertRound(db, { scopeId: 'BCH', createdBy: leder.userId, strata: [
    { key: 'BORN', departmentId: 'BORN', frameSize: 2, sample: ['C1', 'C3'] },
    { key: 'VOKS', departmentId: 'VOKS', frameSize: 1, sample: ['C2'] },
  ] });
  onC1 = await insertReview(db, { roundId, caseId: 'C1', reviewerId: rikke.userId });
  onC2 = await insertReview(db, { roundId, caseId: 'C2', reviewerId: rikke.userId });
  onC3 = await insertReview(db, { roundId, caseId: 'C3', reviewerId: sune.userId });
});
afterAll(async () => { await api.stop(); });

const REVIEW = 'id roundId roundName level status case { id } reviewer { username role } checklist { version } answers { itemNumber answer note } overall decision note savedAt submittedAt';
const SAVE = `mutation($input: ReviewDraftInput!) { saveReviewDraft(input: $input) { ${REVIEW} } }`;
const SUBMIT = `mutation($input: ReviewDraftInput!) { submitReview(input: $input) { ${REVIEW} } }`;
const REOPEN = `mutation($id: ID!, $reason: String!) { reopenReview(id: $id, reason: $reason) { id status submittedAt answers { itemNumber answer } } }`;
const READ = `query($id: ID!) { review(id: $id) { ${REVIEW} } }`;

const yesTo = (...numbers: number[]) => numbers.map((itemNumber) => ({ itemNumber, answer: 'YES' }));
const ALL_YES_BUT_3 = [...yesTo(1, 2, 4, 5, 6, 7, 8, 9, 10), { itemNumber: 3, answer: 'NO', note: 'Ikke vurderet efter § 5' }];

const firstError = (result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];

async function events(kind: string) {
  return queryRows<{ case_id: string; detail: Record<string, unknown>; user_id: number }>(api.database.db,
    sql`select case_id, detail, user_id from review_round_events where round_id = ${roundId} and kind = ${kind} order by id`);
}

describe('a draft', () => {
  it('saves partial answers for the assigned reviewer, one answer per item shown', async () => {
    const result = await api.run(SAVE, { input: { reviewId: String(onC1), answers: [{ itemNumber: 3, answer: 'NO', note: ' Mangler ' }, ...yesTo(1)], note: 'Halvvejs' } }, as(rikke, roundId));
    expect(result.errors).toBeUndefined();
    const review = result.data!.saveReviewDraft as Record<string, any>;
    expect(review).toMatchObject({
      id: String(onC1), roundId: String(roundId), roundName: 'Runde SEED', level: 'FIRST', status: 'DRAFT', case: { id: 'C1' },
      reviewer: { username: 'rikke', role: 'REVIEWER' }, checklist: { version: 1 }, overall: null, decision: null, note: 'Halvvejs', submittedAt: null,
    });
    expect(review.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(review.answers).toHaveLength(10);
    expect(review.answers.slice(0, 4)).toEqual([
      { itemNumber: 1, answer: 'YES', note: null }, { itemNumber: 2, answer: null, note: null },
      { itemNumber: 3, answer: 'NO', note: 'Mangler' }, { itemNumber: 4, answer: null, note: null },
    ]);
  });

  it('is logged as a read of the case with the round as purpose', async () => {
    const [row] = await queryRows<{ username: string; purpose: string; purpose_reference: string; case_ids: string[] }>(api.database.db,
      sql`select username, purpose, purpose_reference, case_ids from access_log where operation = 'Mutation.saveReviewDraft' order by id limit 1`);
    expect(row).toEqual({ username: 'rikke', purpose: 'REVIEW_ROUND', purpose_reference: String(roundId), case_ids: ['C1'] });
  });

  it('may be saved by its own reviewer only', async () => {
    const bySune = await api.run(SAVE, { input: { reviewId: String(onC1), answers: [] } }, as(sune, roundId));
    expect(firstError(bySune)?.message).toBe(`input.reviewId: review ${onC1} does not exist or is not assigned to you`);
    const byManager = await api.run(SAVE, { input: { reviewId: String(onC1), answers: [] } }, as(leder, roundId));
    expect(firstError(byManager)?.extensions?.code).toBe('FORBIDDEN');
    const [stored] = await api.database.db.select().from(reviews).where(sql`id = ${onC1}`);
    expect(stored!.note).toBe('Halvvejs');
  });

  it('refuses item numbers outside the round\'s checklist and duplicates, naming the item', async () => {
    const outside = await api.run(SAVE, { input: { reviewId: String(onC1), answers: yesTo(1, 11) } }, as(rikke, roundId));
    expect(firstError(outside)?.message).toBe('input.answers[1].itemNumber: item 11 is not on checklist version 1 (items 1–10)');
    const twice = await api.run(SAVE, { input: { reviewId: String(onC1), answers: yesTo(2, 2) } }, as(rikke, roundId));
    expect(firstError(twice)?.message).toBe('input.answers[1].itemNumber: item 2 is answered more than once');
  });

  it('needs a stated purpose, refused before anything is written', async () => {
    const result = await api.run(SAVE, { input: { reviewId: String(onC2), answers: yesTo(1) } }, { viewer: rikke });
    expect(firstError(result)?.message).toMatch(/^State why you read personal data: send the header X-Tilsyn-Purpose/);
    const [stored] = await api.database.db.select().from(reviews).where(sql`id = ${onC2}`);
    expect(stored!.savedAt).toBeNull();
  });
});

describe('submitting', () => {
  it('is refused while an item is unanswered, naming the items', async () => {
    const result = await api.run(SUBMIT, { input: { reviewId: String(onC1), answers: yesTo(1, 2, 3, 5, 6, 7, 8, 9), overall: 'IN_ORDER', decision: 'UPHELD' } }, as(rikke, roundId));
    expect(firstError(result)?.message).toBe('input.answers: items 4, 10 are not answered; every item needs YES, NO or NOT_RELEVANT');
  });

  it('is refused for a NO without a note, naming the item', async () => {
    const answers = [...yesTo(1, 2, 3, 4, 5, 6, 8, 9, 10), { itemNumber: 7, answer: 'NO', note: '  ' }];
    const result = await api.run(SUBMIT, { input: { reviewId: String(onC1), answers, overall: 'MINOR_DEFICIENCIES', decision: 'UPHELD' } }, as(rikke, roundId));
    expect(firstError(result)?.message).toBe('input.answers: item 7: a NO answer needs a note saying what is wrong');
  });

  it('is refused without the overall assessment or the decision', async () => {
    const noOverall = await api.run(SUBMIT, { input: { reviewId: String(onC1), answers: ALL_YES_BUT_3, decision: 'UPHELD' } }, as(rikke, roundId));
    expect(firstError(noOverall)?.message).toMatch(/^input\.overall: the overall assessment is needed to submit/);
    const noDecision = await api.run(SUBMIT, { input: { reviewId: String(onC1), answers: ALL_YES_BUT_3, overall: 'IN_ORDER' } }, as(rikke, roundId));
    expect(firstError(noDecision)?.message).toMatch(/^input\.decision: the assessment of the decision is needed to submit/);
  });

  it('locks the review and logs REVIEW_SUBMITTED on the round', async () => {
    const result = await api.run(SUBMIT, { input: { reviewId: String(onC1), answers: ALL_YES_BUT_3, overall: 'MINOR_DEFICIENCIES', decision: 'UPHELD' } }, as(rikke, roundId));
    expect(result.errors).toBeUndefined();
    const review = result.data!.submitReview as Record<string, any>;
    expect(review).toMatchObject({ status: 'SUBMITTED', overall: 'MINOR_DEFICIENCIES', decision: 'UPHELD', note: null });
    expect(review.submittedAt).toBe(review.savedAt);
    expect(await events('REVIEW_SUBMITTED')).toEqual([{ case_id: 'C1', detail: { reviewId: onC1, level: 'first' }, user_id: rikke.userId }]);
  });
});

describe('a submitted review', () => {
  it('cannot be saved or submitted again through the API', async () => {
    for (const operation of [SAVE, SUBMIT]) {
      const result = await api.run(operation, { input: { reviewId: String(onC1), answers: ALL_YES_BUT_3, overall: 'IN_ORDER', decision: 'UPHELD' } }, as(rikke, roundId));
      expect(firstError(result)?.message).toBe(`input.reviewId: review ${onC1} is submitted and locked; whoever runs the round can reopen it with a reason`);
    }
  });

  it('cannot be changed or deleted in the database either (trigger), and that refusal maps to the same error', async () => {
    const update = api.database.db.update(reviews).set({ overall: 'in_order' }).where(sql`id = ${onC1}`);
    const error = await update.then(() => null, (e: unknown) => e);
    expect(isLockedReviewError(error)).toBe(true);
    await expect(mapLockedReview('input.reviewId', onC1, () => api.database.db.update(reviews).set({ answers: [] }).where(sql`id = ${onC1}`)))
      .rejects.toThrow(`input.reviewId: review ${onC1} is submitted and locked`);
    const remove = await api.database.db.delete(reviews).where(sql`id = ${onC1}`).then(() => null, (e: unknown) => e);
    expect(isLockedReviewError(remove)).toBe(true);
    const [stored] = await api.database.db.select().from(reviews).where(sql`id = ${onC1}`);
    expect(stored).toMatchObject({ status: 'submitted', overall: 'minor_deficiencies' });
  });
});

describe('reopening', () => {
  it('is for whoever runs the round, not the reviewer nor a manager elsewhere', async () => {
    const byReviewer = await api.run(REOPEN, { id: String(onC1), reason: 'Ret punkt 3' }, as(rikke, roundId));
    expect(firstError(byReviewer)?.extensions?.code).toBe('FORBIDDEN');
    const byStranger = await api.run(REOPEN, { id: String(onC1), reason: 'Ret punkt 3' }, as(fremmed, roundId));
    expect(firstError(byStranger)?.message).toBe(`id: review ${onC1} does not exist or is not yours to reopen`);
  });

  it('needs a reason of 1–500 characters', async () => {
    const blank = await api.run(REOPEN, { id: String(onC1), reason: '   ' }, as(leder, roundId));
    expect(firstError(blank)?.message).toBe('reason: must be 1–500 characters, got 0');
    const long = await api.run(REOPEN, { id: String(onC1), reason: 'x'.repeat(501) }, as(leder, roundId));
    expect(firstError(long)?.message).toBe('reason: must be 1–500 characters, got 501');
  });

  it('turns the review back into a draft with its answers, and logs the reason', async () => {
    const result = await api.run(REOPEN, { id: String(onC1), reason: ' Punkt 3 skal begrundes bedre ' }, as(leder, roundId));
    expect(result.errors).toBeUndefined();
    expect(result.data!.reopenReview).toMatchObject({ status: 'DRAFT', submittedAt: null });
    expect((result.data!.reopenReview as any).answers[2]).toEqual({ itemNumber: 3, answer: 'NO' });
    expect(await events('REVIEW_REOPENED')).toEqual([{
      case_id: 'C1', detail: { reviewId: onC1, level: 'first', reason: 'Punkt 3 skal begrundes bedre' }, user_id: leder.userId,
    }]);
    const again = await api.run(REOPEN, { id: String(onC1), reason: 'igen' }, as(chef, roundId));
    expect(firstError(again)?.message).toBe(`id: review ${onC1} is a draft; only a submitted review can be reopened`);
    const saved = await api.run(SAVE, { input: { reviewId: String(onC1), answers: ALL_YES_BUT_3, note: 'Rettet' } }, as(rikke, roundId));
    expect(saved.errors).toBeUndefined();
  });
});

describe('reading reviews', () => {
  it('gives a review to its reviewer and to whoever runs the round, null to others', async () => {
    expect((await api.run(READ, { id: String(onC3) }, as(sune, roundId))).data!.review).toMatchObject({ id: String(onC3), case: { id: 'C3' } });
    expect((await api.run(READ, { id: String(onC3) }, as(leder, roundId))).data!.review).toMatchObject({ id: String(onC3) });
    expect((await api.run(READ, { id: String(onC3) }, as(chef, roundId))).data!.review).toMatchObject({ id: String(onC3) });
    const byOther = await api.run(READ, { id: String(onC3) }, as(rikke, roundId));
    expect(byOther.errors).toBeUndefined();
    expect(byOther.data!.review).toBeNull();
    expect((await api.run(READ, { id: '999' }, as(chef, roundId))).data!.review).toBeNull();
    expect(firstError(await api.run(READ, { id: 'x' }, as(chef, roundId)))?.message).toBe('id: "x" is not a review id');
  });

  it('logs the read with its citizen before returning it, and refuses without a purpose', async () => {
    const [row] = await queryRows<{ username: string; case_ids: string[]; citizen_pseudonyms: string[] }>(api.database.db,
      sql`select username, case_ids, citizen_pseudonyms from access_log where operation = 'Query.review' order by id limit 1`);
    expect(row).toMatchObject({ username: 'sune', case_ids: ['C3'] });
    expect(row!.citizen_pseudonyms).toHaveLength(1);
    expect(firstError(await api.run(READ, { id: String(onC3) }, { viewer: sune }))?.message).toMatch(/X-Tilsyn-Purpose/);
  });

  it('lists the viewer\'s own reviews in rounds that are not closed', async () => {
    const MINE = '{ myReviews { id case { id } status } }';
    const mine = await api.run(MINE, {}, as(rikke));
    expect(mine.data!.myReviews).toEqual([
      { id: String(onC1), case: { id: 'C1' }, status: 'DRAFT' },
      { id: String(onC2), case: { id: 'C2' }, status: 'DRAFT' },
    ]);
    await api.database.db.execute(sql`update review_rounds set closed_at = now() where id = ${roundId}`);
    expect((await api.run(MINE, {}, as(rikke))).data!.myReviews).toEqual([]);
    const closed = await api.run(SAVE, { input: { reviewId: String(onC2), answers: [] } }, as(rikke, roundId));
    expect(firstError(closed)?.message).toBe(`input.reviewId: review round ${roundId} is closed; its reviews can no longer be changed`);
    await api.database.db.execute(sql`update review_rounds set closed_at = null where id = ${roundId}`);
  });
});

describe('checklist templates', () => {
  const LIST = '{ checklistTemplates { version publishedBy items { number text legalReference ruleType } } }';
  const PUBLISH = 'mutation($input: ChecklistTemplateInput!) { publishChecklistTemplate(input: $input) { version publishedBy items { number ruleType } } }';

  it('has version 1 from the checklist of domain.md', async () => {
    const [v1] = (await api.run(LIST, {}, as(rikke))).data!.checklistTemplates as any[];
    expect(v1.version).toBe(1);
    expect(v1.items).toHaveLength(10);
    expect(v1.items[3]).toEqual({
      number: 4, legalReference: 'Forvaltningsloven § 19', ruleType: 'MANDATORY_SAFEGUARD',
      text: 'Borgeren er partshørt over oplysninger af væsentlig betydning til ugunst for borgeren, hvor det kræves.',
    });
    expect(v1.items[2].ruleType).toBe('PROCEDURAL');
  });

  it('publishes the next version (admin only), newest first; a round keeps its version', async () => {
    const items = [{ text: 'Sagen er oplyst', legalReference: 'Officialprincippet', ruleType: 'MANDATORY_SAFEGUARD' }, { text: 'Notat', ruleType: 'PROCEDURAL' }];
    expect(firstError(await api.run(PUBLISH, { input: { items } }, as(chef)))?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.run(PUBLISH, { input: { items: [...items, { text: '', ruleType: 'PROCEDURAL' }] } }, as(admin));
    expect(firstError(bad)?.message).toBe('input.items[2].text: item 3: text must be 1–500 characters, got 0');
    const published = await api.run(PUBLISH, { input: { items } }, as(admin));
    expect(published.data!.publishChecklistTemplate).toEqual({ version: 2, publishedBy: 'IT', items: [{ number: 1, ruleType: 'MANDATORY_SAFEGUARD' }, { number: 2, ruleType: 'PROCEDURAL' }] });
    const list = (await api.run(LIST, {}, as(rikke))).data!.checklistTemplates as any[];
    expect(list.map((t) => t.version)).toEqual([2, 1]);
    const review = (await api.run(READ, { id: String(onC2) }, as(rikke, roundId))).data!.review as any;
    expect(review.checklist.version).toBe(1);
    expect(review.answers).toHaveLength(10);
  });
});
