// The two deadline operations: the deadline scenario (aggregate) and the open-cases list (case level).
import type { RequestContext } from '../graphql/context';
import type { DeadlineScenario, OpenCaseFilter, PeriodInput, DeadlineInput, ResolversTypes } from '../graphql/generated';
import { badInput } from '../graphql/errors';
import { requireDepartment } from '../organisation/service';
import { scenarioCounts } from './case-type-queries';
import { openCasesPage } from './open-cases-queries';
import { scenarioFigures } from './realism';
import { checkDeadline, checkPage, checkPeriod } from './validation';

export interface ScenarioArgs { scope: string; period: PeriodInput; asOf: string; caseType: string; deadline: DeadlineInput }

export async function deadlineScenario(ctx: RequestContext, args: ScenarioArgs): Promise<ResolversTypes['DeadlineScenario']> {
  checkPeriod(args.period);
  const proposed = checkDeadline(args.deadline);
  await requireDepartment(ctx, args.scope, 'scope');
  const caseType = await ctx.loaders.caseType.load(args.caseType);
  if (!caseType) throw badInput('caseType', `no case type has the id "${args.caseType}"`);
  const counts = await scenarioCounts(ctx.db, {
    scope: args.scope, period: args.period, asOf: args.asOf, caseType: caseType.id, ...proposed,
  });
  const figures = scenarioFigures(counts, ctx.guard.disclosureControlled);
  const result: Omit<DeadlineScenario, 'caseType'> = { proposed: args.deadline, ...figures };
  return { ...result, caseType };
}

export interface OpenCasesArgs { scope: string; asOf: string; filter?: OpenCaseFilter | null; first?: number | null; offset?: number | null }

/**
 * One page of the open cases the viewer may read (the guard's case scope, applied in SQL). The page
 * is written to the access log before it is returned; without a purpose nothing is returned.
 */
export async function openCases(ctx: RequestContext, args: OpenCasesArgs): Promise<ResolversTypes['OpenCasePage']> {
  const page = checkPage(args.first, args.offset);
  await requireDepartment(ctx, args.scope, 'scope');
  const readable = await ctx.guard.caseScope();
  const { total, rows } = await openCasesPage(ctx.db, {
    scope: args.scope, asOf: args.asOf, filter: args.filter ?? 'OVERDUE', ...page, readable,
  });
  if (rows.length > 0) {
    await ctx.recordRead({
      operation: 'Query.openCases', caseIds: rows.map((r) => r.case.id), citizenPseudonyms: rows.map((r) => r.case.citizenPseudonym),
    });
  }
  return { total, cases: rows, hasMore: page.offset + rows.length < total };
}
