// Per case type in the scope: timeliness, processing days, box plot and deadline realism of the
// cases decided in P, all from one grouped query (./case-type-queries.ts).
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import type { ResolversTypes } from '../graphql/generated';
import type { ValueCount } from '../stats/grouped';
import { deadlineInForce } from './due-date';
import { boxPlotFigure, percentilesFigure, timelinessFigure } from './figures';
import { realismFigure } from './realism';
import type { CaseTypeRow } from './case-type-queries';
import type { TimelinessCounts } from './queries';

interface CaseTypeGroup { caseTypeId: string; counts: TimelinessCounts; days: ValueCount[]; minimalUnits: ValueCount[] }

/** The rows of one scope gathered per case type, in the query's order (by name). */
export function groupByCaseType(rows: readonly CaseTypeRow[]): CaseTypeGroup[] {
  const groups = new Map<string, CaseTypeGroup>();
  for (const row of rows) {
    let group = groups.get(row.caseTypeId);
    if (!group) {
      group = { caseTypeId: row.caseTypeId, counts: { decided: 0, withDueDate: 0, onTime: 0 }, days: [], minimalUnits: [] };
      groups.set(row.caseTypeId, group);
    }
    if (row.kind === 'all') group.counts = { decided: row.decided, withDueDate: row.withDueDate, onTime: row.onTime };
    else if (row.value !== null) (row.kind === 'days' ? group.days : group.minimalUnits).push({ value: row.value, count: row.decided });
  }
  return [...groups.values()];
}

type CaseTypeDeadlineFigures = ResolversTypes['CaseTypeDeadlineFigures'];

export async function caseTypeDeadlines(ctx: RequestContext, f: ScopeFiguresModel): Promise<CaseTypeDeadlineFigures[]> {
  const controlled = ctx.guard.disclosureControlled;
  const groups = groupByCaseType(await ctx.loaders.caseTypeDeadlines.load(f));
  return Promise.all(groups.map(async (group) => {
    const [caseType, rules] = await Promise.all([
      ctx.loaders.caseType.load(group.caseTypeId), ctx.loaders.deadlines.load(group.caseTypeId),
    ]);
    const deadline = deadlineInForce(rules, f.period.to);
    return {
      caseType: caseType!,
      deadlineInForce: deadline,
      timeliness: timelinessFigure(group.counts, controlled),
      processingTime: percentilesFigure(group.days, controlled),
      distribution: boxPlotFigure(group.days, controlled),
      realism: realismFigure(group.days, group.minimalUnits, deadline, controlled),
    };
  }));
}
