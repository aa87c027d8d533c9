// Staff turnover and caseworker continuity: ScopeFigures fields and the per-caseworker root query.
import type { Resolvers } from '../graphql/generated';
import { continuity, continuityIndices, staff, staffOverTime, turnoverVersusContinuity } from './service';
import { caseworkerFigures } from './caseworkers';

export const continuityResolvers: Resolvers = {
  Query: {
    caseworkerFigures: (_root, args, ctx) => caseworkerFigures(ctx, args),
  },
  ScopeFigures: {
    staff: (f, _args, ctx) => staff(ctx, f),
    continuity: (f, _args, ctx) => continuity(ctx, f),
    continuityIndices: (f, _args, ctx) => continuityIndices(ctx, f),
    turnoverVersusContinuity: (f, _args, ctx) => turnoverVersusContinuity(ctx, f),
    staffOverTime: (f, { granularity }, ctx) => staffOverTime(ctx, f, granularity ?? 'MONTH'),
  },
  CaseworkerFigures: {
    department: async (row, _args, ctx) => (await ctx.loaders.department.load(row.departmentId))!,
  },
};
