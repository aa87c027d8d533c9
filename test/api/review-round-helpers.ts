// Shared set-up of the review-round API tests: the hand-made deadlines data set (answers in
// test/fixtures/deadlines/README.md; P = Q1 2024, A = 2024-04-10), real users (rounds and reviews
// reference them), and createReviewRound through the API.
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { addUser } from '../../server/access/users';
import type { Role } from '../../server/access/roles';
import type { Viewer } from '../../server/access/viewer';
import type { Database } from '../../server/db/client';
import { queryRows } from '../../server/db/client';
import type { RequestIdentity } from '../../server/graphql/context';
import type { TestApi } from '../helpers/api';
import { storePendingFrames } from '../../server/reviews/frame-store';

export { startDeadlinesApi, Q1, AS_OF } from '../deadlines/fixture';

export async function addViewer(db: Database, username: string, role: Role, options: { departmentIds?: string[]; caseworkerId?: string } = {}): Promise<Viewer> {
  const departmentIds = options.departmentIds ?? [];
  const user = await addUser(db, { username, role, displayName: username.toUpperCase(), departmentIds, caseworkerId: options.caseworkerId ?? null });
  return { userId: user.id, username, displayName: username.toUpperCase(), role, departmentIds, via: 'session' };
}

/** The viewer with the purpose of reading a round (`REVIEW_ROUND:<id>`), or none. */
export function viewing(viewer: Viewer, roundId?: number | string | null): RequestIdentity {
  if (roundId === null) return { viewer };
  return { viewer, purposeHeader: roundId === undefined ? 'REVIEW_ROUND' : `REVIEW_ROUND:${roundId}` };
}

export interface RoundOptions {
  name?: string; scope?: string; kind?: 'DECIDED_IN_PERIOD' | 'OPEN_AT'; period?: { from: string; to: string } | null; asOf?: string;
  caseTypes?: string[]; excludeEarlierRounds?: boolean; strata?: 'DEPARTMENT' | 'DEPARTMENT_AND_CASE_TYPE';
  allocation?: { method: 'EQUAL' | 'PROPORTIONAL'; total?: number; perStratum?: number }; seed?: string; reserveShare?: number;
}

export function roundInput(o: RoundOptions = {}): Record<string, unknown> {
  const kind = o.kind ?? 'DECIDED_IN_PERIOD';
  return {
    name: o.name ?? 'Tilsyn Q1', scope: o.scope ?? 'ROOT',
    frame: {
      kind, asOf: o.asOf ?? '2024-04-10', ...(o.period !== null && kind === 'DECIDED_IN_PERIOD' ? { period: o.period ?? { from: '2024-01-01', to: '2024-03-31' } } : {}),
      ...(o.caseTypes ? { caseTypes: o.caseTypes } : {}), ...(o.excludeEarlierRounds === undefined ? {} : { excludeEarlierRounds: o.excludeEarlierRounds }),
    },
    strata: o.strata ?? 'DEPARTMENT',
    allocation: o.allocation ?? { method: 'PROPORTIONAL', total: 5 },
    ...(o.seed === undefined ? {} : { seed: o.seed }),
    ...(o.reserveShare === undefined ? {} : { reserveShare: o.reserveShare }),
  };
}

export const CREATE = `mutation($input: ReviewRoundInput!) { createReviewRound(input: $input) {
  id seed frame { size } strata { key frameSize allocated drawn { id } reserve { id } } } }`;

export interface CreatedRound { id: string; seed: string; frame: { size: number }; strata: { key: string; frameSize: number; allocated: number; drawn: { id: string }[]; reserve: { id: string }[] }[] }

/** Creates a round through the API (the viewer must be able to run rounds in its scope). */
export async function createRound(api: TestApi, viewer: Viewer, options: RoundOptions = {}): Promise<CreatedRound> {
  const result = await api.run(CREATE, { input: roundInput(options) }, viewing(viewer));
  expect(result.errors).toBeUndefined();
  return result.data!.createReviewRound as CreatedRound;
}

export const ids = (cases: { id: string }[]) => cases.map((c) => c.id);

/** The access-log rows of an operation, oldest first. */
export function accessLogOf(db: Database, operation: string): Promise<{ case_ids: string[]; purpose: string; purpose_reference: string | null; username: string }[]> {
  return queryRows(db, sql`select case_ids, purpose, purpose_reference, username from access_log where operation = ${operation} order by id`);
}

export function errorOf(result: { errors?: ReadonlyArray<{ message: string }> }): string | undefined {
  return result.errors?.[0]?.message;
}

/** What an import does before it changes a case: store every frame a round is still waiting for. */
export async function storeWaitingFrames(db: Database): Promise<void> {
  const mismatches = await db.transaction((tx) => storePendingFrames(tx));
  expect(mismatches).toEqual([]);
}

/**
 * SYNT, a tree of its own (ROOT's frames stay as the deadlines README counts them): 300 cases
 * decided in Q1, half MDR and half HJM, ids mixing case, digits and æøå (code-unit order differs
 * from a Danish or English collation for these).
 */
export async function addSyntheticDepartment(db: Database): Promise<void> {
  await db.execute(sql`insert into departments (department_id, name, parent_id) values ('SYNT', 'Syntetisk', null)`);
  await db.execute(sql`insert into department_closure (ancestor_id, descendant_id, depth) values ('SYNT', 'SYNT', 0)`);
  await db.execute(sql`insert into cases (case_id, citizen_id, case_type_id, department_id, received_on, decided_on, outcome)
    select (array['S-', 's-', 'Æ-', 'ø', 'Z/', 'a.'])[1 + i % 6] || i, 'SYN' || i, case when i % 2 = 0 then 'MDR' else 'HJM' end,
      'SYNT', '2024-01-02'::date, '2024-02-01'::date + (i % 50), 'granted'
    from generate_series(1, 300) i`);
}

/** Rounds over SYNT: no exclusion of earlier rounds, strata department × case type. */
export const SYNT = { scope: 'SYNT', excludeEarlierRounds: false, strata: 'DEPARTMENT_AND_CASE_TYPE' as const };
