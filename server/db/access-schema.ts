// Who may use Tilsyn and what they looked at: users and their department scopes, browser
// sessions, API tokens, sign-in throttling and the append-only access log of personal data.
import { sql } from 'drizzle-orm';
import {
  pgTable, pgEnum, text, integer, serial, bigserial, timestamp, boolean, primaryKey, index, uniqueIndex,
} from 'drizzle-orm/pg-core';

export const role = pgEnum('role', ['admin', 'director', 'manager', 'reviewer', 'committee']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: role('role').notNull(),
  /** scrypt hash (`scrypt$N$r$p$salt$hash`); null for accounts that sign in through OpenID Connect only. */
  passwordHash: text('password_hash'),
  /** The identity provider's `iss` + `sub`, set on the first OpenID Connect sign-in. */
  oidcSubject: text('oidc_subject'),
  /** The user's own imported `caseworker_id`, if they also handle cases: they may never review a case they held. */
  caseworkerId: text('caseworker_id'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('users_username_idx').on(t.username),
  uniqueIndex('users_oidc_subject_idx').on(t.oidcSubject),
]);

/** The department subtrees a manager (or reviewer) works in; ids as imported, no FK so a re-import cannot break sign-in. */
export const userDepartments = pgTable('user_departments', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  departmentId: text('department_id').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.departmentId] })]);

/** Server-side browser sessions; the cookie holds a random token, only its SHA-256 is stored. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** API tokens for scripts; stored as SHA-256 of the token, shown once when issued. */
export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  label: text('label').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)]);

/** Failed sign-ins per throttling key (username and client address), for lock-outs that hold across processes. */
export const signInFailures = pgTable('sign_in_failures', {
  throttleKey: text('throttle_key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: timestamp('first_failure_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * Every read of case-level or citizen-level data: who, when, in which role, why, and which
 * cases and citizens. A trigger (migration 0001) refuses updates, and deletes except the purge.
 */
export const accessLog = pgTable('access_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: integer('user_id').notNull(),
  username: text('username').notNull(),
  role: role('role').notNull(),
  via: text('via').notNull(),
  purpose: text('purpose').notNull(),
  purposeReference: text('purpose_reference'),
  operation: text('operation').notNull(),
  requestId: text('request_id').notNull(),
  caseIds: text('case_ids').array().notNull().default(sql`'{}'::text[]`),
  citizenPseudonyms: text('citizen_pseudonyms').array().notNull().default(sql`'{}'::text[]`),
}, (t) => [
  index('access_log_at_idx').on(t.at),
  index('access_log_user_idx').on(t.username, t.at),
  index('access_log_citizens_idx').using('gin', t.citizenPseudonyms),
]);
