// One database handle for both engines: embedded PGlite (default) or PostgreSQL (DATABASE_URL).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql, type Logger, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { lockEmbeddedDatabase } from './embedded-lock';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database or an open transaction: everything that can run a query. */
export type Executor = Pick<Database, 'execute' | 'select' | 'insert' | 'update' | 'delete'>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; wins over `pgliteDir`. */
  databaseUrl?: string | undefined;
  /** Folder for PGlite; `undefined` gives an in-memory database (tests). */
  pgliteDir?: string | undefined;
  statementTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** Told of every SQL statement with its parameters (the bench captures a request's SQL). */
  queryLogger?: Logger | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.pgliteDir, options.queryLogger);
}

async function openPglite(dir: string | undefined, logger?: Logger): Promise<DatabaseHandle> {
  if (dir) mkdirSync(dir, { recursive: true });
  const release = dir ? lockEmbeddedDatabase(dir) : () => {};
  const client = dir ? new PGlite(dir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite({ client, schema, logger }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    ping: async () => { await client.query('select 1'); },
    close: async () => { await client.close(); release(); },
  };
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema, logger: options.queryLogger }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    ping: async () => { await pool.query('select 1'); },
    close: () => pool.end(),
  };
}

/** Runs a raw query and returns its rows, typed by the caller (cast counts with ::int in SQL). */
export async function queryRows<T>(executor: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result = await executor.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export { sql };
