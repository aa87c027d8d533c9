/**
 * Which pages each role works with: the one place the navigation, the route guard and the
 * "not allowed" page read it from. The server enforces access on its own; this only decides
 * what the client offers.
 */

export const ROLES = ['admin', 'director', 'manager', 'reviewer', 'committee'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The route names of the main navigation, in the order it shows them. */
export const NAV_ROUTES = [
  'overview',
  'timeliness',
  'continuity',
  'complaints',
  'citizens',
  'supervision',
  'committee',
  'data',
  'users',
  'access-log',
  'publication',
  'checklist',
] as const;
export type NavRoute = (typeof NAV_ROUTES)[number];

export function isNavRoute(value: unknown): value is NavRoute {
  return typeof value === 'string' && (NAV_ROUTES as readonly string[]).includes(value);
}

/** The i18n key naming each page (navigation, document title). */
export const NAV_TITLE_KEYS: Record<NavRoute, string> = {
  overview: 'nav.overview',
  timeliness: 'nav.timeliness',
  continuity: 'nav.continuity',
  complaints: 'nav.complaints',
  citizens: 'nav.citizens',
  supervision: 'nav.supervision',
  committee: 'nav.committee',
  data: 'nav.data',
  users: 'nav.users',
  'access-log': 'nav.accessLog',
  publication: 'nav.publication',
  checklist: 'nav.checklist',
};

const ACCESS: Record<Role, ReadonlySet<NavRoute>> = {
  admin: new Set(['data', 'users', 'access-log', 'publication', 'checklist']),
  director: new Set(['overview', 'timeliness', 'continuity', 'complaints', 'citizens', 'supervision', 'committee', 'data']),
  manager: new Set(['overview', 'timeliness', 'continuity', 'complaints', 'citizens', 'supervision', 'data']),
  reviewer: new Set(['supervision']),
  // Klager og ankesager is aggregates only, so the committee sees it too (disclosure-controlled).
  // Borgeren i centrum too, without its list of citizens (case-level, directors and managers only).
  committee: new Set(['complaints', 'citizens', 'committee']),
};

/** Roles that start on another page than their first in the navigation: the committee on its report. */
const HOME: Partial<Record<Role, NavRoute>> = { committee: 'committee' };

/** The pages the role's navigation lists, in navigation order. */
export function navRoutesFor(role: Role): NavRoute[] {
  return NAV_ROUTES.filter((name) => ACCESS[role].has(name));
}

/**
 * Pages outside the navigation that only some roles may use, by route name: a case's timeline
 * (reached from lists of cases) is case-level data.
 */
export const PAGE_ROLES: Readonly<Record<string, readonly Role[]>> = {
  case: ['director', 'manager', 'reviewer'],
  // One citizen's cases across departments: for those who could appoint a coordinator.
  citizen: ['director', 'manager'],
  // Indlæs data, reached from Datastatus.
  upload: ['admin'],
};

/** Whether the role may use the named route; other routes outside the navigation are open to every role. */
export function canUse(role: Role, routeName: unknown): boolean {
  if (typeof routeName === 'string' && Object.hasOwn(PAGE_ROLES, routeName)) return PAGE_ROLES[routeName]!.includes(role);
  return !isNavRoute(routeName) || ACCESS[role].has(routeName);
}

/** The roles that may use a navigation page (its route's `meta.roles`). */
export function rolesFor(route: NavRoute): Role[] {
  return ROLES.filter((role) => ACCESS[role].has(route));
}

/** Where the role starts: its home page, else its first page in navigation order. */
export function landingRoute(role: Role): NavRoute {
  return HOME[role] ?? navRoutesFor(role)[0]!;
}

/**
 * The roles shown figures per named caseworker (the Personale og kontinuitet page's last
 * section). Never the committee, which sees aggregates only (metrics.md, "Disclosure control").
 */
export const CASEWORKER_FIGURE_ROLES: readonly Role[] = ['director', 'manager'];

export function canSeeCaseworkerFigures(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && CASEWORKER_FIGURE_ROLES.includes(role);
}
