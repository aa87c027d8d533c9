// The state of one sign-in between /start and /callback, kept in the browser as an encrypted
// cookie (AES-256-GCM), so any server process can finish a sign-in another one started and
// nothing is stored for abandoned attempts. Also: which return paths are safe to redirect to.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Epoch milliseconds after which the callback is refused. */
  expiresAt: number;
}

const AAD = Buffer.from('tilsyn-oidc-transaction-v1');

/** A 256-bit key for the cookie, derived from the server secret so it is not used directly. */
export function transactionKey(secret: string | Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'tilsyn', 'oidc transaction cookie', 32));
}

export function sealTransaction(transaction: OidcTransaction, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The transaction, or null when the cookie was altered, sealed with another key, or expired. */
export function openTransaction(sealed: string, key: Buffer, nowMs: number): OidcTransaction | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12)).setAAD(AAD);
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const value = JSON.parse(json) as Partial<OidcTransaction>;
    if (!isTransaction(value) || value.expiresAt <= nowMs) return null;
    return value;
  } catch {
    return null;
  }
}

function isTransaction(v: Partial<OidcTransaction>): v is OidcTransaction {
  return typeof v.state === 'string' && typeof v.nonce === 'string' && typeof v.codeVerifier === 'string'
    && typeof v.returnTo === 'string' && typeof v.expiresAt === 'number';
}

/**
 * A path on this site to go to after sign-in, or `/`. Only relative paths with a single leading
 * `/` pass: `//host` and `/\host` are protocol-relative to browsers (open redirect), and a
 * backslash or control character anywhere is refused rather than second-guessed.
 */
export function safeReturnTo(value: unknown, origin: string, avoidPrefix?: string): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const url = new URL(value, origin);
    if (url.origin !== new URL(origin).origin) return '/';
    // Back into the sign-in routes would start another sign-in: a redirect loop.
    if (avoidPrefix && (url.pathname === avoidPrefix || url.pathname.startsWith(`${avoidPrefix}/`))) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
