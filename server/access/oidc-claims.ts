// From the identity provider's ID token claims to a Tilsyn identity and access. Pure: no I/O.
import type { Role } from './roles';
import type { GroupMap } from './oidc-config';

/**
 * Which role wins when a user's groups map to several. Roles are not nested (an admin reads no
 * case content, a director manages no users), so "most privileged" is a choice, made so:
 * - admin first: it decides who sees what (adds users, issues API tokens that act as any
 *   user), so it is the most powerful role; and an account in both an admin group and a case
 *   group ends up without case content, the data-protection-safe side of the conflict.
 *   The conflict is reported (`outranked`) so the groups can be fixed: admins should use an
 *   account of their own for case work (separation of duties).
 * - then by reach into personal data: director (every case) > manager (cases in own
 *   subtrees) > reviewer (only cases assigned in review rounds) > committee (aggregates
 *   under disclosure control, no case data).
 */
export const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'director', 'manager', 'reviewer', 'committee'];

export interface OidcAccess {
  role: Role;
  /** Union of the departments of every matched group that maps to `role`, sorted. */
  departmentIds: string[];
  /** Other roles the user's groups map to, lost to `role`; for the log. */
  outranked: Role[];
}

/** The group values of a claim: a list, or a single string (AD FS sends one group that way). */
export function groupValues(claim: unknown): string[] {
  const values = Array.isArray(claim) ? claim : [claim];
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** The role and departments the groups give, or null when no group is mapped (no access). */
export function accessFromGroups(groups: unknown, groupMap: GroupMap): OidcAccess | null {
  const grants = groupValues(groups).flatMap((g) => {
    const grant = groupMap.get(g.toLowerCase());
    return grant ? [grant] : [];
  });
  const roles = ROLE_PRECEDENCE.filter((r) => grants.some((g) => g.role === r));
  const [role, ...outranked] = roles;
  if (role === undefined) return null;
  const departments = new Set(grants.filter((g) => g.role === role).flatMap((g) => g.departmentIds));
  return { role, departmentIds: [...departments].sort(), outranked };
}

export interface OidcIdentity {
  /** `iss|sub`: stable per person and provider, unlike usernames (stored as users.oidc_subject). */
  subject: string;
  username: string;
  displayName: string;
  groups: unknown;
}

export type IdentityResult = { ok: true; identity: OidcIdentity } | { ok: false; reason: string };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Reads who signed in from validated ID token claims. */
export function identityFromClaims(claims: Record<string, unknown>, groupsClaim: string): IdentityResult {
  const iss = text(claims.iss);
  const sub = text(claims.sub);
  if (!iss || !sub) return { ok: false, reason: 'the ID token lacks iss or sub' };
  // Entra ID sends preferred_username (the UPN); AD FS sends upn unless told otherwise.
  const username = (text(claims.preferred_username) ?? text(claims.upn) ?? text(claims.email))?.toLowerCase();
  if (!username) return { ok: false, reason: 'the ID token has neither preferred_username, upn nor email' };
  if (isGroupsOverage(claims, groupsClaim)) {
    return {
      ok: false,
      reason: `the ID token has no "${groupsClaim}" list because the user is in too many groups (Entra ID overage); `
        + 'limit the groups claim to groups assigned to the application',
    };
  }
  return {
    ok: true,
    identity: { subject: `${iss}|${sub}`, username, displayName: text(claims.name) ?? username, groups: claims[groupsClaim] },
  };
}

/** Entra ID replaces a long group list by a pointer (`_claim_names`) or `hasgroups: true`. */
function isGroupsOverage(claims: Record<string, unknown>, groupsClaim: string): boolean {
  if (claims[groupsClaim] !== undefined) return false;
  const names = claims._claim_names;
  const pointed = typeof names === 'object' && names !== null && groupsClaim in names;
  return pointed || claims.hasgroups === true || claims.hasgroups === 'true';
}
