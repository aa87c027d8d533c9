// Supervisory review (ledelsestilsyn): checklist templates, rounds with their stored frame and seed,
// the drawn sample and reserve, reviews, follow-up actions and the round's event log.
// Case and department ids are kept as imported, without foreign keys, so a re-import cannot break
// a round (Verify then shows how the frame changed).
import { sql } from 'drizzle-orm';
import {
  pgTable, pgEnum, text, date, integer, serial, bigserial, timestamp, jsonb, boolean, doublePrecision,
  primaryKey, index, uniqueIndex, check,
} from 'drizzle-orm/pg-core';
import { users } from './access-schema';

export const frameKind = pgEnum('frame_kind', ['decided_in_period', 'open_at']);
export const stratification = pgEnum('stratification', ['department', 'department_and_case_type']);
export const allocationMethod = pgEnum('allocation_method', ['equal', 'proportional']);
export const eliminationReason = pgEnum('elimination_reason', [
  'wrong_case_type', 'transferred', 'not_yet_documented', 'conflict_of_interest', 'other',
]);
export const reviewLevel = pgEnum('review_level', ['first', 'second']);
export const reviewStatus = pgEnum('review_status', ['draft', 'submitted']);
export const overallAssessment = pgEnum('overall_assessment', ['in_order', 'minor_deficiencies', 'significant_deficiencies']);
export const decisionAssessment = pgEnum('decision_assessment', ['upheld', 'changed', 'remitted']);
export const followUpStatus = pgEnum('follow_up_status', ['open', 'in_progress', 'done', 'dropped']);

/** `items`: `[{ text, legalReference, ruleType: 'mandatory_safeguard' | 'procedural' }]`, numbered from 1 in order. */
export const checklistTemplates = pgTable('checklist_templates', {
  version: integer('version').primaryKey(),
  items: jsonb('items').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  /** Null for the built-in version 1. */
  publishedBy: integer('published_by').references(() => users.id),
});

export const reviewRounds = pgTable('review_rounds', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  scopeId: text('scope_id').notNull(),
  frameKind: frameKind('frame_kind').notNull(),
  periodFrom: date('period_from', { mode: 'string' }),
  periodTo: date('period_to', { mode: 'string' }),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  caseTypeIds: text('case_type_ids').array().notNull().default(sql`'{}'`),
  excludeEarlierRounds: boolean('exclude_earlier_rounds').notNull(),
  stratification: stratification('stratification').notNull(),
  allocationMethod: allocationMethod('allocation_method').notNull(),
  /** PROPORTIONAL: the requested total; EQUAL: the requested cases per stratum. */
  allocationSize: integer('allocation_size').notNull(),
  seed: text('seed').notNull(),
  reserveShare: doublePrecision('reserve_share').notNull(),
  checklistVersion: integer('checklist_version').notNull().references(() => checklistTemplates.version),
  frameSize: integer('frame_size').notNull(),
  createdBy: integer('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
}, (t) => [
  index('review_rounds_scope_idx').on(t.scopeId),
  check('review_rounds_reserve_share', sql`${t.reserveShare} >= 0 and ${t.reserveShare} <= 1`),
]);

/**
 * A round's strata with the stored frame: every case id of the stratum (in no particular order), so
 * Verify can re-draw. The ids are stored uncompressed (migration 0006: STORAGE EXTERNAL, for speed),
 * and just after the round is drawn: null until then (reviews/frame-store.ts).
 */
export const reviewStrata = pgTable('review_strata', {
  roundId: integer('round_id').notNull().references(() => reviewRounds.id, { onDelete: 'cascade' }),
  stratumKey: text('stratum_key').notNull(),
  departmentId: text('department_id').notNull(),
  caseTypeId: text('case_type_id'),
  frameSize: integer('frame_size').notNull(),
  allocated: integer('allocated').notNull(),
  frameCaseIds: text('frame_case_ids').array(),
}, (t) => [primaryKey({ columns: [t.roundId, t.stratumKey] })]);

/**
 * The drawn cases and the reserve of each stratum, in hash order (`position` from 1). A reserve case
 * enters the sample when `replaces_case_id` is set; a case leaves it when `eliminated_at` is set.
 */
export const sampledCases = pgTable('sampled_cases', {
  roundId: integer('round_id').notNull().references(() => reviewRounds.id, { onDelete: 'cascade' }),
  caseId: text('case_id').notNull(),
  stratumKey: text('stratum_key').notNull(),
  position: integer('position').notNull(),
  fromReserve: boolean('from_reserve').notNull(),
  /** Set on a reserve case when it takes an eliminated case's place. */
  replacesCaseId: text('replaces_case_id'),
  eliminatedAt: timestamp('eliminated_at', { withTimezone: true }),
  eliminationReason: eliminationReason('elimination_reason'),
  eliminationNote: text('elimination_note'),
  eliminatedBy: integer('eliminated_by').references(() => users.id),
}, (t) => [
  primaryKey({ columns: [t.roundId, t.caseId] }),
  uniqueIndex('sampled_cases_position_idx').on(t.roundId, t.stratumKey, t.position),
  index('sampled_cases_case_idx').on(t.caseId),
]);

/** One reviewer's review of one sampled case at one level; `answers`: `[{ itemNumber, answer, note }]`. */
export const reviews = pgTable('reviews', {
  id: serial('id').primaryKey(),
  roundId: integer('round_id').notNull().references(() => reviewRounds.id, { onDelete: 'cascade' }),
  caseId: text('case_id').notNull(),
  level: reviewLevel('level').notNull(),
  reviewerId: integer('reviewer_id').notNull().references(() => users.id),
  status: reviewStatus('status').notNull().default('draft'),
  answers: jsonb('answers').notNull().default(sql`'[]'::jsonb`),
  overall: overallAssessment('overall'),
  decision: decisionAssessment('decision'),
  note: text('note'),
  savedAt: timestamp('saved_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('reviews_case_level_idx').on(t.roundId, t.caseId, t.level),
  index('reviews_reviewer_idx').on(t.reviewerId),
]);

export const followUpActions = pgTable('follow_up_actions', {
  id: serial('id').primaryKey(),
  roundId: integer('round_id').notNull().references(() => reviewRounds.id, { onDelete: 'cascade' }),
  caseId: text('case_id'),
  itemNumber: integer('item_number'),
  text: text('text').notNull(),
  responsible: text('responsible').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: followUpStatus('status').notNull().default('open'),
  dropReason: text('drop_reason'),
  createdBy: integer('created_by').notNull().references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('follow_up_actions_round_idx').on(t.roundId)]);

/** What happened on a round (append-only: a trigger refuses update and delete). `detail` is free JSON. */
export const reviewRoundEvents = pgTable('review_round_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  roundId: integer('round_id').notNull().references(() => reviewRounds.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: integer('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  caseId: text('case_id'),
  detail: jsonb('detail'),
}, (t) => [index('review_round_events_round_idx').on(t.roundId, t.id)]);
