// What assigning reviewers reads and writes: each case's place in the sample and its reviews, the
// reviewer's own past as caseworker on the cases, and the reviews rows themselves.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { users } from '../db/access-schema';
import { reviews } from '../db/review-schema';
import type { ReviewModel } from './models';

/** Users who may be given reviews. */
export const REVIEWER_ROLES = ['reviewer', 'manager', 'director'] as const;

export interface CaseForAssignment {
  caseId: string;
  /** Drawn, or a reserve case that replaced an eliminated one. */
  inSample: boolean;
  eliminated: boolean;
  secondDrawn: boolean;
  firstStatus: ReviewModel['status'] | null; firstReviewerId: number | null; firstReviewer: string | null;
  secondStatus: ReviewModel['status'] | null; secondReviewerId: number | null; secondReviewer: string | null;
}

/** One row per requested case id, in the given order, whether or not the round has it. */
export function casesForAssignment(db: Executor, roundId: number, caseIds: readonly string[]): Promise<CaseForAssignment[]> {
  return queryRows<CaseForAssignment>(db, sql`select i.case_id as "caseId",
      coalesce(not c.from_reserve or c.replaces_case_id is not null, false) as "inSample",
      c.eliminated_at is not null as eliminated,
      exists (select 1 from review_round_events e where e.round_id = ${roundId} and e.case_id = i.case_id
        and e.kind = 'SECOND_LEVEL_DRAWN') as "secondDrawn",
      f.status::text as "firstStatus", f.reviewer_id as "firstReviewerId", fu.username as "firstReviewer",
      s.status::text as "secondStatus", s.reviewer_id as "secondReviewerId", su.username as "secondReviewer"
    from unnest(${sql.param([...caseIds])}::text[]) with ordinality i(case_id, n)
    left join sampled_cases c on c.round_id = ${roundId} and c.case_id = i.case_id
    left join reviews f on f.round_id = ${roundId} and f.case_id = i.case_id and f.level = 'first'
    left join users fu on fu.id = f.reviewer_id
    left join reviews s on s.round_id = ${roundId} and s.case_id = i.case_id and s.level = 'second'
    left join users su on su.id = s.reviewer_id
    order by i.n`);
}

/** Per case, the first day the caseworker held it (only cases they ever held). */
export function heldAsCaseworker(db: Executor, caseworkerId: string, caseIds: readonly string[]): Promise<{ caseId: string; from: string }[]> {
  return queryRows(db, sql`select a.case_id as "caseId", min(a.assigned_from)::text as "from" from assignments a
    where a.caseworker_id = ${caseworkerId} and a.case_id = any(${sql.param([...caseIds])}::text[]) group by a.case_id`);
}

/** Creates the reviews, or gives existing drafts to the reviewer (a submitted review is refused by its trigger). */
export async function upsertReviews(db: Executor, roundId: number, caseIds: readonly string[], level: ReviewModel['level'], reviewerId: number): Promise<void> {
  await db.insert(reviews).values(caseIds.map((caseId) => ({ roundId, caseId, level, reviewerId })))
    .onConflictDoUpdate({ target: [reviews.roundId, reviews.caseId, reviews.level], set: { reviewerId: sql`excluded.reviewer_id` } });
}

export function candidateUsers(db: Executor): Promise<{ username: string; displayName: string; role: string }[]> {
  return db.select({ username: users.username, displayName: users.displayName, role: users.role }).from(users)
    .where(and(eq(users.disabled, false), inArray(users.role, [...REVIEWER_ROLES])))
    .orderBy(asc(users.displayName), asc(users.username));
}
