import { canUse, landingRoute, type Role } from './roleAccess';

export const SIGN_IN_ROUTE = 'sign-in';
export const FORBIDDEN_ROUTE = 'forbidden';

/** What the guard needs to know about a target route. */
export interface GuardTarget {
  name?: unknown;
  path: string;
  fullPath: string;
  query: Readonly<Record<string, unknown>>;
  meta: { public?: boolean; roles?: readonly Role[] };
}

/** A redirect the router understands. */
export type GuardRedirect = string | { name: string; query?: Record<string, string> };

/**
 * A `returnTo` that is safe to go to after sign-in: a path on this site (never `//host` or a
 * scheme, so sign-in cannot be used to send anyone elsewhere) and not the sign-in page itself.
 */
export function safeReturnTo(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' || !first.startsWith('/') || first.startsWith('//') || first.includes('\\')) return null;
  if (/^\/log-ind(?:[/?#]|$)/.test(first)) return null;
  return first;
}

function allowed(target: GuardTarget, role: Role): boolean {
  return target.meta.roles ? target.meta.roles.includes(role) : canUse(role, target.name);
}

/**
 * Where a navigation may go: public pages are open to all (and a signed-in user who opens the
 * sign-in page is sent on); everything else needs a session (after an expired one, the sign-in
 * page says so), and the role's pages. The home address `/` sends a role without the overview
 * to its own landing page instead of refusing. The not-allowed page learns the refused page as `?page=`.
 */
export function accessDecision(target: GuardTarget, role: Role | null, expired = false): true | GuardRedirect {
  if (target.meta.public) {
    if (role === null || target.name !== SIGN_IN_ROUTE) return true;
    return safeReturnTo(target.query.returnTo) ?? { name: landingRoute(role) };
  }
  if (role === null) {
    return { name: SIGN_IN_ROUTE, query: expired ? { returnTo: target.fullPath, expired: '1' } : { returnTo: target.fullPath } };
  }
  if (allowed(target, role)) return true;
  if (target.path === '/') return { name: landingRoute(role) };
  return { name: FORBIDDEN_ROUTE, query: { page: target.fullPath } };
}
