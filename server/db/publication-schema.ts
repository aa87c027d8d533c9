// What an admin chose to publish on the public page "Sagsbehandlingstider" and as open data
// (server/public-times). One row at most: no row means the defaults of a new installation,
// publication off and no departments, so nothing is public until an admin decides it.
import { sql } from 'drizzle-orm';
import { pgTable, integer, boolean, text, timestamp, check } from 'drizzle-orm/pg-core';

export const publicationSettings = pgTable('publication_settings', {
  /** Always 1: the table holds the installation's single settings row. */
  id: integer('id').primaryKey().default(1),
  published: boolean('published').notNull().default(false),
  /** Department ids as imported, each published with its subtree; no FK so a re-import cannot break it. */
  departmentIds: text('department_ids').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
}, (t) => [check('publication_settings_single_row', sql`${t.id} = 1`)]);
