// The admin's publication settings (server/db/publication-schema.ts) and the key of the latest
// succeeded import, read together in one round trip on every public request: switching
// publication off takes effect at once, while the figures themselves are cached per import.
import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { departments } from '../db/schema';
import { publicationSettings } from '../db/publication-schema';
import { textArray } from './queries';

export interface PublicationSettingsModel {
  published: boolean;
  departmentIds: string[];
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** A new installation: nothing is published until an admin says so. */
export const DEFAULT_PUBLICATION: PublicationSettingsModel = { published: false, departmentIds: [], updatedAt: null, updatedBy: null };

export interface PublicationState {
  settings: PublicationSettingsModel;
  /** The id of the latest succeeded import batch ('none' before the first): the cache key of the figures. */
  importKey: string;
}

interface StateRow {
  published: boolean | null; departmentIds: string[] | string | null; updatedAt: Date | string | null;
  updatedBy: string | null; batchId: number | null;
}

export async function readPublicationState(db: Database): Promise<PublicationState> {
  const [row] = await queryRows<StateRow>(db, sql`select s.published, s.department_ids as "departmentIds",
      s.updated_at as "updatedAt", s.updated_by as "updatedBy",
      (select max(b.id) from import_batches b where b.status = 'succeeded') as "batchId"
    from (select 1) one left join publication_settings s on s.id = 1`);
  const settings = row?.published === null || row?.published === undefined ? DEFAULT_PUBLICATION : {
    published: row.published,
    departmentIds: row.departmentIds === null ? [] : textArray(row.departmentIds),
    updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt),
    updatedBy: row.updatedBy,
  };
  return { settings, importKey: row?.batchId === null || row?.batchId === undefined ? 'none' : String(row.batchId) };
}

export const MAX_PUBLISHED_DEPARTMENTS = 500;

/** Thrown for settings that cannot be saved; `field` names the input field. */
export class PublicationInputError extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`${field}: ${problem}`);
  }
}

/** Saves the settings (one row), refusing department ids the data does not hold. */
export async function savePublicationSettings(
  db: Database, input: { published: boolean; departmentIds: readonly string[] }, by: string, now: Date,
): Promise<PublicationSettingsModel> {
  const ids = [...new Set(input.departmentIds)];
  if (ids.length > MAX_PUBLISHED_DEPARTMENTS) {
    throw new PublicationInputError('departmentIds', `at most ${MAX_PUBLISHED_DEPARTMENTS} departments, got ${ids.length}`);
  }
  const known = ids.length === 0 ? [] : await db.select({ id: departments.departmentId }).from(departments).where(inArray(departments.departmentId, ids));
  const unknown = ids.filter((id) => !known.some((k) => k.id === id));
  if (unknown.length > 0) {
    throw new PublicationInputError('departmentIds', `no department has the id ${unknown.slice(0, 5).map((id) => `"${id.slice(0, 40)}"`).join(', ')}`);
  }
  const values = { published: input.published, departmentIds: ids, updatedAt: now, updatedBy: by };
  await db.insert(publicationSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: publicationSettings.id, set: values });
  return { ...values, updatedAt: now };
}
