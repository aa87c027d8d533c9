// CSRF defences for the /auth POSTs, on top of the SameSite=Strict cookie: a JSON content type
// (a cross-site form cannot send one without a CORS preflight, which we never grant) and, when
// the browser names an Origin, our own origin only.
import express, { type NextFunction, type Request, type Response } from 'express';

export const BODY_LIMIT = '10kb';

/** `https://host:port` of this request, as the browser sees it (trust proxy honoured). */
export function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.host}`;
}

export function requireSameOrigin(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  if (origin !== undefined && origin !== ownOrigin(req)) return void res.status(403).json({ error: 'forbidden-origin' });
  next();
}

export function requireJson(req: Request, res: Response, next: NextFunction): void {
  const mediaType = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') return void res.status(415).json({ error: 'unsupported-media-type' });
  next();
}

export const jsonBody = express.json({ limit: BODY_LIMIT, strict: true, type: 'application/json' });
