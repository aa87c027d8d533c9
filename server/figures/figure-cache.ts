// Figures change only when an import succeeds, so the rows a figure query returns for one scope,
// period and as-of date can be kept between requests under the id of the latest succeeded import
// batch (the data version) and used until the next import. Rows are kept before disclosure
// control, which every request applies itself, so one cache serves every role. The dashboard
// enables it for its database (server/http); tests and scripts that write data directly do not.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { VersionReader } from './version-reader';

export interface FigureCacheOptions {
  /** Most figure-row sets kept (least recently used dropped first). */
  maxEntries?: number;
  /** Most rows kept over all entries. */
  maxRows?: number;
  /** How long a read data version is trusted: an import in another process shows after at most this. */
  versionTtlMs?: number;
  now?: () => number;
}

interface Entry { rows: readonly unknown[] }

export class FigureCache {
  private readonly entries = new Map<string, Entry>();
  private rowCount = 0;
  private readonly version: VersionReader;
  private seenVersion: string | null = null;
  private readonly maxEntries: number;
  private readonly maxRows: number;

  constructor(readVersion: () => Promise<string>, options: FigureCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 20_000;
    this.maxRows = options.maxRows ?? 1_000_000;
    this.version = new VersionReader(readVersion, options.versionTtlMs ?? 1_000, options.now ?? Date.now);
  }

  /** The data version now (read at most once per `versionTtlMs`); a new version empties the cache. */
  async dataVersion(): Promise<string> {
    const version = await this.version.get();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.rowCount = 0;
      this.seenVersion = version;
    }
    return version;
  }

  get<R>(key: string): readonly R[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Least recently used goes first: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.rows as readonly R[];
  }

  set(key: string, rows: readonly unknown[]): void {
    const old = this.entries.get(key);
    if (old) this.rowCount -= old.rows.length;
    this.entries.delete(key);
    this.entries.set(key, { rows });
    this.rowCount += rows.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.rowCount <= this.maxRows) break;
      this.entries.delete(oldest);
      this.rowCount -= entry.rows.length;
    }
  }

  get size(): number { return this.entries.size; }

  clear(): void {
    this.entries.clear();
    this.rowCount = 0;
    this.version.forget();
    this.seenVersion = null;
  }
}

/** The id of the latest succeeded import ('none' before the first). */
export async function latestImportVersion(db: Database): Promise<string> {
  const [row] = await queryRows<{ id: number | null }>(db, sql`select max(id) as id from import_batches where status = 'succeeded'`);
  return row?.id === null || row?.id === undefined ? 'none' : String(row.id);
}

const caches = new WeakMap<Database, FigureCache>();

/** Keeps figure rows between requests on this database (the dashboard does, on its own database). */
export function enableFigureCache(db: Database, options: FigureCacheOptions = {}): FigureCache {
  const cache = new FigureCache(() => latestImportVersion(db), options);
  caches.set(db, cache);
  return cache;
}

export function figureCacheOf(db: Database): FigureCache | undefined {
  return caches.get(db);
}

/** Stops keeping figure rows on this database (the bench measures with and without). */
export function disableFigureCache(db: Database): void {
  caches.delete(db);
}
