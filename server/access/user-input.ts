// Checking what an admin types for a user account, before anything touches the database.
// Pure: every function returns the cleaned value or throws an AccessInputError naming the field.
import { isRole, type Role } from './roles';

/** Input a caller can correct; `field` names what is wrong (GraphQL argument, CLI option). */
export class AccessInputError extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'AccessInputError';
  }
}

export const USERNAME_PATTERN = /^[a-z0-9._@-]{2,64}$/;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
const MAX_DISPLAY_NAME = 200;
const MAX_LABEL = 100;
const CONTROL = /\p{Cc}/u;

/** Usernames are case-folded: `Anne.Holm` and `anne.holm` are the same account. */
export function normaliseUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new AccessInputError('username', `"${raw.slice(0, 70)}" must be 2–64 characters of a–z, 0–9 and . _ @ -`);
  }
  return username;
}

/** Roles are accepted in either case (`manager` from the CLI, `MANAGER` from the API). */
export function parseRole(raw: string): Role {
  const role = raw.trim().toLowerCase();
  if (!isRole(role)) throw new AccessInputError('role', `"${raw.slice(0, 40)}" is not one of admin, director, manager, reviewer, committee`);
  return role;
}

export function cleanDisplayName(raw: string | null | undefined, username: string): string {
  const name = (raw ?? '').trim();
  if (name === '') return username;
  if (name.length > MAX_DISPLAY_NAME || CONTROL.test(name)) {
    throw new AccessInputError('displayName', `must be at most ${MAX_DISPLAY_NAME} printable characters`);
  }
  return name;
}

/** Trimmed and without repeats; only managers are bound by them, so only managers need one. */
export function cleanDepartmentIds(raw: readonly string[] | null | undefined, role: Role): string[] {
  const ids = [...new Set((raw ?? []).map((id) => id.trim()))];
  if (ids.some((id) => id === '' || id.length > 200 || CONTROL.test(id))) {
    throw new AccessInputError('departmentIds', 'department ids must be non-empty printable text');
  }
  if (role === 'manager' && ids.length === 0) {
    throw new AccessInputError('departmentIds', 'a manager needs at least one department');
  }
  return ids;
}

/** The user's own imported caseworker id (or null): printable, as imported. */
export function cleanCaseworkerId(raw: string | null | undefined): string | null {
  const id = (raw ?? '').trim();
  if (id === '') return null;
  if (id.length > 200 || CONTROL.test(id)) throw new AccessInputError('caseworkerId', 'must be printable text of at most 200 characters');
  return id;
}

export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AccessInputError('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw new AccessInputError('password', `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  return password;
}

export function cleanTokenLabel(raw: string): string {
  const label = raw.trim();
  if (label === '' || label.length > MAX_LABEL || CONTROL.test(label)) {
    throw new AccessInputError('label', `must be 1–${MAX_LABEL} printable characters`);
  }
  return label;
}
