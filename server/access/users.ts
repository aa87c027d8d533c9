// User accounts: adding (checked), finding, listing, passwords and disabling. Disabling an
// account or setting its password ends its browser sessions at once.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { caseworkers, departments } from '../db/schema';
import { sessions, userDepartments, users } from '../db/access-schema';
import type { Role } from './roles';
import type { SignInMethod, Viewer } from './viewer';
import { hashPassword } from './passwords';
import { DEMO_USERNAMES } from './demo-users';
import {
  AccessInputError, checkPassword, cleanCaseworkerId, cleanDepartmentIds, cleanDisplayName, normaliseUsername, parseRole,
} from './user-input';

export type UserRow = typeof users.$inferSelect;

/** A user as shown to admins (never the password hash). */
export interface UserSummary {
  id: number; username: string; displayName: string; role: Role; departmentIds: string[];
  /** The user's own imported caseworker id, if they also handle cases. */
  caseworkerId: string | null;
  usesSingleSignOn: boolean; hasPassword: boolean; disabled: boolean; createdAt: Date;
}

export interface NewUser {
  username: string;
  displayName?: string | null;
  /** One of roles.ts, in either case. */
  role: string;
  departmentIds?: readonly string[] | null;
  /** Absent for accounts that sign in through the identity provider only. */
  password?: string | null;
  /** The user's own imported `caseworker_id`: they may never review a case they held. */
  caseworkerId?: string | null;
}

export async function addUser(db: Database, input: NewUser): Promise<UserSummary> {
  const username = normaliseUsername(input.username);
  if ((DEMO_USERNAMES as readonly string[]).includes(username)) {
    throw new AccessInputError('username', `"${username}" is reserved for the demo accounts`);
  }
  const role = parseRole(input.role);
  const displayName = cleanDisplayName(input.displayName, username);
  const departmentIds = cleanDepartmentIds(input.departmentIds, role);
  await requireDepartments(db, departmentIds);
  const caseworkerId = cleanCaseworkerId(input.caseworkerId);
  await requireCaseworker(db, caseworkerId);
  if (await findUserByUsername(db, username)) throw taken(username);
  const passwordHash = input.password == null ? null : await hashPassword(checkPassword(input.password));
  const id = await db.transaction(async (tx) => {
    // The unique index decides a race between two admins adding the same name.
    const [row] = await tx.insert(users).values({ username, displayName, role, passwordHash, caseworkerId })
      .onConflictDoNothing({ target: users.username }).returning({ id: users.id });
    if (!row) throw taken(username);
    if (departmentIds.length > 0) await tx.insert(userDepartments).values(departmentIds.map((departmentId) => ({ userId: row.id, departmentId })));
    return row.id;
  });
  return (await userSummaries(db, eq(users.id, id)))[0]!;
}

/** Case-insensitive; null when there is no such user (or the name cannot be one). */
export async function findUserByUsername(db: Database, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).limit(1);
  return row ?? null;
}

export function listUsers(db: Database): Promise<UserSummary[]> {
  return userSummaries(db);
}

export async function setPassword(db: Database, username: string, password: string): Promise<void> {
  const user = await requireUser(db, username);
  const passwordHash = await hashPassword(checkPassword(password));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
  });
}

/** The account can no longer sign in; its sessions end and its API tokens stop working. */
export async function disableUser(db: Database, username: string): Promise<UserSummary> {
  const user = await requireUser(db, username);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
  });
  return (await userSummaries(db, eq(users.id, user.id)))[0]!;
}

export async function requireUser(db: Database, username: string): Promise<UserRow> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new AccessInputError('username', `no user is called "${username.slice(0, 70)}"`);
  return user;
}

export async function departmentIdsOf(db: Database, userId: number): Promise<string[]> {
  const rows = await db.select({ id: userDepartments.departmentId }).from(userDepartments)
    .where(eq(userDepartments.userId, userId)).orderBy(asc(userDepartments.departmentId));
  return rows.map((r) => r.id);
}

export async function viewerOf(db: Database, user: Pick<UserRow, 'id' | 'username' | 'displayName' | 'role'>, via: SignInMethod): Promise<Viewer> {
  const departmentIds = await departmentIdsOf(db, user.id);
  return { userId: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentIds, via };
}

/** Every id must name an imported department; the error names the first that does not. */
async function requireDepartments(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.select({ id: departments.departmentId }).from(departments).where(inArray(departments.departmentId, [...ids]));
  const known = new Set(found.map((r) => r.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AccessInputError('departmentIds', `no department has the id "${unknown}"`);
}

/** A caseworker id must name an imported caseworker, or the self-review rule could never match. */
async function requireCaseworker(db: Database, id: string | null): Promise<void> {
  if (id === null) return;
  const [found] = await db.select({ id: caseworkers.caseworkerId }).from(caseworkers).where(eq(caseworkers.caseworkerId, id));
  if (!found) throw new AccessInputError('caseworkerId', `no caseworker has the id "${id.slice(0, 70)}"`);
}

function taken(username: string): AccessInputError {
  return new AccessInputError('username', `"${username}" is already taken`);
}

function userSummaries(db: Database, where?: SQL): Promise<UserSummary[]> {
  return db.select({
    id: users.id, username: users.username, displayName: users.displayName, role: users.role,
    departmentIds: sql<string[]>`coalesce(array_agg(${userDepartments.departmentId} order by ${userDepartments.departmentId})
      filter (where ${userDepartments.departmentId} is not null), '{}')`,
    caseworkerId: users.caseworkerId,
    usesSingleSignOn: sql<boolean>`${users.oidcSubject} is not null`,
    hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    disabled: users.disabled, createdAt: users.createdAt,
  }).from(users).leftJoin(userDepartments, eq(userDepartments.userId, users.id))
    .where(where).groupBy(users.id).orderBy(asc(users.username));
}
