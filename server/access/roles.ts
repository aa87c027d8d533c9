// The five roles of Tilsyn (../shared/spec/domain.md) and what each is for.
import { role } from '../db/access-schema';

export type Role = (typeof role.enumValues)[number];
export const ROLES: readonly Role[] = role.enumValues;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles whose case-level reads are limited to the user's own department subtrees. */
export const SUBTREE_BOUND_ROLES: readonly Role[] = ['manager'];
