// Citizens across departments (metrics.md, "Citizens across departments"): the aggregate figure of
// ScopeFigures (batched per request, disclosure-controlled for the committee), the case-level list
// of cross-department citizens and the one-citizen view. The two case-level reads need a stated
// purpose, are narrowed to the cases the viewer may read and are logged before they are returned.
import type { RequestContext } from '../graphql/context';
import type { PeriodModel, ScopeFiguresModel } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { requireDepartment } from '../organisation/service';
import { requirePurpose } from '../reviews/review-service';
import { readableSql } from '../deadlines/open-cases-queries';
import { checkPage, checkPeriod } from '../deadlines/validation';
import { todayInCopenhagen } from '../stats/calendar';
import { combinationsFigure, crossDepartmentFigure } from './figures';
import { combinationsOf, crossDepartmentTotals } from './totals';
import { citizenCasesAsOf, crossDepartmentCitizenPage } from './queries';
import type { CitizenOverviewModel, CrossDepartmentCitizenModel, CrossDepartmentModel, DepartmentCombinationModel } from './models';

const controlled = (ctx: RequestContext) => ctx.guard.disclosureControlled;

export async function crossDepartment(ctx: RequestContext, f: ScopeFiguresModel): Promise<CrossDepartmentModel> {
  const rows = await ctx.loaders.crossDepartmentRows.load(f);
  return { ...crossDepartmentFigure(crossDepartmentTotals(rows), controlled(ctx)), figures: f };
}

/** Most combinations one call may ask for. */
export const MAX_COMBINATIONS = 100;

export async function combinations(ctx: RequestContext, f: ScopeFiguresModel, first: number | null | undefined): Promise<DepartmentCombinationModel[]> {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COMBINATIONS) throw badInput('first', `must be from 1 to ${MAX_COMBINATIONS}, got ${limit}`);
  return combinationsFigure(combinationsOf(await ctx.loaders.crossDepartmentRows.load(f)), limit, controlled(ctx));
}

export interface CitizenListArgs { scope: string; period: PeriodModel; asOf: string; first?: number | null; offset?: number | null }

/** One page of the cross-department citizens, computed on the cases the viewer may read; logged. */
export async function crossDepartmentCitizens(ctx: RequestContext, args: CitizenListArgs): Promise<{ total: number; citizens: CrossDepartmentCitizenModel[] }> {
  requirePurpose(ctx);
  checkPeriod(args.period);
  const page = checkPage(args.first, args.offset);
  await requireDepartment(ctx, args.scope, 'scope');
  const readable = readableSql(await ctx.guard.caseScope());
  const query = { scopes: [args.scope], period: { from: args.period.from, to: args.period.to }, asOf: args.asOf };
  const { total, rows } = await crossDepartmentCitizenPage(ctx.db, { query, readable, ...page });
  if (rows.length > 0) {
    await ctx.recordRead({
      operation: 'Query.crossDepartmentCitizens', caseIds: rows.flatMap((r) => r.caseIds.split(',')), citizenPseudonyms: rows.map((r) => r.pseudonym),
    });
  }
  const citizens = rows.map((r) => ({ pseudonym: r.pseudonym, departmentIds: r.departments.split(','), activeCases: r.activeCases, caseworkers: r.caseworkers }));
  return { total, citizens };
}

/**
 * The citizen's cases as known on the as-of date (default today in Copenhagen): those the viewer
 * may read, and how many others there are; null, and nothing logged, when none is readable.
 */
export async function citizenOverview(ctx: RequestContext, args: { pseudonym: string; asOf?: string | null }): Promise<CitizenOverviewModel | null> {
  requirePurpose(ctx);
  const asOf = args.asOf ?? todayInCopenhagen(new Date());
  const all = await citizenCasesAsOf(ctx.db, args.pseudonym, asOf);
  const cases = await ctx.guard.readableCases(all);
  if (cases.length === 0) return null;
  await ctx.recordRead({ operation: 'Query.citizen', caseIds: cases.map((c) => c.id), citizenPseudonyms: [args.pseudonym] });
  const departmentIds = [...new Set(all.map((c) => c.departmentId))].sort();
  return { pseudonym: args.pseudonym, asOf, cases, departmentIds, otherCases: all.length - cases.length };
}
