// The DataLoader every figure family uses, keyed by (scope, period, as-of date). The figures of a
// scope's children are asked for together (`children { timeliness }`), so their keys arrive in one
// batch and become one grouped query over department_closure, never one per department.
import DataLoader from 'dataloader';
import type { Database } from '../db/client';
import type { PeriodModel, ScopeFiguresModel } from '../graphql/models';

/** What one grouped figure query reads: the scopes of a batch, one period, one as-of date. */
export interface FigureQuery { scopes: readonly string[]; period: PeriodModel; asOf: string }

export type FigureKey = Pick<ScopeFiguresModel, 'scopeId' | 'period' | 'asOf'>;

const batchKey = (k: FigureKey) => `${k.asOf}|${k.period.from}|${k.period.to}`;
const cacheKey = (k: FigureKey) => `${batchKey(k)}|${k.scopeId}`;

/** A loader of every row of one scope; keys with the same period and as-of date share a query. */
export function figureLoader<R extends { scopeId: string }>(db: Database, load: (db: Database, q: FigureQuery) => Promise<R[]>): DataLoader<FigureKey, R[], string> {
  return new DataLoader<FigureKey, R[], string>(async (keys) => {
    const groups = new Map<string, FigureKey[]>();
    for (const key of keys) groups.set(batchKey(key), [...(groups.get(batchKey(key)) ?? []), key]);
    const byKey = new Map<string, R[]>(keys.map((k) => [cacheKey(k), []]));
    await Promise.all([...groups.values()].map(async (group) => {
      const { period, asOf } = group[0]!;
      const scopes = [...new Set(group.map((k) => k.scopeId))];
      for (const row of await load(db, { scopes, period, asOf })) {
        byKey.get(cacheKey({ scopeId: row.scopeId, period, asOf }))?.push(row);
      }
    }));
    return keys.map((k) => byKey.get(cacheKey(k))!);
  }, { cacheKeyFn: cacheKey });
}
