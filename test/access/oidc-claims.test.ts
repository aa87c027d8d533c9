import { describe, expect, it } from 'vitest';
import { accessFromGroups, groupValues, identityFromClaims, ROLE_PRECEDENCE } from '../../server/access/oidc-claims';
import { parseGroupMap } from '../../server/access/oidc-config';
import { ROLES } from '../../server/access/roles';

const MAP = parseGroupMap('admins=admin;dir=director;bch=manager:SOF.BCH;born=manager:SOF.BORN,SOF.BCH;rev=reviewer:SOF.X;udvalg=committee');

describe('accessFromGroups', () => {
  it('gives the role and departments of a single mapped group, ignoring unmapped ones', () => {
    expect(accessFromGroups(['other', 'bch'], MAP)).toEqual({ role: 'manager', departmentIds: ['SOF.BCH'], outranked: [] });
  });

  it('is null when no group is mapped, or the claim is missing or malformed', () => {
    expect(accessFromGroups(['other'], MAP)).toBeNull();
    expect(accessFromGroups([], MAP)).toBeNull();
    expect(accessFromGroups(undefined, MAP)).toBeNull();
    expect(accessFromGroups({ dir: true }, MAP)).toBeNull();
    expect(accessFromGroups([42, null], MAP)).toBeNull();
  });

  it('accepts a single group as a string (AD FS) and matches case-insensitively', () => {
    expect(accessFromGroups('DIR', MAP)?.role).toBe('director');
    expect(accessFromGroups([' Bch '], MAP)?.role).toBe('manager');
  });

  it('unites the departments of every group with the winning role, sorted and without repeats', () => {
    expect(accessFromGroups(['born', 'bch', 'rev'], MAP)).toEqual({ role: 'manager', departmentIds: ['SOF.BCH', 'SOF.BORN'], outranked: ['reviewer'] });
  });

  it('picks the highest role by the documented precedence, reporting the others', () => {
    expect(ROLE_PRECEDENCE).toEqual(['admin', 'director', 'manager', 'reviewer', 'committee']);
    expect([...ROLE_PRECEDENCE].sort()).toEqual([...ROLES].sort());
    expect(accessFromGroups(['udvalg', 'dir', 'admins'], MAP)).toEqual({ role: 'admin', departmentIds: [], outranked: ['director', 'committee'] });
    expect(accessFromGroups(['udvalg', 'bch', 'dir'], MAP)).toEqual({ role: 'director', departmentIds: [], outranked: ['manager', 'committee'] });
    expect(accessFromGroups(['udvalg', 'rev'], MAP)).toEqual({ role: 'reviewer', departmentIds: ['SOF.X'], outranked: ['committee'] });
  });
});

describe('groupValues', () => {
  it('keeps non-empty strings, trimmed', () => {
    expect(groupValues(['a', ' b ', '', 3, null])).toEqual(['a', 'b']);
    expect(groupValues('x')).toEqual(['x']);
    expect(groupValues(undefined)).toEqual([]);
  });
});

describe('identityFromClaims', () => {
  const base = { iss: 'https://idp.example', sub: 'abc', groups: ['dir'] };

  it('keys the subject on iss and sub, and lower-cases the username from preferred_username', () => {
    expect(identityFromClaims({ ...base, preferred_username: 'Anna@Kommune.DK', email: 'x@y', name: 'Anna A' }, 'groups')).toEqual({
      ok: true, identity: { subject: 'https://idp.example|abc', username: 'anna@kommune.dk', displayName: 'Anna A', groups: ['dir'] },
    });
  });

  it('falls back to email for the username and to the username for the display name', () => {
    const result = identityFromClaims({ ...base, email: 'Bo@Kommune.dk' }, 'groups');
    expect(result).toMatchObject({ ok: true, identity: { username: 'bo@kommune.dk', displayName: 'bo@kommune.dk' } });
  });

  it('takes the username from upn (AD FS) before email', () => {
    expect(identityFromClaims({ ...base, upn: 'Cai@Kommune.dk', email: 'other@x' }, 'groups')).toMatchObject({ ok: true, identity: { username: 'cai@kommune.dk' } });
  });

  it('reads the configured groups claim', () => {
    const result = identityFromClaims({ ...base, email: 'a@b', roles: ['r1'] }, 'roles');
    expect(result).toMatchObject({ ok: true, identity: { groups: ['r1'] } });
  });

  it('refuses tokens without sub, without a username, or with an Entra ID groups overage', () => {
    expect(identityFromClaims({ iss: 'x', email: 'a@b' }, 'groups')).toEqual({ ok: false, reason: 'the ID token lacks iss or sub' });
    expect(identityFromClaims({ ...base, email: '  ' }, 'groups')).toMatchObject({ ok: false, reason: /neither preferred_username, upn nor email/ });
    const overage = { iss: 'x', sub: 'y', email: 'a@b', _claim_names: { groups: 'src1' }, _claim_sources: {} };
    expect(identityFromClaims(overage, 'groups')).toMatchObject({ ok: false, reason: /too many groups/ });
    expect(identityFromClaims({ iss: 'x', sub: 'y', email: 'a@b', hasgroups: true }, 'groups')).toMatchObject({ ok: false, reason: /overage/ });
  });
});
