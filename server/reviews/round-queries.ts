// Review rounds as stored, and the per-round figures their fields show (progress, eliminations,
// the event log), each for many rounds in one query so a list of rounds costs one query per field.
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { reviewRounds } from '../db/review-schema';
import type { ReviewRoundModel } from './models';
import { IN_SAMPLE } from './sample-queries';

/** Rounds matching `where`, newest first. */
export function roundsWhere(db: Executor, where: SQL): Promise<ReviewRoundModel[]> {
  return db.select().from(reviewRounds).where(where).orderBy(desc(reviewRounds.createdAt), desc(reviewRounds.id));
}

/** Locks the round row for the rest of the transaction: changes to one round happen one at a time. */
export async function lockRoundRow(db: Executor, roundId: number): Promise<ReviewRoundModel> {
  const [row] = await db.select().from(reviewRounds).where(eq(reviewRounds.id, roundId)).for('update');
  return row!;
}

export interface ProgressRow { roundId: number; sampled: number; assigned: number; submitted: number; eliminated: number }

/** Per round: cases in the sample now, of them assigned (a first-level review exists) and submitted; and eliminated. */
export function progressOfRounds(db: Executor, roundIds: readonly number[]): Promise<ProgressRow[]> {
  const inSample = sql`${IN_SAMPLE} and c.eliminated_at is null`;
  return queryRows<ProgressRow>(db, sql`select c.round_id as "roundId",
      (count(*) filter (where ${inSample}))::int as sampled,
      (count(*) filter (where ${inSample} and r.id is not null))::int as assigned,
      (count(*) filter (where ${inSample} and r.status = 'submitted'))::int as submitted,
      (count(*) filter (where c.eliminated_at is not null))::int as eliminated
    from sampled_cases c
    left join reviews r on r.round_id = c.round_id and r.case_id = c.case_id and r.level = 'first'
    where c.round_id = any(${sql.param([...roundIds])}::int[]) group by c.round_id`);
}

export interface EliminationRow {
  roundId: number; caseId: string; reason: string; note: string | null; replacementCaseId: string | null; at: Date; by: string;
}

/** Eliminated cases with the reserve case that replaced each (if any), in the order they were eliminated. */
export async function eliminationsOfRounds(db: Executor, roundIds: readonly number[]): Promise<EliminationRow[]> {
  const rows = await queryRows<EliminationRow>(db, sql`select c.round_id as "roundId", c.case_id as "caseId",
      c.elimination_reason::text as reason, c.elimination_note as note, x.case_id as "replacementCaseId",
      c.eliminated_at as at, coalesce(u.display_name, '') as by
    from sampled_cases c
    left join sampled_cases x on x.round_id = c.round_id and x.replaces_case_id = c.case_id
    left join users u on u.id = c.eliminated_by
    where c.round_id = any(${sql.param([...roundIds])}::int[]) and c.eliminated_at is not null
    order by c.round_id, c.eliminated_at, c.case_id`);
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

export interface EventRow { roundId: number; at: Date; by: string; kind: string; caseId: string | null; detail: unknown }

/** The rounds' event logs, oldest first, with who did each thing by display name. */
export async function eventsOfRounds(db: Executor, roundIds: readonly number[]): Promise<EventRow[]> {
  const rows = await queryRows<EventRow>(db, sql`select e.round_id as "roundId", e.at, coalesce(u.display_name, '') as by,
      e.kind, e.case_id as "caseId", e.detail
    from review_round_events e left join users u on u.id = e.user_id
    where e.round_id = any(${sql.param([...roundIds])}::int[]) order by e.round_id, e.id`);
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

/** The newest checklist template version: the one a new round keeps. */
export async function newestChecklistVersion(db: Executor): Promise<number | null> {
  const [row] = await queryRows<{ version: number | null }>(db, sql`select max(version) as version from checklist_templates`);
  return row?.version ?? null;
}

export interface CloseBlockers { openActions: number; pendingCases: number }

/** What keeps a round open: actions neither done nor dropped; sampled cases neither submitted (first level) nor eliminated. */
export async function closeBlockers(db: Executor, roundId: number): Promise<CloseBlockers> {
  const [row] = await queryRows<CloseBlockers>(db, sql`select
      (select count(*)::int from follow_up_actions a where a.round_id = ${roundId} and a.status not in ('done', 'dropped')) as "openActions",
      (select count(*)::int from sampled_cases c
        left join reviews r on r.round_id = c.round_id and r.case_id = c.case_id and r.level = 'first'
        where c.round_id = ${roundId} and ${IN_SAMPLE} and c.eliminated_at is null
          and r.status is distinct from 'submitted') as "pendingCases"`);
  return row!;
}
