// Configuration from the environment, read in one place.
import path from 'node:path';
import type { RateLimitPolicy } from './public-times/rate-limit';

export interface Config {
  port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Folder for the embedded database, the generated secret and the demo data. */
  dataDir: string;
  /** Secret for the CPR pseudonym HMAC; generated into the data folder when absent. */
  secret: string | undefined;
  /** Generate and import the demo municipality when the database is empty. */
  demo: boolean;
  demoScale: number;
  /** The largest data set an admin may upload in the browser (bytes). */
  uploadMaxBytes: number;
  /** Keep figure rows between requests until the next import (server/figures/figure-cache.ts). */
  figureCache: boolean;
  /** Keep whole answers to figure-only queries until the content changes (server/graphql/response-cache.ts). */
  responseCache: boolean;
  statementTimeoutMs: number;
  connectionTimeoutMs: number;
  /** A browser session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** ... and after this many hours in any case. */
  sessionHours: number;
  /** Mark the session cookie `Secure` (always set it when served over TLS, even behind a proxy). */
  cookieSecure: boolean;
  /** Express `trust proxy`: false, a hop count, or addresses/subnets of the reverse proxies. */
  trustProxy: boolean | number | string;
  /** Access-log rows older than this many days are purged (GDPR storage limitation). */
  accessLogRetentionDays: number;
  /** Requests per window one client address may make to the public processing times (GraphQL and open data). */
  publicRateLimit: RateLimitPolicy;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: positiveInt(env.PORT, 4000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.TILSYN_DATA_DIR || 'data'),
    secret: env.TILSYN_SECRET || undefined,
    demo: env.TILSYN_DEMO !== 'off',
    demoScale: positiveNumber(env.TILSYN_DEMO_SCALE, 1, 'TILSYN_DEMO_SCALE'),
    figureCache: onOff(env.TILSYN_FIGURE_CACHE, true, 'TILSYN_FIGURE_CACHE'),
    responseCache: onOff(env.TILSYN_RESPONSE_CACHE, true, 'TILSYN_RESPONSE_CACHE'),
    uploadMaxBytes: positiveInt(env.TILSYN_UPLOAD_MAX_BYTES, 2_000_000_000, 'TILSYN_UPLOAD_MAX_BYTES'),
    statementTimeoutMs: positiveInt(env.TILSYN_STATEMENT_TIMEOUT_MS, 30_000, 'TILSYN_STATEMENT_TIMEOUT_MS'),
    connectionTimeoutMs: positiveInt(env.TILSYN_CONNECTION_TIMEOUT_MS, 5_000, 'TILSYN_CONNECTION_TIMEOUT_MS'),
    sessionIdleMinutes: positiveInt(env.TILSYN_SESSION_IDLE_MINUTES, 30, 'TILSYN_SESSION_IDLE_MINUTES'),
    sessionHours: positiveNumber(env.TILSYN_SESSION_HOURS, 10, 'TILSYN_SESSION_HOURS'),
    cookieSecure: onOff(env.TILSYN_COOKIE_SECURE, false, 'TILSYN_COOKIE_SECURE'),
    trustProxy: trustProxy(env.TILSYN_TRUST_PROXY),
    accessLogRetentionDays: positiveInt(env.TILSYN_ACCESS_LOG_RETENTION_DAYS, 180, 'TILSYN_ACCESS_LOG_RETENTION_DAYS'),
    publicRateLimit: {
      limit: positiveInt(env.TILSYN_PUBLIC_RATE_LIMIT, 120, 'TILSYN_PUBLIC_RATE_LIMIT'),
      windowSeconds: positiveInt(env.TILSYN_PUBLIC_RATE_WINDOW_SECONDS, 60, 'TILSYN_PUBLIC_RATE_WINDOW_SECONDS'),
    },
  };
}

function onOff(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be "on" or "off", got "${value}"`);
}

/** Off unless set: trusting X-Forwarded-* from anyone would let clients choose their address. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'off') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  const n = positiveNumber(value, fallback, name);
  if (!Number.isInteger(n)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}
