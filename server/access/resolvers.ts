import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.guard.viewer,
  },
  Viewer: {
    role: (v) => apiEnum(v.role),
    // Ids no longer in the data (after a re-import) are left out here; `User.departmentIds` keeps them.
    departments: async (v, _args, ctx) => {
      const found = await Promise.all(v.departmentIds.map((id) => ctx.loaders.department.load(id)));
      return found.filter((d) => d !== null && d !== undefined);
    },
  },
};
