import type { RequestContext } from '../graphql/context';
import type { DepartmentModel } from '../graphql/models';
import { badInput } from '../graphql/errors';

/** The department named by an argument, or a clear error naming the argument. */
export async function requireDepartment(ctx: RequestContext, id: string, argument: string): Promise<DepartmentModel> {
  const department = await ctx.loaders.department.load(id);
  if (!department) throw badInput(argument, `no department has the id "${id}"`);
  return department;
}
