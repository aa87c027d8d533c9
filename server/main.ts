// `npm start`: build the client if needed, migrate, load the demo on an empty database, prepare
// the demo accounts and purge expired sign-in data, serve.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from './config';
import type { Database } from './db/client';
import { openConfiguredDatabase } from './db/open-configured';
import { migrateDatabase } from './db/migrate';
import { failInterruptedBatches } from './importer/queries';
import { loadSecret } from './importer/secret';
import { hasCases } from './dataset/queries';
import { createHttpServer } from './http/app';
import { purgeAccessLogBefore } from './access-log/queries';
import { ensureClientBuilt } from './startup/client-build';
import { installShutdown } from './startup/shutdown';
import { enableFigureCache } from './figures/figure-cache';
import { startFigureWarmer } from './figures/figure-warmer';
import { enableResponseCache } from './graphql/response-cache';
import { startFrameKeeper } from './reviews/frame-store';
import { loadDemoMunicipality, prepareDemoAccounts, seedDemoExtras } from './startup/demo';
import { purgeExpiredSessions, startSession } from './access/sessions';
import { purgeStaleFailures } from './access/throttle';
import { purgeRevokedApiTokens } from './access/tokens';
import { readOidcConfig } from './access/oidc-config';
import { createOidcRouter } from './access/oidc';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  const clientDir = path.join(root, 'dist', 'client');
  await ensureClientBuilt(root, clientDir, log);
  const handle = await openConfiguredDatabase(config);
  log(`Database: ${handle.kind === 'pglite' ? `embedded PGlite in ${path.join(config.dataDir, 'pglite')}` : 'PostgreSQL'}`);
  await migrateDatabase(handle);
  const figureCache = config.figureCache ? enableFigureCache(handle.db) : null;
  if (config.responseCache) enableResponseCache(handle.db);
  const interrupted = await failInterruptedBatches(handle.db);
  if (interrupted > 0) log(`${interrupted} interrupted import(s) recorded as failed.`);
  const freshDemo = config.demo && !(await hasCases(handle.db));
  if (freshDemo) {
    const secret = loadSecret(config.secret, config.dataDir);
    await loadDemoMunicipality(handle.db, { dataDir: config.dataDir, scale: config.demoScale, secret, now: new Date(), log });
  }
  await prepareDemoAccounts(handle.db, config.demo, log);
  if (freshDemo) await seedDemoExtras(handle.db, new Date(), log);
  await keepAccessTablesTidy(handle.db, config);
  const oidc = openIdConnect(handle.db, config);
  if (oidc) log(`Single sign-on: ${oidc.label ?? 'OpenID Connect'} at /auth/oidc/start.`);
  const { server, stop } = await createHttpServer({ handle, clientDir, config, oidc });
  server.listen(config.port, () => {
    log(`Tilsyn is running at http://localhost:${config.port}/ (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });
  // Read the main pages' figures ahead after each import, so the first director waits for none.
  if (figureCache) startFigureWarmer(handle.db, figureCache, { log });
  // Store each review round's frame right after it is drawn (and any a stopped server left waiting).
  const frameKeeper = startFrameKeeper(handle.db, { log });
  installShutdown(server, async () => {
    frameKeeper.stop();
    await stop();
    await handle.close();
  }, { log });
}

const PURGE_INTERVAL_MS = 3_600_000;
/** Revoked API tokens stay listed (with when) this long, then go. */
const REVOKED_TOKEN_DAYS = 90;

/** Purges now (at startup) and then every hour while the server runs. */
async function keepAccessTablesTidy(db: Database, config: Config): Promise<void> {
  await purgeExpiredAccess(db, config);
  setInterval(() => {
    purgeExpiredAccess(db, config).catch((error) => console.error('purging expired sessions failed:', error));
  }, PURGE_INTERVAL_MS).unref();
}

/** Sessions past their end, throttling records that no longer count, long-revoked API tokens. */
async function purgeExpiredAccess(db: Database, config: Config): Promise<void> {
  const now = new Date();
  const sessions = await purgeExpiredSessions(db, now, config);
  await purgeStaleFailures(db, now);
  const tokens = await purgeRevokedApiTokens(db, new Date(now.getTime() - REVOKED_TOKEN_DAYS * 86_400_000));
  const logRows = await purgeAccessLogBefore(db, new Date(now.getTime() - config.accessLogRetentionDays * 86_400_000));
  if (sessions + tokens + logRows > 0) {
    log(`Removed ${sessions} expired session(s), ${tokens} long-revoked API token(s) and ${logRows} access-log row(s) past retention.`);
  }
}

/** OpenID Connect when TILSYN_OIDC_ISSUER is set: its router at /auth/oidc, ending in our own session. */
function openIdConnect(db: Database, config: Config) {
  const oidcConfig = readOidcConfig();
  if (!oidcConfig) return undefined;
  const router = createOidcRouter({
    config: oidcConfig,
    db,
    // The transaction cookie key is derived from the server secret, so any process can finish a sign-in.
    secret: loadSecret(config.secret, config.dataDir),
    onSignedIn: async (_req, res, userId) => { await startSession(db, res, userId, new Date(), config); },
  });
  return { router, label: oidcConfig.label };
}

main().catch((error) => {
  console.error('Tilsyn could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
