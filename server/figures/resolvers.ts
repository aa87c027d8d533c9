import type { Resolvers } from '../graphql/generated';
import { childFigures, scopeFigures } from './service';

export const figuresResolvers: Resolvers = {
  Query: {
    figures: (_root, { scope, period, asOf }, ctx) => scopeFigures(ctx, scope, period, asOf),
  },
  ScopeFigures: {
    scope: async (f, _args, ctx) => (await ctx.loaders.department.load(f.scopeId))!,
    children: (f, _args, ctx) => childFigures(ctx, f),
  },
};
