import { describe, expect, it } from 'vitest';
import { parseGroupMap, readOidcConfig } from '../../server/access/oidc-config';

const BASE = {
  TILSYN_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  TILSYN_OIDC_CLIENT_ID: 'client-1',
  TILSYN_OIDC_REDIRECT_URI: 'https://tilsyn.kommune.dk/auth/oidc/callback',
  TILSYN_OIDC_GROUP_MAP: 'sg-tilsyn-direktion=director;sg-tilsyn-leder-handicap=manager:SOF.BCH',
};

describe('readOidcConfig', () => {
  it('is null when no issuer is set', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ TILSYN_OIDC_ISSUER: '  ', TILSYN_OIDC_CLIENT_ID: 'x' })).toBeNull();
  });

  it('reads the settings with defaults for label and groups claim; no secret is a public client', () => {
    const config = readOidcConfig(BASE);
    expect(config).toMatchObject({
      issuer: BASE.TILSYN_OIDC_ISSUER, clientId: 'client-1', clientSecret: undefined,
      redirectUri: BASE.TILSYN_OIDC_REDIRECT_URI, label: 'Kommunens log-in', groupsClaim: 'groups',
    });
    expect([...config!.groupMap]).toEqual([
      ['sg-tilsyn-direktion', { role: 'director', departmentIds: [] }],
      ['sg-tilsyn-leder-handicap', { role: 'manager', departmentIds: ['SOF.BCH'] }],
    ]);
  });

  it('takes secret, label and groups claim when given', () => {
    const config = readOidcConfig({ ...BASE, TILSYN_OIDC_CLIENT_SECRET: 's3cret', TILSYN_OIDC_LABEL: 'Log ind med AD', TILSYN_OIDC_GROUPS_CLAIM: 'roles' });
    expect(config).toMatchObject({ clientSecret: 's3cret', label: 'Log ind med AD', groupsClaim: 'roles' });
  });

  it.each([
    ['TILSYN_OIDC_CLIENT_ID', /TILSYN_OIDC_CLIENT_ID is required/],
    ['TILSYN_OIDC_REDIRECT_URI', /TILSYN_OIDC_REDIRECT_URI is required/],
    ['TILSYN_OIDC_GROUP_MAP', /TILSYN_OIDC_GROUP_MAP is required/],
  ])('names a missing %s', (name, message) => {
    expect(() => readOidcConfig({ ...BASE, [name]: '' })).toThrow(message);
  });

  it('refuses URLs that are not absolute or not https (http only on localhost)', () => {
    expect(() => readOidcConfig({ ...BASE, TILSYN_OIDC_ISSUER: 'login.example' })).toThrow(/TILSYN_OIDC_ISSUER must be an absolute URL, got "login.example"/);
    expect(() => readOidcConfig({ ...BASE, TILSYN_OIDC_REDIRECT_URI: 'http://tilsyn.kommune.dk/cb' })).toThrow(/TILSYN_OIDC_REDIRECT_URI must use https/);
    expect(readOidcConfig({ ...BASE, TILSYN_OIDC_ISSUER: 'http://127.0.0.1:9000' })?.issuer).toBe('http://127.0.0.1:9000');
  });
});

describe('parseGroupMap', () => {
  it('reads several departments, spaces, a trailing separator, and groups containing = (distinguished names)', () => {
    const map = parseGroupMap(' CN=Tilsyn Ledere,OU=Grupper,DC=kommune = manager: SOF.BCH , SOF.BORN ,SOF.BCH ; sg-udvalg=committee; ');
    expect(map.get('cn=tilsyn ledere,ou=grupper,dc=kommune')).toEqual({ role: 'manager', departmentIds: ['SOF.BCH', 'SOF.BORN'] });
    expect(map.get('sg-udvalg')).toEqual({ role: 'committee', departmentIds: [] });
  });

  it('allows reviewers with or without departments', () => {
    expect(parseGroupMap('a=reviewer;b=reviewer:X.1').get('b')).toEqual({ role: 'reviewer', departmentIds: ['X.1'] });
  });

  it.each([
    ['sg-x', /"sg-x" is not <group>=<role>/],
    ['=director', /"=director" is not <group>=<role>/],
    ['sg-x=boss', /unknown role "boss" in "sg-x=boss"/],
    ['sg-x=manager', /role manager needs at least one department, in "sg-x=manager"/],
    ['sg-x=director:SOF', /role director takes no departments, in "sg-x=director:SOF"/],
    ['sg-x=manager:SOF,,BCH', /bad department id "" in "sg-x=manager:SOF,,BCH"/],
    ['sg-x=manager:SOF BCH', /bad department id "SOF BCH"/],
    ['sg-x=director;SG-X=admin', /group "SG-X" is mapped twice/],
    [' ; ', /maps no groups/],
  ])('refuses %j, naming the bad part', (text, message) => {
    expect(() => parseGroupMap(text)).toThrow(message);
    expect(() => parseGroupMap(text)).toThrow(/^TILSYN_OIDC_GROUP_MAP/);
  });
});
