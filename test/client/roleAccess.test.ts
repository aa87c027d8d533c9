import { describe, expect, it } from 'vitest';
import { accessDecision, safeReturnTo, type GuardTarget } from '../../client/utils/authGuard';
import { canSeeCaseworkerFigures, canUse, landingRoute, NAV_ROUTES, navRoutesFor, ROLES, rolesFor, type NavRoute, type Role } from '../../client/utils/roleAccess';

/** Who may use which page: one row per role, one column per navigation route. */
const TABLE: Record<Role, Record<NavRoute, boolean>> = {
  //         overview timeliness continuity complaints citizens supervision committee data  users access-log publication checklist
  admin: row(false, false, false, false, false, false, false, true, true, true, true, true),
  director: row(true, true, true, true, true, true, true, true, false, false, false, false),
  manager: row(true, true, true, true, true, true, false, true, false, false, false, false),
  reviewer: row(false, false, false, false, false, true, false, false, false, false, false, false),
  committee: row(false, false, false, true, true, false, true, false, false, false, false, false),
};

function row(...allowed: boolean[]): Record<NavRoute, boolean> {
  return Object.fromEntries(NAV_ROUTES.map((name, i) => [name, allowed[i]!])) as Record<NavRoute, boolean>;
}

describe('role access', () => {
  const cases = ROLES.flatMap((role) => NAV_ROUTES.map((route) => [role, route, TABLE[role][route]] as const));

  it.each(cases)('%s → %s: %s', (role, route, allowed) => {
    expect(canUse(role, route)).toBe(allowed);
    expect(navRoutesFor(role).includes(route)).toBe(allowed);
    expect(rolesFor(route).includes(role)).toBe(allowed);
  });

  it('lists each role’s pages in navigation order, and lands on the first', () => {
    expect(navRoutesFor('admin')).toEqual(['data', 'users', 'access-log', 'publication', 'checklist']);
    expect(navRoutesFor('director')).toEqual(['overview', 'timeliness', 'continuity', 'complaints', 'citizens', 'supervision', 'committee', 'data']);
    expect(navRoutesFor('manager')).toEqual(['overview', 'timeliness', 'continuity', 'complaints', 'citizens', 'supervision', 'data']);
    // The committee's navigation starts with Klager og ankesager, but it lands on its own report.
    expect(navRoutesFor('committee')).toEqual(['complaints', 'citizens', 'committee']);
    expect(Object.fromEntries(ROLES.map((role) => [role, landingRoute(role)]))).toEqual({
      admin: 'data',
      director: 'overview',
      manager: 'overview',
      reviewer: 'supervision',
      committee: 'committee',
    });
  });

  it('leaves pages outside the navigation (not allowed, not found) open to every role', () => {
    for (const role of ROLES) {
      expect(canUse(role, 'forbidden')).toBe(true);
      expect(canUse(role, 'not-found')).toBe(true);
      expect(canUse(role, undefined)).toBe(true);
    }
  });
});

describe('the navigation decision', () => {
  const target = (over: Partial<GuardTarget>): GuardTarget => ({ name: 'timeliness', path: '/rettidighed', fullPath: '/rettidighed', query: {}, meta: {}, ...over });

  it('sends visitors without a session to sign in, remembering where they were going', () => {
    expect(accessDecision(target({ fullPath: '/rettidighed?scope=SOC' }), null)).toEqual({
      name: 'sign-in',
      query: { returnTo: '/rettidighed?scope=SOC' },
    });
    expect(accessDecision(target({ name: 'sign-in', path: '/log-ind', meta: { public: true } }), null)).toBe(true);
    // After an expiry, the sign-in page is told so, whatever navigation finds out first.
    expect(accessDecision(target({}), null, true)).toEqual({ name: 'sign-in', query: { returnTo: '/rettidighed', expired: '1' } });
  });

  it('refuses pages outside the role, except the home address, which leads to the role’s own start', () => {
    const timeliness = target({ meta: { roles: rolesFor('timeliness') } });
    expect(accessDecision(timeliness, 'director')).toBe(true);
    expect(accessDecision(timeliness, 'committee')).toEqual({ name: 'forbidden', query: { page: '/rettidighed' } });
    const home = target({ name: 'overview', path: '/', fullPath: '/', meta: { roles: rolesFor('overview') } });
    expect(accessDecision(home, 'committee')).toEqual({ name: 'committee' });
  });

  it('sends a signed-in user away from the sign-in page, to a safe returnTo or their start', () => {
    const signIn = (returnTo?: string) =>
      target({ name: 'sign-in', path: '/log-ind', meta: { public: true }, query: returnTo ? { returnTo } : {} });
    expect(accessDecision(signIn('/tilsyn?scope=SOC'), 'reviewer')).toBe('/tilsyn?scope=SOC');
    expect(accessDecision(signIn('https://evil.example/'), 'reviewer')).toEqual({ name: 'supervision' });
    expect(accessDecision(signIn(), 'admin')).toEqual({ name: 'data' });
  });

  it('only returns to paths on this site', () => {
    expect(safeReturnTo('/udvalg?scope=SOC')).toBe('/udvalg?scope=SOC');
    expect(safeReturnTo(['/data', '/x'])).toBe('/data');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'udvalg', '', '/log-ind?returnTo=/', null, 42]) {
      expect(safeReturnTo(bad)).toBeNull();
    }
  });

  it('shows figures per named caseworker to directors and managers only, never the committee', () => {
    expect(ROLES.filter((role) => canSeeCaseworkerFigures(role))).toEqual(['director', 'manager']);
    expect(canSeeCaseworkerFigures(null)).toBe(false);
  });
});
