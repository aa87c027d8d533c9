// The HTTP surface: sign-in at /auth, GraphQL at /graphql, health probes, and the built SPA for everything else.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { DatabaseHandle } from '../db/client';
import { asUnavailableRefusal } from '../db/unavailable';
import type { Config } from '../config';
import { createRequestContext } from '../graphql/context';
import { createApolloServer } from '../graphql/server';
import { createAuthRouter, viewerFromRequest, type AuthRouterOptions } from '../access/http';
import { PURPOSE_HEADER } from '../access/purpose';
import { DEFAULT_SESSION_POLICY } from '../access/sessions';
import { createAccessLogExportRouter } from '../access-log/http';
import { createReviewExportRouter } from '../reviews/http';
import { createOpenDataRouter, OPEN_DATA_MOUNT } from '../public-times/http';
import { createPublicTimesRuntime } from '../public-times/runtime';
import { createUploadRouter } from '../upload/http';
import { uploadServiceFor, type UploadConfig } from '../upload/settings';

export type AppConfig = Pick<Config, 'demo' | 'sessionIdleMinutes' | 'sessionHours' | 'cookieSecure' | 'trustProxy' | 'accessLogRetentionDays'>
  & Partial<Pick<Config, 'publicRateLimit'>> & UploadConfig;

/** Without a configuration: no demo sign-in, default session limits, trust no proxy. */
export const SAFE_APP_CONFIG: AppConfig = {
  demo: false, ...DEFAULT_SESSION_POLICY, cookieSecure: false, trustProxy: false, accessLogRetentionDays: 180,
};

export interface AppOptions {
  handle: DatabaseHandle;
  clientDir: string;
  introspection?: boolean;
  config?: AppConfig;
  /** OpenID Connect router and label, when configured (see createAuthRouter). */
  oidc?: AuthRouterOptions['oidc'];
  /** Tests move the clock. */
  now?: () => Date;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function createHttpServer(options: AppOptions): Promise<{ server: http.Server; stop: () => Promise<void> }> {
  const config = options.config ?? SAFE_APP_CONFIG;
  const now = options.now ?? (() => new Date());
  const db = options.handle.db;
  const app = express();
  const server = http.createServer(app);
  const apollo = createApolloServer({ httpServer: server, introspection: options.introspection });
  await apollo.start();

  app.disable('x-powered-by');
  // Client address (throttling), https (Secure cookie) and origin come from X-Forwarded-* only from trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeadersAndRequestId);
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(options.handle.ping(), 2_000);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use('/auth', createAuthRouter({ db, config, oidc: options.oidc, now }));
  // One cache and one request limit for the public processing times, shared by GraphQL and open data.
  const publicTimes = createPublicTimesRuntime({ rateLimit: config.publicRateLimit, now });
  app.use(OPEN_DATA_MOUNT, createOpenDataRouter({ db, runtime: publicTimes }));
  app.use('/admin', createAccessLogExportRouter({ db, viewerOf: (req) => viewerFromRequest(db, req, now(), config) }));
  const uploads = uploadServiceFor(db, config);
  if (uploads) app.use('/admin', createUploadRouter({ service: uploads, viewerOf: (req) => viewerFromRequest(db, req, now(), config) }));
  app.use('/reviews', createReviewExportRouter({ db, viewerOf: (req) => viewerFromRequest(db, req, now(), config) }));
  // Anonymous requests reach Apollo too: the guard refuses per operation (UNAUTHENTICATED, HTTP 401).
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async ({ req, res }) => createRequestContext(db, {
      viewer: await viewerFromRequest(db, req, now(), config).catch((error: unknown) => { throw asUnavailableRefusal(error); }),
      purposeHeader: req.get(PURPOSE_HEADER),
      requestId: res.locals.requestId as string,
      settings: { accessLogRetentionDays: config.accessLogRetentionDays },
      publicTimes,
      clientAddress: req.ip,
    }),
  }));
  serveClient(app, options.clientDir);
  return { server, stop: () => apollo.stop() };
}

function securityHeadersAndRequestId(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  // Only our own scripts; inline styles are allowed because Vue and ECharts set style attributes.
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  // One id per request, in the access log and the answer, to match a user's report with the log.
  const requestId = randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('X-Request-Id', requestId);
  next();
}

/** Static assets, and index.html for every other GET so client-side routes can be bookmarked. */
function serveClient(app: express.Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|auth\/|admin\/|aabne-data\/|healthz|readyz).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    else res.status(503).type('text').send('The dashboard has not been built: run `npm run build`.');
  });
}
