import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { caseDateRange, entityCounts, hasCases, receivedPerMonth, recentImports } from './queries';

export const datasetResolvers: Resolvers = {
  Query: {
    dataStatus: (_root, _args, ctx) => {
      let range: ReturnType<typeof caseDateRange> | undefined;
      return { dateRange: () => (range ??= caseDateRange(ctx.db)) };
    },
  },
  DataStatus: {
    empty: async (_s, _args, ctx) => !(await hasCases(ctx.db)),
    lastImport: async (_s, _args, ctx) => (await recentImports(ctx.db, 1))[0] ?? null,
    imports: (_s, { limit }, ctx) => {
      const n = limit ?? 10;
      if (!Number.isInteger(n) || n < 1 || n > 100) throw badInput('limit', 'must be a whole number from 1 to 100');
      return recentImports(ctx.db, n);
    },
    counts: (_s, _args, ctx) => entityCounts(ctx.db),
    receivedRange: async (status) => {
      const range = await status.dateRange();
      return range.first && range.last ? { from: range.first, to: range.last } : null;
    },
    latestEvent: async (status) => (await status.dateRange()).latestEvent,
    receivedPerMonth: (_s, _args, ctx) => receivedPerMonth(ctx.db),
  },
  ImportBatch: {
    id: (b) => String(b.id),
    startedAt: (b) => b.startedAt.toISOString(),
    finishedAt: (b) => b.finishedAt?.toISOString() ?? null,
    status: (b) => apiEnum(b.status),
  },
};
