// Figures change only when an import succeeds, so the rows a figure query returns for one scope,
// period and as-of date can be kept between requests under the id of the latest succeeded import
// batch (the data version) and used until the next import. Rows are kept before disclosure
// control, which every request applies itself, so one cache serves every role. The dashboard
// enables it for its database (server/http); tests and scripts that write data directly do not.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { VersionReader } from './version-reader';
import { BoundedLru } from './bounded-lru';

export interface FigureCacheOptions {
  /** Most figure-row sets kept (least recently used dropped first). */
  maxEntries?: number;
  /** Most rows kept over all entries. */
  maxRows?: number;
  /** How long a read data version is trusted: an import in another process shows after at most this. */
  versionTtlMs?: number;
  now?: () => number;
}

export class FigureCache {
  private readonly entries: BoundedLru<readonly unknown[]>;
  private readonly version: VersionReader;
  private seenVersion: string | null = null;

  constructor(readVersion: () => Promise<string>, options: FigureCacheOptions = {}) {
    // 250,000 rows is roughly 50 MB of heap: with the response cache it keeps the server under 300 MB RSS.
    this.entries = new BoundedLru(options.maxEntries ?? 20_000, options.maxRows ?? 250_000);
    this.version = new VersionReader(readVersion, options.versionTtlMs ?? 1_000, options.now ?? Date.now);
  }

  /** The data version now (read at most once per `versionTtlMs`); a new version empties the cache. */
  async dataVersion(): Promise<string> {
    const version = await this.version.get();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.seenVersion = version;
    }
    return version;
  }

  get<R>(key: string): readonly R[] | undefined {
    return this.entries.get(key) as readonly R[] | undefined;
  }

  set(key: string, rows: readonly unknown[]): void {
    this.entries.set(key, rows, rows.length);
  }

  get size(): number { return this.entries.size; }

  clear(): void {
    this.entries.clear();
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
