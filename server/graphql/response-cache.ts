// The load behind the dashboard is many people opening the same pages on the same selections, and
// a figure answer changes only when its content changes: an import, a target change, a review
// round's event. So a whole answer to a figure-only query is kept under (operation, variables, the
// viewer's access, content version) and sent again without running a resolver. Which operations
// qualify is decided by the plugin (response-cache-plugin.ts); this is the bounded store.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { VersionReader } from '../figures/version-reader';
import { BoundedLru } from '../figures/bounded-lru';

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used dropped first). */
  maxEntries?: number;
  /** Most bytes of answer JSON kept over all entries. */
  maxBytes?: number;
  /** How long a read content version is trusted: a write in another process shows after at most this. */
  versionTtlMs?: number;
  now?: () => number;
}

export class ResponseCache {
  private readonly entries: BoundedLru<Record<string, unknown>>;
  private readonly version: VersionReader;
  private seenVersion: string | null = null;
  /** Bumped by every mutation in this process, so its effect shows at once, without waiting for the TTL. */
  private localWrites = 0;
  private readonly maxBytes: number;

  constructor(readVersion: () => Promise<string>, options: ResponseCacheOptions = {}) {
    // Counted as JSON; the kept objects take two to three times that in the heap.
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.entries = new BoundedLru(options.maxEntries ?? 5_000, this.maxBytes);
    this.version = new VersionReader(readVersion, options.versionTtlMs ?? 1_000, options.now ?? Date.now);
  }

  /** The content version now, with this process's writes; a new one empties the cache. */
  async contentVersion(): Promise<string> {
    const version = `${await this.version.get()}/${this.localWrites}`;
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.seenVersion = version;
    }
    return version;
  }

  /** Whether `version` (from `contentVersion`) is still the one answers are kept under. */
  isCurrent(version: string): boolean { return version === this.seenVersion; }

  /** Something in this process wrote: nothing kept so far may be sent again. */
  written(): void {
    this.localWrites += 1;
    this.version.forget();
    this.entries.clear();
  }

  get(key: string): Record<string, unknown> | undefined {
    return this.entries.get(key);
  }

  /** Keeps an answer unless it alone is larger than a tenth of the budget. */
  set(key: string, data: Record<string, unknown>, bytes: number): void {
    if (bytes <= this.maxBytes / 10) this.entries.set(key, data, bytes);
  }

  get size(): number { return this.entries.size; }
  get keptBytes(): number { return this.entries.weight; }
}

/**
 * What a figure answer depends on besides its variables and the viewer: the latest succeeded
 * import, the latest target change and the latest review-round event (both tables are append-only).
 */
export async function readContentVersion(db: Database): Promise<string> {
  const [row] = await queryRows<{ imported: number | null; targets: number | null; rounds: number | null }>(db, sql`
    select (select max(id) from import_batches where status = 'succeeded') as imported,
           (select max(id) from indicator_target_changes) as targets,
           (select max(id) from review_round_events) as rounds`);
  return [row?.imported, row?.targets, row?.rounds].map((v) => (v === null || v === undefined ? '-' : String(v))).join('.');
}

const caches = new WeakMap<Database, ResponseCache>();

/** Keeps figure answers between requests on this database (the dashboard does, on its own database). */
export function enableResponseCache(db: Database, options: ResponseCacheOptions = {}): ResponseCache {
  const cache = new ResponseCache(() => readContentVersion(db), options);
  caches.set(db, cache);
  return cache;
}

export function responseCacheOf(db: Database): ResponseCache | undefined {
  return caches.get(db);
}
