import { describe, expect, it } from 'vitest';
import { accessLogCsvHref, emptyAccessLogFilter, toFilterInput } from '../../client/utils/accessLog';
import { apiRole, roleKey, signInMethod } from '../../client/utils/users';

describe('access-log filters', () => {
  it('sends and exports only the fields filled in, trimmed', () => {
    const filter = { ...emptyAccessLogFilter(), citizen: ' psn-a&b ', to: '2026-11-30' };
    expect(toFilterInput(filter)).toEqual({ citizenPseudonym: 'psn-a&b', to: '2026-11-30' });
    expect(accessLogCsvHref(filter)).toBe('/admin/access-log.csv?citizen=psn-a%26b&to=2026-11-30');
    expect(toFilterInput(emptyAccessLogFilter())).toEqual({});
    expect(accessLogCsvHref({ ...emptyAccessLogFilter(), user: '  ' })).toBe('/admin/access-log.csv');
  });
});

describe('users', () => {
  it('names the sign-in method: identity provider first, then password, else none', () => {
    expect(signInMethod({ usesSingleSignOn: true, hasPassword: true, isDemoAccount: false })).toBe('sso');
    expect(signInMethod({ usesSingleSignOn: false, hasPassword: true, isDemoAccount: false })).toBe('password');
    expect(signInMethod({ usesSingleSignOn: false, hasPassword: false, isDemoAccount: true })).toBe('demo');
    expect(signInMethod({ usesSingleSignOn: false, hasPassword: false, isDemoAccount: false })).toBe('none');
  });

  it('maps roles between the client and the API', () => {
    expect(apiRole('manager')).toBe('MANAGER');
    expect(roleKey('DIRECTOR')).toBe('role.director');
    expect(roleKey('AUDITOR')).toBeNull();
  });
});
