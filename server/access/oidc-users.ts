// The users row behind an OpenID Connect sign-in: read from the ID token claims, found by the
// provider's subject, created on first sign-in, and given the role and departments of the
// user's groups every time, because the identity provider is the source of truth for access.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { users, userDepartments } from '../db/access-schema';
import { accessFromGroups, groupValues, identityFromClaims, type OidcAccess, type OidcIdentity } from './oidc-claims';
import type { OidcConfig } from './oidc-config';

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: string };
export type OidcLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/** From validated ID token claims to a signed-in user id, or the reason for refusing. */
export async function signInWithClaims(
  db: Database, config: OidcConfig, claims: Record<string, unknown>, log: OidcLog,
): Promise<SignInResult> {
  const read = identityFromClaims(claims, config.groupsClaim);
  if (!read.ok) return read;
  const { identity } = read;
  const access = accessFromGroups(identity.groups, config.groupMap);
  if (!access) {
    const groups = groupValues(identity.groups).slice(0, 20).join(', ') || 'none';
    return { ok: false, reason: `"${identity.username}" is not given access to Tilsyn: none of the groups in "${config.groupsClaim}" is mapped (${groups})` };
  }
  if (access.outranked.length > 0) {
    log('warn', 'groups map to several roles; the highest wins', { username: identity.username, role: access.role, outranked: access.outranked });
  }
  const result = await upsertOidcUser(db, identity, access);
  if (result.ok) log('info', 'signed in with OpenID Connect', { username: identity.username, userId: result.userId, role: access.role });
  return result;
}

type UserRow = typeof users.$inferSelect;

export async function upsertOidcUser(db: Database, identity: OidcIdentity, access: OidcAccess): Promise<SignInResult> {
  return db.transaction(async (tx) => {
    const [known] = await tx.select().from(users).where(eq(users.oidcSubject, identity.subject));
    const result = known ? await updateKnown(tx, known, identity, access) : await insertNew(tx, identity, access);
    if (result.ok) await replaceDepartments(tx, result.userId, access.departmentIds);
    return result;
  });
}

/** Another user holding this username (compared case-insensitively), if any. */
async function holderOf(tx: Executor, username: string, exceptId?: number): Promise<UserRow | undefined> {
  const sameName = sql`lower(${users.username}) = ${username}`;
  const [row] = await tx.select().from(users).where(exceptId === undefined ? sameName : and(sameName, ne(users.id, exceptId)));
  return row;
}

async function updateKnown(tx: Executor, user: UserRow, identity: OidcIdentity, access: OidcAccess): Promise<SignInResult> {
  if (user.disabled) return { ok: false, reason: `user "${user.username}" is disabled in Tilsyn` };
  // A renamed account (new UPN) keeps its row; the new name must not belong to someone else.
  if (user.username !== identity.username && await holderOf(tx, identity.username, user.id)) {
    return { ok: false, reason: `username "${identity.username}" (renamed from "${user.username}") belongs to another user` };
  }
  await tx.update(users)
    .set({ username: identity.username, displayName: identity.displayName, role: access.role })
    .where(eq(users.id, user.id));
  return { ok: true, userId: user.id };
}

async function insertNew(tx: Executor, identity: OidcIdentity, access: OidcAccess): Promise<SignInResult> {
  const holder = await holderOf(tx, identity.username);
  // Never merge silently: the local account may belong to someone else who happens to share
  // the name, and merging would hand them its history (and the provider its password).
  if (holder && holder.oidcSubject === null) {
    return {
      ok: false,
      reason: `a local user "${holder.username}" exists without an OpenID Connect subject; not merging. `
        + `To link it, set its oidc_subject to "${identity.subject}"; otherwise rename or remove it`,
    };
  }
  if (holder) {
    return { ok: false, reason: `username "${identity.username}" belongs to another OpenID Connect subject (${holder.oidcSubject})` };
  }
  const [row] = await tx.insert(users).values({
    username: identity.username,
    displayName: identity.displayName,
    role: access.role,
    passwordHash: null,
    oidcSubject: identity.subject,
  }).returning({ id: users.id });
  if (!row) throw new Error('insert into users returned no row');
  return { ok: true, userId: row.id };
}

async function replaceDepartments(tx: Executor, userId: number, departmentIds: readonly string[]): Promise<void> {
  await tx.delete(userDepartments).where(eq(userDepartments.userId, userId));
  if (departmentIds.length === 0) return;
  await tx.insert(userDepartments).values(departmentIds.map((departmentId) => ({ userId, departmentId })));
}
