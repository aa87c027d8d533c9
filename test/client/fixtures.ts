import type { Session } from '../../client/utils/authApi';
import type { DepartmentNode } from '../../client/utils/departmentTree';
import type { Role } from '../../client/utils/roleAccess';

/** Two roots; the API lists parents before children but not in tree order. */
export const DEPARTMENTS: DepartmentNode[] = [
  { id: 'SOC', name: 'Socialforvaltningen', depth: 0, parent: null },
  { id: 'BUF', name: 'Børne- og Ungdomsforvaltningen', depth: 0, parent: null },
  { id: 'VOK', name: 'Center for Voksne', depth: 1, parent: { id: 'SOC' } },
  { id: 'BCH', name: 'Børnecenter Handicap', depth: 1, parent: { id: 'SOC' } },
  { id: 'MYN-B', name: 'Myndighed Børn', depth: 2, parent: { id: 'BCH' } },
  { id: 'AFD-2', name: 'Afdeling 2', depth: 2, parent: { id: 'BCH' } },
  { id: 'AFD-10', name: 'Afdeling 10', depth: 2, parent: { id: 'BCH' } },
];

/** A fetch answer with a JSON body. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A session as `GET /auth/session` answers it, for a user of `role`. */
export function sessionFor(role: Role, displayName = `Test ${role}`): Session {
  return {
    user: { username: `test-${role}`, displayName, role, departments: [] },
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}

/** The path of a fetch call's URL. */
export function pathOf(url: RequestInfo | URL): string {
  const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
  return new URL(href, 'http://localhost').pathname;
}

export { createAppI18n } from '../../client/i18n';
