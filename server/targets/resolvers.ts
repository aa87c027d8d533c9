// Targets: the root operations (access rules in server/access/operations.ts) and the fields that
// turn department ids into departments through the request's loader.
import type { Resolvers } from '../graphql/generated';
import type { DepartmentModel } from '../graphql/models';
import type { RequestContext } from '../graphql/context';
import { clearTarget, setTarget, targetChanges, targetsInScope } from './service';

const department = async (ctx: RequestContext, id: string): Promise<DepartmentModel> => {
  const found = await ctx.loaders.department.load(id);
  if (!found) throw new Error(`department ${id} of a target does not exist`);
  return found;
};

export const targetResolvers: Resolvers = {
  Query: {
    indicatorTargets: (_root, { scope }, ctx) => targetsInScope(ctx, scope),
    indicatorTargetHistory: (_root, { department: id, indicator }, ctx) => targetChanges(ctx, id, indicator ?? null),
  },
  Mutation: {
    setIndicatorTarget: (_root, { input }, ctx) => setTarget(ctx, input),
    clearIndicatorTarget: (_root, { department: id, indicator }, ctx) => clearTarget(ctx, id, indicator),
  },
  IndicatorTarget: {
    department: (t, _args, ctx) => department(ctx, t.departmentId),
    setOn: (t, _args, ctx) => department(ctx, t.setOnId),
    inherited: (t) => t.setOnId !== t.departmentId,
  },
  IndicatorTargetChange: {
    department: (c, _args, ctx) => department(ctx, c.departmentId),
  },
};
