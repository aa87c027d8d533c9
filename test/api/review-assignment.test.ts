// Assigning reviewers: the self-review rule, submitted reviews, second-level reviews, who sees which
// sampled cases (and the access log of it), reviewer candidates, and the caseworker link of users.
// The deadlines data set (test/fixtures/deadlines): the backlog of NORD on A = 2024-04-10 is
// W2 O2 O4 O5 (NORD) and H6 O3 (NORDA); CW1 held O4 (from 2023-04-11), O5 (from 2023-04-10), O3, M1;
// CW2 held W2, O2 and O5 (from 2024-04-01).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import type { Viewer } from '../../server/access/viewer';
import { parseUserArgs } from '../../server/access/cli-args';
import { runUserCommand } from '../../server/access/cli';
import { disableUser } from '../../server/access/users';
import { testViewer, type TestApi } from '../helpers/api';
import { accessLogOf, addViewer, createRound, errorOf, startDeadlinesApi, viewing, type CreatedRound } from './review-round-helpers';

let api: TestApi;
let leder: Viewer, anna: Viewer, bo: Viewer, carl: Viewer, dorte: Viewer, hanne: Viewer;
let round: CreatedRound;

const ASSIGN = `mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) {
  case { id } stratumKey status review { reviewer { username } } secondReview { reviewer { username } } } }`;
const SAMPLE = `query($id: ID!) { reviewRound(id: $id) { sample { case { id } status review { id status reviewer { username } } secondReview { reviewer { username } } }
  strata { key drawn { id } } progress { sampled assigned submitted eliminated } events { kind caseId } } }`;

beforeAll(async () => {
  api = await startDeadlinesApi();
  const db = api.database.db;
  leder = await addViewer(db, 'leder', 'manager', { departmentIds: ['NORD'] });
  anna = await addViewer(db, 'anna', 'reviewer', { caseworkerId: 'CW1' });
  bo = await addViewer(db, 'bo', 'reviewer', { caseworkerId: 'CW2' });
  carl = await addViewer(db, 'carl', 'reviewer');
  dorte = await addViewer(db, 'dorte', 'manager', { departmentIds: ['SYD'] });
  hanne = await addViewer(db, 'hanne', 'reviewer');
  await addViewer(db, 'udvalg', 'committee');
  await addViewer(db, 'gammel', 'reviewer');
  await disableUser(db, 'gammel');
  round = await createRound(api, leder, { name: 'Backlog Nord', scope: 'NORD', kind: 'OPEN_AT', excludeEarlierRounds: false, allocation: { method: 'EQUAL', perStratum: 4 } });
});
afterAll(async () => { await api.stop(); });

const assign = (caseIds: string[], username: string, level: 'FIRST' | 'SECOND' = 'FIRST', viewer: Viewer = leder) =>
  api.run(ASSIGN, { input: { roundId: round.id, caseIds, username, level } }, viewing(viewer, round.id));
