// The overview's indicators: a ScopeFigures field, and the trend line as a field of its own so
// its 8 quarters are only computed when a query asks for them.
import type { Resolvers } from '../graphql/generated';
import { indicatorQuarters, scopeIndicators } from './service';

export const indicatorResolvers: Resolvers = {
  ScopeFigures: {
    indicators: (f, { keys }, ctx) => scopeIndicators(ctx, f, keys),
  },
  Indicator: {
    quarters: (indicator, _args, ctx) => indicatorQuarters(ctx, indicator),
  },
};
