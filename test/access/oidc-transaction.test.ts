import { describe, expect, it } from 'vitest';
import { openTransaction, safeReturnTo, sealTransaction, transactionKey, type OidcTransaction } from '../../server/access/oidc-transaction';

const TX: OidcTransaction = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/x', expiresAt: 2_000 };
const KEY = transactionKey('secret');

describe('transaction cookie', () => {
  it('opens what it sealed, until it expires', () => {
    const sealed = sealTransaction(TX, KEY);
    expect(sealed).toMatch(/^[\w-]+$/);
    expect(sealed).not.toContain(Buffer.from('codeVerifier').toString('base64url'));
    expect(openTransaction(sealed, KEY, 1_999)).toEqual(TX);
    expect(openTransaction(sealed, KEY, 2_000)).toBeNull();
  });

  it('is refused when altered, sealed with another key, or garbage', () => {
    const sealed = sealTransaction(TX, KEY);
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(openTransaction(flipped.toString('base64url'), KEY, 0)).toBeNull();
    expect(openTransaction(sealed, transactionKey('other'), 0)).toBeNull();
    expect(openTransaction('not-a-cookie', KEY, 0)).toBeNull();
    expect(openTransaction('', KEY, 0)).toBeNull();
  });

  it('seals the same transaction differently each time (random IV)', () => {
    expect(sealTransaction(TX, KEY)).not.toBe(sealTransaction(TX, KEY));
  });
});

describe('safeReturnTo', () => {
  const origin = 'https://tilsyn.kommune.dk';

  it('keeps same-site paths with query and fragment', () => {
    expect(safeReturnTo('/afdelinger/SOF.BCH?p=1#top', origin)).toBe('/afdelinger/SOF.BCH?p=1#top');
    expect(safeReturnTo('/', origin)).toBe('/');
  });

  it.each([
    '//evil.example', '///evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example/',
    'javascript:alert(1)', 'relative/path', '', '/ok\nSet-Cookie: x', '/\t/evil.example', `/${'a'.repeat(2001)}`,
  ])('sends %j to /', (value) => {
    expect(safeReturnTo(value, origin)).toBe('/');
  });

  it('sends non-strings (absent, repeated query parameters) to /', () => {
    expect(safeReturnTo(undefined, origin)).toBe('/');
    expect(safeReturnTo(['/a', '/b'], origin)).toBe('/');
  });

  it('does not return into the sign-in routes (a redirect loop)', () => {
    expect(safeReturnTo('/auth/oidc/start?returnTo=/auth/oidc/start', origin, '/auth/oidc')).toBe('/');
    expect(safeReturnTo('/auth/oidc', origin, '/auth/oidc')).toBe('/');
    expect(safeReturnTo('/auth/oidcx', origin, '/auth/oidc')).toBe('/auth/oidcx');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/a/../../b', origin)).toBe('/b');
  });
});
