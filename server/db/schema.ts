// The data model: one table per file of the import format (../shared/spec/data-format.md),
// the department closure used to resolve scopes, and the import-batch record.
import { sql } from 'drizzle-orm';
import {
  pgTable, pgEnum, text, date, integer, serial, timestamp, jsonb, primaryKey, index, check, foreignKey,
} from 'drizzle-orm/pg-core';

export const deadlineUnit = pgEnum('deadline_unit', ['days', 'weeks', 'months']);
export const endReason = pgEnum('end_reason', ['resigned', 'retired', 'dismissed', 'transferred', 'other']);
export const caseOutcome = pgEnum('case_outcome', ['granted', 'partially_granted', 'refused', 'dismissed', 'withdrawn']);
export const contactChannel = pgEnum('contact_channel', ['meeting', 'phone', 'letter', 'email', 'digital']);
export const complaintCategory = pgEnum('complaint_category', ['processing_time', 'service', 'status_information', 'decision', 'other']);
export const appealOutcome = pgEnum('appeal_outcome', ['upheld', 'changed', 'remitted', 'dismissed']);
export const importStatus = pgEnum('import_status', ['running', 'succeeded', 'failed']);

export const departments = pgTable('departments', {
  departmentId: text('department_id').primaryKey(),
  name: text('name').notNull(),
  parentId: text('parent_id'),
}, (t) => [
  index('departments_parent_idx').on(t.parentId),
  foreignKey({ name: 'departments_parent_fk', columns: [t.parentId], foreignColumns: [t.departmentId] }),
]);

/** Every (ancestor, descendant) pair of the tree, depth 0 for the department itself; rebuilt at import. */
export const departmentClosure = pgTable('department_closure', {
  ancestorId: text('ancestor_id').notNull(),
  descendantId: text('descendant_id').notNull(),
  depth: integer('depth').notNull(),
}, (t) => [
  primaryKey({ columns: [t.ancestorId, t.descendantId] }),
  index('department_closure_descendant_idx').on(t.descendantId),
]);

export const caseTypes = pgTable('case_types', {
  caseTypeId: text('case_type_id').primaryKey(),
  name: text('name').notNull(),
  departmentId: text('department_id').notNull().references(() => departments.departmentId),
  legalBasis: text('legal_basis'),
});

export const deadlines = pgTable('deadlines', {
  caseTypeId: text('case_type_id').notNull().references(() => caseTypes.caseTypeId),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  deadlineValue: integer('deadline_value').notNull(),
  deadlineUnit: deadlineUnit('deadline_unit').notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseTypeId, t.effectiveFrom] }),
  check('deadlines_value_positive', sql`${t.deadlineValue} > 0`),
]);

export const caseworkers = pgTable('caseworkers', {
  caseworkerId: text('caseworker_id').primaryKey(),
  displayName: text('display_name').notNull(),
});

export const employments = pgTable('employments', {
  caseworkerId: text('caseworker_id').notNull().references(() => caseworkers.caseworkerId),
  departmentId: text('department_id').notNull().references(() => departments.departmentId),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  endReason: endReason('end_reason'),
}, (t) => [
  primaryKey({ columns: [t.caseworkerId, t.startDate] }),
  index('employments_department_idx').on(t.departmentId, t.startDate),
]);

export const cases = pgTable('cases', {
  caseId: text('case_id').primaryKey(),
  citizenId: text('citizen_id').notNull(),
  caseTypeId: text('case_type_id').notNull().references(() => caseTypes.caseTypeId),
  departmentId: text('department_id').notNull().references(() => departments.departmentId),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  decidedOn: date('decided_on', { mode: 'string' }),
  closedOn: date('closed_on', { mode: 'string' }),
  outcome: caseOutcome('outcome'),
}, (t) => [
  index('cases_department_decided_idx').on(t.departmentId, t.decidedOn),
  index('cases_department_received_idx').on(t.departmentId, t.receivedOn),
  index('cases_case_type_idx').on(t.caseTypeId),
  // "Open on A" (deadlines/case-view.ts openOnSql): the day the case stopped being open, infinity
  // while open; the backlog of a department is a range of this index, not a scan of its cases.
  index('cases_open_idx').on(t.departmentId, sql`coalesce(least(${t.decidedOn}, ${t.closedOn}), 'infinity'::date)`),
  index('cases_citizen_idx').on(t.citizenId),
]);

export const assignments = pgTable('assignments', {
  caseId: text('case_id').notNull().references(() => cases.caseId),
  caseworkerId: text('caseworker_id').notNull().references(() => caseworkers.caseworkerId),
  assignedFrom: date('assigned_from', { mode: 'string' }).notNull(),
  assignedTo: date('assigned_to', { mode: 'string' }),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.assignedFrom] }),
  index('assignments_caseworker_idx').on(t.caseworkerId),
]);

