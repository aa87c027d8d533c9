// Where the guard looks things up: the department closure, and the cases assigned for review.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { subtreeDepartmentIds } from '../organisation/queries';
import type { GuardSources } from './guard';

/** The cases of the user's reviews (either level) in rounds that are not closed: what a reviewer may read. */
export async function reviewCasesOf(db: Database, userId: number): Promise<Set<string>> {
  const rows = await queryRows<{ caseId: string }>(db, sql`select distinct r.case_id as "caseId" from reviews r
    join review_rounds rr on rr.id = r.round_id where r.reviewer_id = ${userId} and rr.closed_at is null`);
  return new Set(rows.map((row) => row.caseId));
}

export function guardSources(db: Database): GuardSources {
  return {
    subtreeOf: async (roots) => new Set(await subtreeDepartmentIds(db, roots)),
    reviewCasesOf: (userId) => reviewCasesOf(db, userId),
  };
}
