// reviewRoundPlan: the frame size and allocation per stratum a round would get (writes nothing),
// and the checks planning and creating share: the scope is runnable, the case types exist.
import type { RequestContext } from '../graphql/context';
import type { ReviewPlanInput, ResolversTypes } from '../graphql/generated';
import type { CaseTypeModel } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { loadAll } from '../graphql/batch';
import { requireDepartment } from '../organisation/service';
import { allocate, type AllocationMethod } from '../stats/allocation';
import { mayRunRoundsIn } from './round-access';
import { checkPlanInput, type FrameSpec, type PlanSpec } from './plan-input';
import { frameStrata, type StratumFrame } from './frame-queries';

export type PlannedStratumModel = StratumFrame & { allocated: number };

/** The scope exists and the viewer may run rounds there; every case type exists. */
export async function checkPlanAccess(ctx: RequestContext, frame: FrameSpec): Promise<void> {
  await requireDepartment(ctx, frame.scopeId, 'input.scope');
  if (!(await mayRunRoundsIn(ctx, frame.scopeId))) {
    throw badInput('input.scope', `you may not run review rounds in department "${frame.scopeId}": it is outside your departments`);
  }
  const types = await loadAll(ctx.loaders.caseType, frame.caseTypeIds);
  const unknown = frame.caseTypeIds.find((_, i) => types[i] === null);
  if (unknown !== undefined) throw badInput('input.frame.caseTypes', `no case type has the id "${unknown}"`);
}

/** The pure allocation (server/stats) over the strata the frame holds, in the strata's order. */
export function allocateStrata(strata: readonly StratumFrame[], method: AllocationMethod): PlannedStratumModel[] {
  const allocated = allocate(strata.map((s) => ({ key: s.key, frameSize: s.frameSize })), method);
  return strata.map((s, i) => ({ ...s, allocated: allocated[i]!.allocated }));
}

/** What the planner sees for a stratum: its department and case type, not just their ids. */
export async function plannedStrataForApi(ctx: RequestContext, strata: readonly PlannedStratumModel[]): Promise<ResolversTypes['PlannedStratum'][]> {
  const departments = await loadAll(ctx.loaders.department, strata.map((s) => s.departmentId));
  const caseTypes = await loadAll(ctx.loaders.caseType, strata.flatMap((s) => (s.caseTypeId === null ? [] : [s.caseTypeId])));
  const typeById = new Map(caseTypes.filter((t): t is CaseTypeModel => t !== null).map((t) => [t.id, t]));
  return strata.map((s, i) => {
    const department = departments[i];
    if (!department) throw new Error(`department ${s.departmentId} of stratum ${s.key} is not in the data`);
    return {
      key: s.key, department, caseType: s.caseTypeId === null ? null : typeById.get(s.caseTypeId) ?? null,
      frameSize: s.frameSize, allocated: s.allocated,
    };
  });
}

export async function planReviewRound(ctx: RequestContext, input: ReviewPlanInput): Promise<ResolversTypes['ReviewRoundPlan']> {
  const spec: PlanSpec = checkPlanInput(input);
  await checkPlanAccess(ctx, spec.frame);
  const strata = allocateStrata(await frameStrata(ctx.db, spec.frame, { kind: 'all' }), spec.allocation);
  return {
    frameSize: strata.reduce((sum, s) => sum + s.frameSize, 0),
    allocated: strata.reduce((sum, s) => sum + s.allocated, 0),
    strata: await plannedStrataForApi(ctx, strata),
  };
}
