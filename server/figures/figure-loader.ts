// The DataLoader every figure family uses, keyed by (scope, period, as-of date). The figures of a
// scope's children are asked for together (`children { timeliness }`), so their keys arrive in one
// batch and become one grouped query over department_closure, never one per department. Where the
// dashboard keeps figure rows between requests (./figure-cache.ts), only the scopes not kept yet
// are queried.
import DataLoader from 'dataloader';
import type { Database } from '../db/client';
import type { PeriodModel, ScopeFiguresModel } from '../graphql/models';
import { figureCacheOf, type FigureCache } from './figure-cache';

/** What one grouped figure query reads: the scopes of a batch, one period, one as-of date. */
export interface FigureQuery { scopes: readonly string[]; period: PeriodModel; asOf: string }

export type FigureKey = Pick<ScopeFiguresModel, 'scopeId' | 'period' | 'asOf'>;

const batchKey = (k: FigureKey) => `${k.asOf}|${k.period.from}|${k.period.to}`;
const cacheKey = (k: FigureKey) => `${batchKey(k)}|${k.scopeId}`;

type Load<R> = (db: Database, q: FigureQuery) => Promise<R[]>;

/** Rows per scope of one (period, as-of) group: from the shared cache where kept, else one query. */
async function loadGroup<R extends { scopeId: string }>(
  db: Database, load: Load<R>, group: readonly FigureKey[], shared: { cache: FigureCache; prefix: string } | null,
): Promise<Map<string, R[]>> {
  const { period, asOf } = group[0]!;
  const byScope = new Map<string, R[]>();
  const sharedKey = (scopeId: string) => `${shared!.prefix}|${cacheKey({ scopeId, period, asOf })}`;
  for (const { scopeId } of group) {
    const kept = shared?.cache.get<R>(sharedKey(scopeId));
    if (kept) byScope.set(scopeId, [...kept]);
  }
  const missing = [...new Set(group.map((k) => k.scopeId))].filter((id) => !byScope.has(id));
  if (missing.length === 0) return byScope;
  for (const id of missing) byScope.set(id, []);
  for (const row of await load(db, { scopes: missing, period, asOf })) byScope.get(row.scopeId)?.push(row);
  if (shared) for (const id of missing) shared.cache.set(sharedKey(id), byScope.get(id)!);
  return byScope;
}

/**
 * A loader of every row of one scope; keys with the same period and as-of date share a query.
 * `changesOnlyAtImport: false` for rows that change between imports (review rounds): never kept.
 */
export function figureLoader<R extends { scopeId: string }>(
  db: Database, load: Load<R>, options: { changesOnlyAtImport: boolean } = { changesOnlyAtImport: true },
): DataLoader<FigureKey, R[], string> {
  if (!load.name) throw new Error('figureLoader needs a named query function (its name keys the shared cache)');
  return new DataLoader<FigureKey, R[], string>(async (keys) => {
    const cache = options.changesOnlyAtImport ? figureCacheOf(db) : undefined;
    const shared = cache ? { cache, prefix: `${load.name}|${await cache.dataVersion()}` } : null;
    const groups = new Map<string, FigureKey[]>();
    for (const key of keys) groups.set(batchKey(key), [...(groups.get(batchKey(key)) ?? []), key]);
    const byKey = new Map<string, R[]>();
    await Promise.all([...groups.values()].map(async (group) => {
      const byScope = await loadGroup(db, load, group, shared);
      for (const key of group) byKey.set(cacheKey(key), byScope.get(key.scopeId)!);
    }));
    return keys.map((k) => byKey.get(cacheKey(k))!);
  }, { cacheKeyFn: cacheKey });
}
