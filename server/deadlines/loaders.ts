// Per-request DataLoaders for the deadline figures, keyed by (scope, period, as-of date). The
// figures of a scope's children are asked for together (`children { timeliness }`), so their keys
// arrive in one batch and become one grouped query over department_closure, never one per
// department. Kept beside the request context in a WeakMap, so they die with the request.
import DataLoader from 'dataloader';
import type { Database } from '../db/client';
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import {
  backlogCounts, processingDays, survivalTimes, timelinessCounts, timelinessCountsByMonth, type FigureQuery,
} from './queries';
import { caseTypeDeadlineCounts } from './case-type-queries';

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

function createDeadlineLoaders(db: Database) {
  return {
    timeliness: figureLoader(db, timelinessCounts),
    timelinessByMonth: figureLoader(db, timelinessCountsByMonth),
    processingDays: figureLoader(db, processingDays),
    survival: figureLoader(db, survivalTimes),
    backlog: figureLoader(db, backlogCounts),
    caseTypes: figureLoader(db, caseTypeDeadlineCounts),
  };
}
export type DeadlineLoaders = ReturnType<typeof createDeadlineLoaders>;

const perRequest = new WeakMap<RequestContext, DeadlineLoaders>();

/** This request's deadline loaders (created on first use). */
export function deadlineLoaders(ctx: RequestContext): DeadlineLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createDeadlineLoaders(ctx.db);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
