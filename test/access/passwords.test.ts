// Password hashing: round trip, wrong and tampered input, and the cost floor.
import { describe, expect, it } from 'vitest';
import { dummyVerify, hashPassword, parsePasswordHash, PasswordHashError, PRODUCTION_COST, verifyPassword } from '../../server/access/passwords';

// Tests hash with a low N to stay fast; verification must then be told that this is allowed.
const LOW = { testOnlyCost: 2 ** 10 };
const ALLOW_LOW = { testOnlyMinimumCost: 2 ** 10 };

describe('hashPassword', () => {
  it('writes scrypt$N$r$p$salt$hash with a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('correct horse battery', LOW);
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
  });

  it('salts: the same password twice gives different hashes', async () => {
    expect(await hashPassword('same password', LOW)).not.toBe(await hashPassword('same password', LOW));
  });

  it('uses N = 2^17 unless a test asks otherwise, and that hash verifies without options', async () => {
    const stored = await hashPassword('production strength');
    expect(stored.startsWith(`scrypt$${PRODUCTION_COST}$8$1$`)).toBe(true);
    expect(PRODUCTION_COST).toBe(131072);
    expect(await verifyPassword(stored, 'production strength')).toBe(true);
    expect(await verifyPassword(stored, 'production strengtH')).toBe(false);
  });
});

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Rødgrød med fløde', LOW);
    expect(await verifyPassword(stored, 'Rødgrød med fløde', ALLOW_LOW)).toBe(true);
    expect(await verifyPassword(stored, 'rødgrød med fløde', ALLOW_LOW)).toBe(false);
    expect(await verifyPassword(stored, '', ALLOW_LOW)).toBe(false);
  });

  it('treats composed and decomposed Danish letters alike (NFC)', async () => {
    const stored = await hashPassword('blåbær', LOW);
    expect(await verifyPassword(stored, 'bla\u030abær', ALLOW_LOW)).toBe(true);
  });

  it('refuses a tampered hash or salt', async () => {
    const stored = await hashPassword('tamper proof', LOW);
    const parts = stored.split('$');
    const flip = (b64: string) => { const bytes = Buffer.from(b64, 'base64'); bytes[0] = bytes[0]! ^ 1; return bytes.toString('base64'); };
    const tamperedHash = [...parts.slice(0, 5), flip(parts[5]!)].join('$');
    const tamperedSalt = [...parts.slice(0, 4), flip(parts[4]!), parts[5]].join('$');
    expect(await verifyPassword(tamperedHash, 'tamper proof', ALLOW_LOW)).toBe(false);
    expect(await verifyPassword(tamperedSalt, 'tamper proof', ALLOW_LOW)).toBe(false);
  });

  it('refuses a hash below N = 2^17 unless a test explicitly allows it', async () => {
    const weak = await hashPassword('weak but right', LOW);
    await expect(verifyPassword(weak, 'weak but right')).rejects.toThrow(PasswordHashError);
    await expect(verifyPassword(weak, 'weak but right')).rejects.toThrow(/N = 1024, below the minimum 131072/);
    // A lowered N in the stored string alone does not get past the floor either.
    const downgraded = weak.replace('scrypt$1024$', 'scrypt$2$');
    await expect(verifyPassword(downgraded, 'weak but right', ALLOW_LOW)).rejects.toThrow(/below the minimum 1024/);
  });

  it('refuses malformed hashes with a reason', () => {
    for (const bad of ['', 'bcrypt$2b$10$abc', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==',
      'scrypt$1024$99$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==', 'scrypt$1024$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==',
      'scrypt$1024$8$1$not base64!$AAAAAAAAAAAAAAAAAAAAAA==', `scrypt$${2 ** 21}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==`]) {
      expect(() => parsePasswordHash(bad), bad).toThrow(PasswordHashError);
    }
  });
});

describe('dummyVerify', () => {
  it('does the work of a production verification and is always false', async () => {
    const started = Date.now();
    expect(await dummyVerify('anything')).toBe(false);
    // N = 2^17 with r = 8 cannot finish in a few milliseconds; a low-cost shortcut would.
    expect(Date.now() - started).toBeGreaterThan(20);
  });
});
