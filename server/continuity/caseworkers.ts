// `caseworkerFigures`: per-caseworker figures for directors (everywhere) and managers (their own
// department subtrees, applied in SQL); the operation rule keeps everyone else out.
import type { RequestContext } from '../graphql/context';
import type { CaseworkerFiguresModel, PeriodModel } from '../graphql/models';
import { apiEnum } from '../graphql/models';
import type { EndReason } from '../graphql/generated';
import { scopeFigures } from '../figures/service';
import { caseworkerRows } from './caseworker-queries';

export async function caseworkerFigures(
  ctx: RequestContext, args: { scope: string; period: PeriodModel; asOf: string },
): Promise<CaseworkerFiguresModel[]> {
  const f = await scopeFigures(ctx, args.scope, args.period, args.asOf); // validates scope and period
  const rows = await caseworkerRows(ctx.db, { scope: f.scopeId, period: f.period, asOf: f.asOf, readable: await ctx.guard.caseScope() });
  return rows.map((r) => ({
    caseworker: { id: r.caseworkerId, displayName: r.displayName }, departmentId: r.departmentId,
    employedFrom: r.employedFrom, employedTo: r.employedTo, endReason: apiEnum<EndReason>(r.endReason),
    decidedCases: r.decidedCases, openCases: r.openCases, handovers: r.handovers,
  }));
}