export const contacts = pgTable('contacts', {
  caseId: text('case_id').notNull().references(() => cases.caseId),
  caseworkerId: text('caseworker_id').notNull().references(() => caseworkers.caseworkerId),
  contactOn: date('contact_on', { mode: 'string' }).notNull(),
  channel: contactChannel('channel').notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.caseworkerId, t.contactOn, t.channel] }),
  // The continuity indices read the contacts of a period (index-only, with what they join on).
  index('contacts_contact_on_idx').on(t.contactOn, t.caseId, t.caseworkerId),
]);

export const complaints = pgTable('complaints', {
  complaintId: text('complaint_id').primaryKey(),
  departmentId: text('department_id').notNull().references(() => departments.departmentId),
  caseId: text('case_id').references(() => cases.caseId),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  category: complaintCategory('category').notNull(),
}, (t) => [index('complaints_department_received_idx').on(t.departmentId, t.receivedOn)]);

export const appeals = pgTable('appeals', {
  caseId: text('case_id').notNull().references(() => cases.caseId),
  appealedOn: date('appealed_on', { mode: 'string' }).notNull(),
  decidedOn: date('decided_on', { mode: 'string' }),
  outcome: appealOutcome('outcome'),
}, (t) => [primaryKey({ columns: [t.caseId, t.appealedOn] })]);

/** One row per import attempt: who, when, which files (with checksums), counts and outcome. */
export const importBatches = pgTable('import_batches', {
  id: serial('id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  startedBy: text('started_by').notNull(),
  source: text('source').notNull(),
  status: importStatus('status').notNull().default('running'),
  files: jsonb('files').$type<ImportedFile[]>().notNull().default([]),
  counts: jsonb('counts').$type<FileCounts[]>().notNull().default([]),
  errorCount: integer('error_count').notNull().default(0),
  errors: jsonb('errors').$type<ImportErrorRecord[]>().notNull().default([]),
});

export interface ImportedFile { file: string; sha256: string; bytes: number; records: number }
export interface FileCounts { file: string; inserted: number; updated: number; unchanged: number; removed: number }
/**
 * One problem of an import: where, the offending value, and what is wrong, as English text and (for
 * problems found since the codes were introduced) as a code with its values (importer/problem-text.ts).
 */
export interface ImportErrorRecord {
  file: string; line: number | null; column: string | null; value: string | null; message: string;
  code?: string; params?: Record<string, string | number>;
}

/**
 * Per decided case, filled at import (server/continuity/summary.ts): its assignments up to the
 * decision and its caseworker changes (metrics.md, "Caseworker changes of a case"). Neither depends
 * on the as-of date: an as-of date before `decided_on` simply leaves the case undecided. Computing
 * this per query took 230 ms for one year of the root scope and 6.6 s for ten years on 1 M cases.
 * `last_caseworker_id` is the caseworker of the last assignment up to the decision (or null).
 */
export const caseContinuity = pgTable('case_continuity', {
  caseId: text('case_id').primaryKey(),
  departmentId: text('department_id').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  assignments: integer('assignments').notNull(),
  changes: integer('changes').notNull(),
  /** The caseworker of the last assignment up to the decision; null without one. */
  lastCaseworkerId: text('last_caseworker_id'),
}, (t) => [index('case_continuity_department_decided_idx').on(t.departmentId, t.decidedOn, t.assignments, t.changes)]);

/**
 * Every caseworker change of a decided case up to its decision: the day the next (merged) period
 * starts and the caseworker before it, with the case's department and decision day for scoping.
 */
export const caseChanges = pgTable('case_changes', {
  caseId: text('case_id').notNull(),
  changedOn: date('changed_on', { mode: 'string' }).notNull(),
  previousCaseworkerId: text('previous_caseworker_id').notNull(),
  caseworkerId: text('caseworker_id').notNull(),
  departmentId: text('department_id').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.changedOn] }),
  index('case_changes_department_decided_idx').on(t.departmentId, t.decidedOn),
]);

/**
 * Every contact with its case's citizen, department and received day (refreshed at import with the
 * continuity summary), so the continuity indices read one period's contacts of a scope as an
 * index-only range per department. From `contacts` they had to join every contact of the period to
 * its case, over all departments: 370 ms instead of about 60 ms for one year on 1 M cases.
 */
export const citizenContacts = pgTable('citizen_contacts', {
  caseId: text('case_id').notNull(),
  departmentId: text('department_id').notNull(),
  contactOn: date('contact_on', { mode: 'string' }).notNull(),
  citizenId: text('citizen_id').notNull(),
  caseworkerId: text('caseworker_id').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
}, (t) => [
  index('citizen_contacts_department_idx').on(t.departmentId, t.contactOn, t.receivedOn, t.citizenId, t.caseworkerId),
  index('citizen_contacts_case_idx').on(t.caseId),
]);
