// Resources in balance (metrics.md, "Resources"), composed from the loaders the other figures
// already batch: the backlog on A (deadlines), the headcounts (staff) and the decisions in P
// (deadlines, the count of `Timeliness.decided`). No query of its own.
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import type { Resources } from '../graphql/generated';
import { daysIn, partGroups } from '../continuity/periods';
import { staffTotals, turnover } from '../continuity/totals';
import { resourcesFigure } from './figures';

export async function resources(ctx: RequestContext, f: ScopeFiguresModel): Promise<Resources> {
  const [[backlog], staffRows, [timeliness]] = await Promise.all([
    ctx.loaders.backlog.load(f), ctx.loaders.staffRows.load(f), ctx.loaders.timeliness.load(f),
  ]);
  const period = partGroups(f.period, 'PERIOD')[0]!;
  return resourcesFigure({
    backlog: backlog?.total ?? 0,
    headcountOnAsOf: staffRows.find((r) => r.kind === 'asOf')?.value ?? 0,
    decided: timeliness?.decided ?? 0,
    averageHeadcount: turnover(staffTotals(staffRows, period.months), period).averageHeadcount,
    daysInPeriod: daysIn(period),
  }, ctx.guard.disclosureControlled);
}
