import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { deadlineInForce } from '../deadlines/due-date';
import { allDepartments, caseTypesInScope } from './queries';
import { requireDepartment } from './service';

export const organisationResolvers: Resolvers = {
  Query: {
    departments: (_root, _args, ctx) => allDepartments(ctx.db),
    department: (_root, { id }, ctx) => ctx.loaders.department.load(id),
    caseTypes: async (_root, { scope }, ctx) => {
      if (scope) await requireDepartment(ctx, scope, 'scope');
      return caseTypesInScope(ctx.db, scope ?? null);
    },
  },
  Department: {
    parent: (d, _args, ctx) => (d.parentId ? ctx.loaders.department.load(d.parentId) : null),
    children: (d, _args, ctx) => ctx.loaders.departmentChildren.load(d.id),
    path: (d, _args, ctx) => ctx.loaders.departmentPath.load(d.id),
  },
  CaseType: {
    department: async (t, _args, ctx) => (await ctx.loaders.department.load(t.departmentId))!,
    deadlines: (t, _args, ctx) => ctx.loaders.deadlines.load(t.id),
    deadlineOn: async (t, { date }, ctx) => deadlineInForce(await ctx.loaders.deadlines.load(t.id), date),
  },
  Deadline: {
    unit: (d) => apiEnum(d.unit),
  },
};
