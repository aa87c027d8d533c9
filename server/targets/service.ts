// Directors' targets: setting and clearing a department's own target (appended to the history,
// which is the audit trail of who changed what when; targets are not personal data, so no
// access-log entry), and reading the targets in force with inheritance from the nearest ancestor.
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../graphql/context';
import type { IndicatorKey, IndicatorTargetInput } from '../graphql/generated';
import { requireDepartment } from '../organisation/service';
import type { IndicatorTargetChangeModel, IndicatorTargetModel } from './models';
import { appendChange, hasOwnTarget, targetHistory, targetsInForceFor, targetsInForceInSubtree } from './queries';
import { validTargetBounds } from './validation';

export async function targetsInScope(ctx: RequestContext, scope: string): Promise<IndicatorTargetModel[]> {
  await requireDepartment(ctx, scope, 'scope');
  return targetsInForceInSubtree(ctx.db, scope);
}

export async function targetChanges(ctx: RequestContext, department: string, indicator: IndicatorKey | null): Promise<IndicatorTargetChangeModel[]> {
  await requireDepartment(ctx, department, 'department');
  return targetHistory(ctx.db, department, indicator);
}

/** The target in force for one department and indicator, read afresh (not from the request's loader). */
async function inForce(ctx: RequestContext, departmentId: string, indicator: IndicatorKey): Promise<IndicatorTargetModel | null> {
  return (await targetsInForceFor(ctx.db, [departmentId])).find((t) => t.indicator === indicator) ?? null;
}

export async function setTarget(ctx: RequestContext, input: IndicatorTargetInput): Promise<IndicatorTargetModel> {
  const viewer = ctx.guard.signedIn();
  await requireDepartment(ctx, input.department, 'input.department');
  const bounds = validTargetBounds(input);
  await appendChange(ctx.db, { departmentId: input.department, indicator: input.indicator, bounds, userId: viewer.userId });
  // A change on a department changes what its whole subtree inherits.
  ctx.loaders.targetsInForce.clearAll();
  const target = await inForce(ctx, input.department, input.indicator);
  if (!target) throw new Error(`the target just set for ${input.department} ${input.indicator} cannot be read back`);
  return target;
}

/** Clearing where nothing is set writes nothing: the history lists real changes only. */
export async function clearTarget(ctx: RequestContext, department: string, indicator: IndicatorKey): Promise<IndicatorTargetModel | null> {
  const viewer = ctx.guard.signedIn();
  await requireDepartment(ctx, department, 'department');
  await ctx.db.transaction(async (tx) => {
    // Serialises changes of this department's targets, so two clears cannot both see a target to clear.
    await tx.execute(sql`select 1 from departments where department_id = ${department} for update`);
    if (await hasOwnTarget(tx, department, indicator)) {
      await appendChange(tx, { departmentId: department, indicator, bounds: null, userId: viewer.userId });
    }
  });
  ctx.loaders.targetsInForce.clearAll();
  return inForce(ctx, department, indicator);
}
