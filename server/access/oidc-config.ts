// OpenID Connect settings from the environment (TILSYN_OIDC_*): which identity provider, which
// client, and which of the provider's groups give which Tilsyn role. Pure: no I/O.
import { isRole, type Role } from './roles';

/** What membership of one identity-provider group gives. */
export interface GroupGrant {
  role: Role;
  departmentIds: readonly string[];
}

/** Group value (lower-cased: AD group names are case-insensitive, GUIDs vary in case) → grant. */
export type GroupMap = ReadonlyMap<string, GroupGrant>;

export interface OidcConfig {
  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only, no client authentication). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back, e.g. https://tilsyn.kommune.dk/auth/oidc/callback. */
  redirectUri: string;
  /** The text on the sign-in button. */
  label: string;
  /** The ID token claim that lists the user's groups. */
  groupsClaim: string;
  groupMap: GroupMap;
}

// Ids as in data-format.md; roles bound to departments per roles.ts and user_departments.
const DEPARTMENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const ROLES_WITH_DEPARTMENTS: readonly Role[] = ['manager', 'reviewer'];

/** The OpenID Connect settings, or null when TILSYN_OIDC_ISSUER is unset (local sign-in only). */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.TILSYN_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  return {
    issuer: checkUrl(issuer, 'TILSYN_OIDC_ISSUER'),
    clientId: required(env, 'TILSYN_OIDC_CLIENT_ID'),
    clientSecret: env.TILSYN_OIDC_CLIENT_SECRET || undefined,
    redirectUri: checkUrl(required(env, 'TILSYN_OIDC_REDIRECT_URI'), 'TILSYN_OIDC_REDIRECT_URI'),
    label: env.TILSYN_OIDC_LABEL?.trim() || 'Kommunens log-in',
    groupsClaim: env.TILSYN_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    groupMap: parseGroupMap(required(env, 'TILSYN_OIDC_GROUP_MAP')),
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required when TILSYN_OIDC_ISSUER is set`);
  return value;
}

/** https only, except on the loopback address (a local test provider). */
function checkUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url))) return value;
  throw new Error(`${name} must use https (http is allowed for localhost only), got "${value}"`);
}

export function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Parses `<group>=<role>[:<deptId>[,<deptId>…]];…`, e.g.
 * `sg-tilsyn-direktion=director;sg-tilsyn-leder-handicap=manager:SOF.BCH`.
 * The group is split off at the last `=`, so distinguished names (`CN=…,OU=…`) work as groups.
 */
export function parseGroupMap(text: string, name = 'TILSYN_OIDC_GROUP_MAP'): GroupMap {
  const map = new Map<string, GroupGrant>();
  for (const raw of text.split(';')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const at = entry.lastIndexOf('=');
    const group = entry.slice(0, Math.max(at, 0)).trim();
    if (at < 0 || group === '') throw new Error(`${name}: "${entry}" is not <group>=<role>[:<department ids>]`);
    const key = group.toLowerCase();
    if (map.has(key)) throw new Error(`${name}: group "${group}" is mapped twice`);
    map.set(key, parseGrant(entry.slice(at + 1), entry, name));
  }
  if (map.size === 0) throw new Error(`${name} maps no groups, so nobody could sign in`);
  return map;
}

function parseGrant(text: string, entry: string, name: string): GroupGrant {
  const colon = text.indexOf(':');
  const roleText = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (!isRole(roleText)) {
    throw new Error(`${name}: unknown role "${roleText}" in "${entry}" (roles: admin, director, manager, reviewer, committee)`);
  }
  const departmentIds = colon < 0 ? [] : text.slice(colon + 1).split(',').map((id) => id.trim());
  const bad = departmentIds.find((id) => !DEPARTMENT_ID.test(id));
  if (bad !== undefined) throw new Error(`${name}: bad department id "${bad}" in "${entry}"`);
  if (departmentIds.length > 0 && !ROLES_WITH_DEPARTMENTS.includes(roleText)) {
    throw new Error(`${name}: role ${roleText} takes no departments, in "${entry}"`);
  }
  // A manager without departments could read nothing; almost certainly a typo in the map.
  if (roleText === 'manager' && departmentIds.length === 0) {
    throw new Error(`${name}: role manager needs at least one department, in "${entry}"`);
  }
  return { role: roleText, departmentIds: [...new Set(departmentIds)] };
}
