// Resources in balance: the ScopeFigures field.
import type { Resolvers } from '../graphql/generated';
import { resources } from './service';

export const resourceResolvers: Resolvers = {
  ScopeFigures: {
    resources: (f, _args, ctx) => resources(ctx, f),
  },
};
