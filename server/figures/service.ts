// The figures entry point: checks scope, period and as-of date once; metric fields hang below.
import type { RequestContext } from '../graphql/context';
import type { PeriodModel, ScopeFiguresModel } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { requireDepartment } from '../organisation/service';

export async function scopeFigures(ctx: RequestContext, scope: string, period: PeriodModel, asOf: string): Promise<ScopeFiguresModel> {
  if (period.from > period.to) throw badInput('period', `from (${period.from}) is after to (${period.to})`);
  await requireDepartment(ctx, scope, 'scope');
  return { scopeId: scope, period: { from: period.from, to: period.to }, asOf };
}

export async function childFigures(ctx: RequestContext, parent: ScopeFiguresModel): Promise<ScopeFiguresModel[]> {
  const children = await ctx.loaders.departmentChildren.load(parent.scopeId);
  return children.map((child) => ({ ...parent, scopeId: child.id }));
}
