// Checklist templates with their publisher's display name.
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { users } from '../db/access-schema';
import { checklistTemplates } from '../db/review-schema';
import type { ChecklistItemRow } from './models';
import type { ChecklistTemplateRow } from './checklist';

const columns = {
  version: checklistTemplates.version,
  items: checklistTemplates.items,
  publishedAt: checklistTemplates.publishedAt,
  publishedBy: users.displayName,
};

/** Every version, newest first. */
export function allTemplates(db: Executor): Promise<ChecklistTemplateRow[]> {
  return db.select(columns).from(checklistTemplates).leftJoin(users, eq(users.id, checklistTemplates.publishedBy))
    .orderBy(desc(checklistTemplates.version));
}

export function templatesByVersions(db: Executor, versions: readonly number[]): Promise<ChecklistTemplateRow[]> {
  return db.select(columns).from(checklistTemplates).leftJoin(users, eq(users.id, checklistTemplates.publishedBy))
    .where(inArray(checklistTemplates.version, [...versions]));
}

export async function userExists(db: Executor, userId: number): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1)).length > 0;
}

/**
 * Inserts the next version. Two admins publishing at once compute the same number; the primary key
 * lets one win and the other is told to try again (nothing half-written).
 */
export async function insertNextTemplate(db: Executor, items: ChecklistItemRow[], userId: number): Promise<number | null> {
  const [row] = await db.insert(checklistTemplates).values({
    version: sql`(select coalesce(max(${checklistTemplates.version}), 0) + 1 from ${checklistTemplates})`,
    items, publishedBy: userId,
  }).onConflictDoNothing().returning({ version: checklistTemplates.version });
  return row?.version ?? null;
}
