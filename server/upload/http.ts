// Data upload for admins (mounted at /admin). Contract (client/composables/useUpload.ts builds on it):
//   GET  /admin/uploads      200 { maxBytes, active: job | null }
//   POST /admin/uploads      multipart/form-data, the CSV files of a data set or one zip of them, with
//                            header X-Requested-With: XMLHttpRequest → 202 job (validation and import
//                            go on in the background) | 413 too-large { maxBytes } | 409 import-running
//                            | 415 unsupported-media-type | 400 bad-request { message }
//   GET  /admin/uploads/:id  200 job | 404 not-found        (job: server/upload/progress.ts UploadJobView)
// All: 401 signed-out, 403 forbidden for any role but admin. The POST also needs our Origin if one
// is sent; the custom header forces a CORS preflight on any cross-site attempt.
import express from 'express';
import type { Viewer } from '../access/viewer';
import { requireSameOrigin } from '../access/http-guards';
import { multipartBoundary, MultipartError } from './multipart';
import { FRAMING_ALLOWANCE, UploadTooLarge } from './receive';
import { UploadBusy, UploadService } from './service';

export interface UploadRouterDeps {
  service: UploadService;
  viewerOf: (req: express.Request) => Promise<Viewer | null>;
}

type Handler = (req: express.Request, res: express.Response, admin: Viewer) => Promise<void> | void;

/** Admins only; anything thrown goes to express's error handling. */
function asAdmin(deps: UploadRouterDeps, handler: Handler): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await deps.viewerOf(req);
      if (!viewer) return void res.status(401).json({ error: 'signed-out' });
      if (viewer.role !== 'admin') return void res.status(403).json({ error: 'forbidden' });
      await handler(req, res, viewer);
    } catch (error) {
      next(error);
    }
  };
}

export function createUploadRouter(deps: UploadRouterDeps): express.Router {
  const { service } = deps;
  const router = express.Router();
  router.use('/uploads', (_req, res, next) => { res.setHeader('Cache-Control', 'no-store'); next(); });
  router.get('/uploads', asAdmin(deps, (_req, res) => {
    res.json({ maxBytes: service.settings.maxBytes, active: service.activeJob() });
  }));
  router.get('/uploads/:id', asAdmin(deps, (req, res) => {
    const job = service.job(String(req.params.id));
    if (!job) return void res.status(404).json({ error: 'not-found' });
    res.json(job);
  }));
  router.post('/uploads', requireSameOrigin, asAdmin(deps, (req, res, admin) => upload(service, req, res, admin)));
  return router;
}

async function upload(service: UploadService, req: express.Request, res: express.Response, admin: Viewer): Promise<void> {
  if (req.get('x-requested-with') !== 'XMLHttpRequest') return void res.status(403).json({ error: 'forbidden-origin' });
  const boundary = multipartBoundary(req.get('content-type'));
  if (!boundary) return void res.status(415).json({ error: 'unsupported-media-type' });
  const { maxBytes } = service.settings;
  // Refused before a byte is read when the browser tells the size; otherwise counted as it arrives.
  if (Number(req.get('content-length') ?? 0) > maxBytes + FRAMING_ALLOWANCE) return refuse(req, res, 413, { error: 'too-large', maxBytes });
  try {
    // Not destroyed when reading stops early, so a refusal can still be answered.
    const body = req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>;
    res.status(202).json(await service.accept(body, boundary, admin.username));
  } catch (error) {
    if (req.socket.destroyed) return; // the browser cancelled: nobody is listening
    if (error instanceof UploadTooLarge) return refuse(req, res, 413, { error: 'too-large', maxBytes });
    if (error instanceof UploadBusy) return refuse(req, res, 409, { error: 'import-running' });
    if (error instanceof MultipartError) return refuse(req, res, 400, { error: 'bad-request', message: error.message });
    throw error;
  }
}

/** How long the rest of a refused upload is read and discarded before the connection is cut. */
const DRAIN_MS = 15_000;

/**
 * An answer while the body may still be arriving. The rest is read and discarded (Node does so once
 * the answer is sent), for at most DRAIN_MS: closing a connection with unread data resets it, and
 * the browser might then lose the answer before reading it.
 */
function refuse(req: express.Request, res: express.Response, status: number, body: object): void {
  res.status(status).json(body);
  if (req.complete) return;
  const cut = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  cut.unref();
  req.on('end', () => clearTimeout(cut));
  req.resume();
}
