// `npm start`: build the client if needed, migrate, load the demo on an empty database, serve.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from './config';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { failInterruptedBatches } from './importer/queries';
import { loadSecret } from './importer/secret';
import { hasCases } from './dataset/queries';
import { createHttpServer } from './http/app';
import { ensureClientBuilt } from './startup/client-build';
import { loadDemoMunicipality } from './startup/demo';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const clientDir = path.join(root, 'dist', 'client');
  await ensureClientBuilt(root, clientDir, log);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite'),
    statementTimeoutMs: config.statementTimeoutMs, connectionTimeoutMs: config.connectionTimeoutMs,
  });
  log(`Database: ${handle.kind === 'pglite' ? `embedded PGlite in ${path.join(config.dataDir, 'pglite')}` : 'PostgreSQL'}`);
  await migrateDatabase(handle);
  const interrupted = await failInterruptedBatches(handle.db);
  if (interrupted > 0) log(`${interrupted} interrupted import(s) recorded as failed.`);
  if (config.demo && !(await hasCases(handle.db))) {
    const secret = loadSecret(config.secret, config.dataDir);
    await loadDemoMunicipality(handle.db, { dataDir: config.dataDir, scale: config.demoScale, secret, now: new Date(), log });
  }
  const { server, stop } = await createHttpServer({ handle, clientDir });
  server.listen(config.port, () => {
    log(`Tilsyn is running at http://localhost:${config.port}/ (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });
  installShutdown(server, async () => {
    await stop();
    await handle.close();
  });
}

/** SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database; give up after 10 s. */
function installShutdown(server: import('node:http').Server, cleanup: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing in-flight requests ...`);
    setTimeout(() => { log('Shutdown timed out.'); process.exit(1); }, 10_000).unref();
    server.close();
    server.closeIdleConnections();
    cleanup().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Tilsyn could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
