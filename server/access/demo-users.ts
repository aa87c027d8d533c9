// One demo account per role, for trying Tilsyn on the demo municipality. They have no password:
// only the demo sign-in (demo mode on) opens them, and with demo mode off they are disabled.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { caseworkers, departments } from '../db/schema';
import { sessions, userDepartments, users } from '../db/access-schema';
import type { Role } from './roles';

export interface DemoAccount {
  username: string; displayName: string; role: Role; departmentIds: readonly string[];
  /** The account's own caseworker id in the demo data, linked when the data has it. */
  caseworkerId?: string;
}

/** Borgercenter Handicap in the demo municipality (server/demo/organisation.ts). */
export const DEMO_MANAGER_DEPARTMENT = 'SOF.BCH';
/** The social committee follows the social administration: the committee member's pages open on it (her access is not narrowed). */
export const DEMO_COMMITTEE_DEPARTMENT = 'SOF';

/**
 * The demo reviewer was once a caseworker: the demo's first caseworker (server/demo/staff.ts numbers
 * them SB000001, … in the order the simulation hires them, the same for every seed and scale), so
 * the rule that nobody reviews a case they held shows in the demo.
 */
export const DEMO_REVIEWER_CASEWORKER = 'SB000001';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'demo-admin', displayName: 'Karen Holm (administrator)', role: 'admin', departmentIds: [] },
  { username: 'demo-direktor', displayName: 'Henrik Madsen (direktør)', role: 'director', departmentIds: [] },
  { username: 'demo-leder', displayName: 'Mette Jørgensen (leder, Borgercenter Handicap)', role: 'manager', departmentIds: [DEMO_MANAGER_DEPARTMENT] },
  { username: 'demo-tilsyn', displayName: 'Søren Nielsen (tilsynsførende)', role: 'reviewer', departmentIds: [], caseworkerId: DEMO_REVIEWER_CASEWORKER },
  { username: 'demo-udvalg', displayName: 'Lone Christensen (udvalgsmedlem)', role: 'committee', departmentIds: [DEMO_COMMITTEE_DEPARTMENT] },
];

export const DEMO_USERNAMES: readonly string[] = DEMO_ACCOUNTS.map((a) => a.username);

export function isDemoUsername(username: string): boolean {
  return DEMO_USERNAMES.includes(username.trim().toLowerCase());
}

/**
 * Creates the demo accounts, or puts them back as defined (role, name, departments, no
 * password, enabled). Idempotent, and safe on a database that already had data.
 * Returns warnings, e.g. when the manager's department is not in the data.
 */
export async function ensureDemoUsers(db: Database): Promise<string[]> {
  const warnings: string[] = [];
  const [known] = await db.select({ id: departments.departmentId }).from(departments).where(eq(departments.departmentId, DEMO_MANAGER_DEPARTMENT));
  if (!known) warnings.push(`department ${DEMO_MANAGER_DEPARTMENT} is not in the data: demo-leder sees no cases`);
  const [caseworker] = await db.select({ id: caseworkers.caseworkerId }).from(caseworkers).where(eq(caseworkers.caseworkerId, DEMO_REVIEWER_CASEWORKER));
  await db.transaction(async (tx) => {
    for (const account of DEMO_ACCOUNTS) {
      // Linked only when the data has that caseworker (the demo municipality does; other data need not).
      const caseworkerId = account.caseworkerId !== undefined && caseworker ? account.caseworkerId : null;
      const values = { displayName: account.displayName, role: account.role, passwordHash: null, disabled: false, caseworkerId };
      const [row] = await tx.insert(users).values({ username: account.username, ...values })
        .onConflictDoUpdate({ target: users.username, set: values }).returning({ id: users.id });
      await tx.delete(userDepartments).where(eq(userDepartments.userId, row!.id));
      if (account.departmentIds.length > 0) {
        await tx.insert(userDepartments).values(account.departmentIds.map((departmentId) => ({ userId: row!.id, departmentId })));
      }
    }
  });
  return warnings;
}

/** Demo mode off: the demo accounts cannot be used in any way (sessions end, tokens stop). */
export async function disableDemoUsers(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const demo = await tx.update(users).set({ disabled: true }).where(inArray(users.username, [...DEMO_USERNAMES])).returning({ id: users.id });
    if (demo.length > 0) await tx.delete(sessions).where(inArray(sessions.userId, demo.map((u) => u.id)));
  });
}

/** The demo accounts that can be used now, for the sign-in page. */
export async function availableDemoAccounts(db: Database): Promise<Array<{ username: string; displayName: string; role: Role }>> {
  const rows = await db.select({ username: users.username, displayName: users.displayName, role: users.role }).from(users)
    .where(and(inArray(users.username, [...DEMO_USERNAMES]), eq(users.disabled, false)));
  // In the order of DEMO_ACCOUNTS (admin first), not the database's.
  return DEMO_USERNAMES.flatMap((name) => rows.filter((r) => r.username === name));
}
