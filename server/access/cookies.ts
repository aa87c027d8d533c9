// The session cookie: HttpOnly (no script reads it), SameSite=Strict (not sent on cross-site
// requests, the first line against CSRF), Path=/, Secure over TLS. No Max-Age: it ends with
// the browser; the server ends it earlier through the idle and absolute limits.
import type { Request, Response } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'tilsyn_session';

export interface CookieConfig {
  /** TILSYN_COOKIE_SECURE=on: always Secure (TLS ends at a proxy that does not say so). */
  cookieSecure: boolean;
}

/** Secure when configured, or when this request came over https (`req.secure`, honouring trust proxy). */
export function wantsSecure(req: Request, config: CookieConfig): boolean {
  return config.cookieSecure || req.secure;
}

export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[SESSION_COOKIE] || undefined;
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure }));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, '', {
    httpOnly: true, sameSite: 'strict', path: '/', secure, expires: new Date(0), maxAge: 0,
  }));
}
