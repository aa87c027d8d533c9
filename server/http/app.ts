// The HTTP surface: GraphQL at /graphql, health probes, and the built SPA for everything else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { DatabaseHandle } from '../db/client';
import { createRequestContext } from '../graphql/context';
import { createApolloServer } from '../graphql/server';

export interface AppOptions { handle: DatabaseHandle; clientDir: string; introspection?: boolean }

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
  const app = express();
  const server = http.createServer(app);
  const apollo = createApolloServer({ httpServer: server, introspection: options.introspection });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(options.handle.ping(), 2_000);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, {
    context: async () => createRequestContext(options.handle.db),
  }));
  serveClient(app, options.clientDir);
  return { server, stop: () => apollo.stop() };
}

/** Static assets, and index.html for every other GET so client-side routes can be bookmarked. */
function serveClient(app: express.Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    else res.status(503).type('text').send('The dashboard has not been built: run `npm run build`.');
  });
}
