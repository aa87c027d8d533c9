// GET /aabne-data/sagsbehandlingstider.csv and .json: the published table as open data, at stable
// URLs, without sign-in. Rate-limited per client address like the GraphQL operation (429 with
// Retry-After); 404 with a message while publication is off. Cacheable for a few minutes: the
// figures change only at import, and switching publication off should not linger for long.
import express from 'express';
import type { Database } from '../db/client';
import type { PublicTimesRuntime } from './runtime';
import { publishedTable } from './service';
import { openDataCsv, openDataJson } from './open-data';

export const OPEN_DATA_MOUNT = '/aabne-data';
/** Every public HTTP route of this capability (the public-route test requests each one). */
export const OPEN_DATA_ROUTES = [`${OPEN_DATA_MOUNT}/sagsbehandlingstider.csv`, `${OPEN_DATA_MOUNT}/sagsbehandlingstider.json`] as const;

export const NOT_PUBLISHED_MESSAGE = 'Sagsbehandlingstiderne er ikke offentliggjort. / The processing times are not published.';

type Format = 'csv' | 'json';

function refuse(res: express.Response, format: Format, status: number, error: string, message: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  if (format === 'json') res.json({ error, message });
  else res.type('text/plain; charset=utf-8').send(`${message}\n`);
}

function handler(db: Database, runtime: PublicTimesRuntime, format: Format): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const decision = runtime.limiter.take(req.ip ?? 'unknown');
      if (!decision.allowed) {
        res.setHeader('Retry-After', String(decision.retryAfterSeconds));
        return refuse(res, format, 429, 'rate-limited', `For mange forespørgsler. Prøv igen om ${decision.retryAfterSeconds} s. / Too many requests. Try again in ${decision.retryAfterSeconds} s.`);
      }
      const result = await publishedTable(db, runtime);
      if (!result.published) return refuse(res, format, 404, 'not-published', NOT_PUBLISHED_MESSAGE);
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Last-Modified', result.table.generatedAt.toUTCString());
      if (format === 'json') return void res.json(openDataJson(result));
      res.setHeader('Content-Disposition', 'inline; filename="sagsbehandlingstider.csv"');
      res.type('text/csv; charset=utf-8').send(openDataCsv(result));
    } catch (error) {
      next(error);
    }
  };
}

export function createOpenDataRouter(deps: { db: Database; runtime: PublicTimesRuntime }): express.Router {
  const router = express.Router();
  router.get('/sagsbehandlingstider.csv', handler(deps.db, deps.runtime, 'csv'));
  router.get('/sagsbehandlingstider.json', handler(deps.db, deps.runtime, 'json'));
  router.use((_req, res) => { res.status(404).json({ error: 'not-found', message: `Open data: ${OPEN_DATA_ROUTES.join(', ')}` }); });
  return router;
}
