import type { Role as ApiRole } from '../gql/graphql';
import { ROLES, type Role } from './roleAccess';

export type { ApiRole };

/** The API's role enum (`MANAGER`) for a client role (`manager`). */
export function apiRole(role: Role): ApiRole {
  return role.toUpperCase() as ApiRole;
}

/** The i18n key of a role's Danish/English name, for the API's enum; unknown values fall back to null. */
export function roleKey(role: string): string | null {
  const lower = role.toLowerCase();
  return (ROLES as readonly string[]).includes(lower) ? `role.${lower}` : null;
}

export type SignInMethod = 'sso' | 'password' | 'demo' | 'none';

/** How a user signs in: the identity provider first, then a password, a demo account's button; otherwise only API tokens. */
export function signInMethod(user: { usesSingleSignOn: boolean; hasPassword: boolean; isDemoAccount: boolean }): SignInMethod {
  if (user.usesSingleSignOn) return 'sso';
  if (user.hasPassword) return 'password';
  return user.isDemoAccount ? 'demo' : 'none';
}
