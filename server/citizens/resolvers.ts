// Citizens across departments: the ScopeFigures field, the cross-department citizens list and the
// one-citizen view. Departments are resolved by id through the per-request loader.
import type { Resolvers } from '../graphql/generated';
import type { RequestContext } from '../graphql/context';
import type { DepartmentModel } from '../graphql/models';
import { loadAll } from '../graphql/batch';
import { citizenOverview, combinations, crossDepartment, crossDepartmentCitizens } from './service';

const departments = async (ctx: RequestContext, ids: readonly string[]): Promise<DepartmentModel[]> =>
  (await loadAll(ctx.loaders.department, ids)).filter((d): d is DepartmentModel => d !== null);

export const citizenResolvers: Resolvers = {
  Query: {
    crossDepartmentCitizens: (_root, args, ctx) => crossDepartmentCitizens(ctx, args),
    citizen: (_root, args, ctx) => citizenOverview(ctx, args),
  },
  ScopeFigures: {
    crossDepartment: (f, _args, ctx) => crossDepartment(ctx, f),
  },
  CrossDepartment: {
    combinations: (m, { first }, ctx) => combinations(ctx, m.figures, first),
  },
  DepartmentCombination: {
    departments: (c, _args, ctx) => departments(ctx, c.departmentIds),
  },
  CrossDepartmentCitizen: {
    departments: (c, _args, ctx) => departments(ctx, c.departmentIds),
  },
  CitizenOverview: {
    departments: (c, _args, ctx) => departments(ctx, c.departmentIds),
  },
};