const reviewCount = async () => (await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from reviews`))[0]!.n;

describe('assignReviewer', () => {
  it('draws the whole backlog of NORD', () => {
    expect(round.strata.map((s) => [s.key, s.drawn.map((c) => c.id).sort()])).toEqual([['NORD', ['O2', 'O4', 'O5', 'W2']], ['NORDA', ['H6', 'O3']]]);
  });

  it('refuses a reviewer who ever held the case as caseworker, naming the case, and writes nothing', async () => {
    expect(errorOf(await assign(['O5'], 'anna'))).toBe('input.caseIds: case O5 was assigned to anna as caseworker (from 2023-04-10); choose another reviewer');
    expect(errorOf(await assign(['H6', 'O4'], 'Anna'))).toBe('input.caseIds: case O4 was assigned to anna as caseworker (from 2023-04-11); choose another reviewer');
    // Bo took O5 over on 1 April, after the case had been open a year.
    expect(errorOf(await assign(['O5'], 'bo'))).toBe('input.caseIds: case O5 was assigned to bo as caseworker (from 2024-04-01); choose another reviewer');
    expect(await reviewCount()).toBe(0);
  });

  it('refuses unknown, disabled and non-reviewing users, cases outside the sample, and an empty list', async () => {
    expect(errorOf(await assign(['H6'], 'nobody'))).toBe('input.username: no user is called "nobody"');
    expect(errorOf(await assign(['H6'], 'gammel'))).toBe('input.username: user "gammel" is disabled');
    expect(errorOf(await assign(['H6'], 'udvalg'))).toBe('input.username: user "udvalg" is a committee; reviews go to reviewers, managers and directors');
    expect(errorOf(await assign(['H6', 'M1'], 'carl'))).toBe(`input.caseIds: case "M1" is not in the sample of review round ${round.id}`);
    expect(errorOf(await assign([], 'carl'))).toBe('input.caseIds: give 1–1,000 case ids, got 0');
    expect(errorOf(await assign(['H6'], 'carl', 'FIRST', dorte))).toBe(`roundId: review round ${round.id} does not exist or is not yours to run`);
    const noPurpose = await api.run(ASSIGN, { input: { roundId: round.id, caseIds: ['H6'], username: 'carl' } }, viewing(leder, null));
    expect(errorOf(noPurpose)).toMatch(/^State why you read personal data/);
    expect(await reviewCount()).toBe(0);
  });

  it('assigns first-level reviews, logs ASSIGNED and the read, and the status follows the review', async () => {
    const result = await assign(['H6', 'W2'], 'anna');
    expect(result.data!.assignReviewer).toEqual([
      { case: { id: 'H6' }, stratumKey: 'NORDA', status: 'ASSIGNED', review: { reviewer: { username: 'anna' } }, secondReview: null },
      { case: { id: 'W2' }, stratumKey: 'NORD', status: 'ASSIGNED', review: { reviewer: { username: 'anna' } }, secondReview: null },
    ]);
    expect((await accessLogOf(api.database.db, 'Mutation.assignReviewer')).at(-1)).toMatchObject({ case_ids: ['H6', 'W2'], username: 'leder' });
    const db = api.database.db;
    await db.execute(sql`update reviews set saved_at = now() where case_id = 'H6'`);
    const read = (await api.run(SAMPLE, { id: round.id }, viewing(leder, round.id))).data!.reviewRound as Record<string, any>;
    const status = Object.fromEntries(read.sample.map((c: any) => [c.case.id, c.status]));
    expect(status).toEqual({ O2: 'UNASSIGNED', O4: 'UNASSIGNED', O5: 'UNASSIGNED', W2: 'ASSIGNED', H6: 'IN_PROGRESS', O3: 'UNASSIGNED' });
    expect(read.progress).toEqual({ sampled: 6, assigned: 2, submitted: 0, eliminated: 0 });
    expect(read.events.filter((e: any) => e.kind === 'ASSIGNED').map((e: any) => e.caseId)).toEqual(['H6', 'W2']);
  });

  it('gives a draft to another reviewer, but never a submitted review', async () => {
    const [before] = await queryRows<{ id: number }>(api.database.db, sql`select id from reviews where case_id = 'W2'`);
    expect((await assign(['W2'], 'carl')).data!.assignReviewer).toMatchObject([{ review: { reviewer: { username: 'carl' } } }]);
    expect(await queryRows(api.database.db, sql`select id from reviews where case_id = 'W2'`)).toEqual([before]);
    await api.database.db.execute(sql`update reviews set status = 'submitted', saved_at = now(), submitted_at = now() where case_id = 'W2'`);
    expect(errorOf(await assign(['W2'], 'bo'))).toBe('input.caseIds: the review of case W2 is submitted; it cannot be given to another reviewer');
    const read = (await api.run(SAMPLE, { id: round.id }, viewing(leder, round.id))).data!.reviewRound as Record<string, any>;
    expect(read.sample.find((c: any) => c.case.id === 'W2').status).toBe('SUBMITTED');
  });

  it('assigns a second-level review only for cases drawn for one, and never to the first reviewer', async () => {
    expect(errorOf(await assign(['W2'], 'hanne', 'SECOND'))).toBe(`input.caseIds: case "W2" was not drawn for a second review in review round ${round.id}`);
    const drawn = await api.run('mutation($id: ID!) { drawSecondReviews(roundId: $id, share: 1) { case { id } } }', { id: round.id }, viewing(leder, round.id));
    expect(drawn.data).toEqual({ drawSecondReviews: [{ case: { id: 'W2' } }] });
    expect(errorOf(await assign(['W2'], 'carl', 'SECOND'))).toBe('input.caseIds: carl made the first-level review of case W2; the second reviewer must be someone else');
    expect(errorOf(await assign(['W2'], 'bo', 'SECOND'))).toBe('input.caseIds: case W2 was assigned to bo as caseworker (from 2024-03-05); choose another reviewer');
    expect((await assign(['W2'], 'hanne', 'SECOND')).data!.assignReviewer).toEqual([{
      case: { id: 'W2' }, stratumKey: 'NORD', status: 'SUBMITTED', review: { reviewer: { username: 'carl' } }, secondReview: { reviewer: { username: 'hanne' } },
    }]);
  });
});

describe('what a reviewer sees of a round', () => {
  it('only the sampled cases assigned to them, with the read logged (purpose required)', async () => {
    const read = await api.run(SAMPLE, { id: round.id }, viewing(anna, round.id));
    expect(read.errors).toBeUndefined();
    const r = read.data!.reviewRound as Record<string, any>;
    expect(r.sample.map((c: any) => [c.case.id, c.status, c.review.reviewer.username])).toEqual([['H6', 'IN_PROGRESS', 'anna']]);
    expect(r.strata.map((s: any) => [s.key, s.drawn.map((c: any) => c.id)])).toEqual([['NORD', []], ['NORDA', ['H6']]]);
    expect(r.events.map((e: any) => [e.kind, e.caseId])).toEqual([['CREATED', null], ['ASSIGNED', 'H6']]);
    const log = await accessLogOf(api.database.db, 'ReviewRound.sample');
    expect(log.at(-1)).toEqual({ case_ids: ['H6'], purpose: 'REVIEW_ROUND', purpose_reference: round.id, username: 'anna' });
    expect((await accessLogOf(api.database.db, 'Stratum.drawn')).at(-1)).toMatchObject({ case_ids: ['H6'], username: 'anna' });
    const noPurpose = await api.run(SAMPLE, { id: round.id }, viewing(anna, null));
    expect(errorOf(noPurpose)).toMatch(/^State why you read personal data/);
    // The second reviewer sees the case and their own review, not the first reviewer's.
    const second = (await api.run(SAMPLE, { id: round.id }, viewing(hanne, round.id))).data!.reviewRound as Record<string, any>;
    expect(second.sample.map((c: any) => [c.case.id, c.review, c.secondReview.reviewer.username])).toEqual([['W2', null, 'hanne']]);
    // A manager of another subtree sees nothing of the round.
    expect((await api.run(SAMPLE, { id: round.id }, viewing(dorte, round.id))).data!.reviewRound).toBeNull();
  });

  it('lets a reviewer read their cases one by one while the round is open', async () => {
    const CASE = 'query($id: ID!) { case(id: $id) { id } }';
    expect((await api.run(CASE, { id: 'H6' }, { viewer: anna, purposeHeader: 'CASE_VIEW' })).data).toEqual({ case: { id: 'H6' } });
    expect((await api.run(CASE, { id: 'O2' }, { viewer: anna, purposeHeader: 'CASE_VIEW' })).data).toEqual({ case: null });
    await api.database.db.execute(sql`update review_rounds set closed_at = now() where id = ${Number(round.id)}`);
    try {
      expect((await api.run(CASE, { id: 'H6' }, { viewer: anna, purposeHeader: 'CASE_VIEW' })).data).toEqual({ case: null });
    } finally {
      await api.database.db.execute(sql`update review_rounds set closed_at = null where id = ${Number(round.id)}`);
    }
  });
});

describe('reviewer candidates and the caseworker link of users', () => {
  it('lists enabled reviewers, managers and directors by name', async () => {
    const result = await api.run('{ reviewerCandidates { username displayName role } }', {}, viewing(leder, null));
    expect(result.data!.reviewerCandidates).toEqual([
      { username: 'anna', displayName: 'ANNA', role: 'REVIEWER' }, { username: 'bo', displayName: 'BO', role: 'REVIEWER' },
      { username: 'carl', displayName: 'CARL', role: 'REVIEWER' }, { username: 'dorte', displayName: 'DORTE', role: 'MANAGER' },
      { username: 'hanne', displayName: 'HANNE', role: 'REVIEWER' }, { username: 'leder', displayName: 'LEDER', role: 'MANAGER' },
    ]);
  });

  it('stores a user\'s own caseworker id from the API and the command line, refusing unknown ids', async () => {
    const admin = testViewer('admin');
    const ADD = 'mutation($input: AddUserInput!) { addUser(input: $input) { username caseworkerId } }';
    expect((await api.run(ADD, { input: { username: 'eva', role: 'REVIEWER', caseworkerId: 'CW4' } }, { viewer: admin })).data)
      .toEqual({ addUser: { username: 'eva', caseworkerId: 'CW4' } });
    expect(errorOf(await api.run(ADD, { input: { username: 'finn', role: 'REVIEWER', caseworkerId: 'CW9' } }, { viewer: admin })))
      .toBe('caseworkerId: no caseworker has the id "CW9"');
    const users = (await api.run('{ users { username caseworkerId } }', {}, { viewer: admin })).data!.users as { username: string; caseworkerId: string | null }[];
    expect(users.filter((u) => ['anna', 'carl', 'eva'].includes(u.username))).toEqual([
      { username: 'anna', caseworkerId: 'CW1' }, { username: 'carl', caseworkerId: null }, { username: 'eva', caseworkerId: 'CW4' },
    ]);
    const parsed = parseUserArgs(['add', 'gro', '--role', 'reviewer', '--caseworker', 'CW3']);
    expect(parsed).toEqual({ ok: true, command: { kind: 'add', username: 'gro', role: 'reviewer', departmentIds: [], displayName: null, passwordStdin: false, caseworkerId: 'CW3' } });
    const lines: string[] = [];
    if (!parsed.ok) throw new Error(parsed.message);
    await runUserCommand(api.database.db, parsed.command, { out: (line) => lines.push(line), readPassword: async () => null, now: () => new Date() });
    expect(lines).toEqual(['Added "gro" (gro): reviewer, caseworker CW3, no password (single sign-on only).']);
    expect(parseUserArgs(['add', 'gro', '--role', 'reviewer', '--caseworker'])).toEqual({ ok: false, message: 'add: --caseworker needs a value' });
  });
});
