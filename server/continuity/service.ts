// The staff and continuity figures of ScopeFigures (metrics.md, "Staff turnover and the fixed
// caseworker"): each from the request's batched loaders (./loaders.ts), summed over month parts,
// then disclosure-controlled for the committee.
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import type { Continuity, ContinuityIndices, Staff, StaffPeriod } from '../graphql/generated';
import { meanIndices } from '../stats/continuity-indices';
import { loadAll } from '../graphql/batch';
import { partGroups, type Granularity } from './periods';
import { continuityTotals, staffTotals, turnover } from './totals';
import { continuityFigure, indicesFigure, staffFigure, staffPeriodFigure } from './figures';
import { rankCorrelation, type RankCorrelationFigure } from './correlation';

const controlled = (ctx: RequestContext) => ctx.guard.disclosureControlled;

/** The whole period as one group of month parts. */
const wholePeriod = (f: ScopeFiguresModel) => partGroups(f.period, 'PERIOD')[0]!;

export async function staff(ctx: RequestContext, f: ScopeFiguresModel): Promise<Staff> {
  const rows = await ctx.loaders.staffRows.load(f);
  const period = wholePeriod(f);
  const totals = staffTotals(rows, period.months);
  const headcountOnAsOf = rows.find((r) => r.kind === 'asOf')?.value ?? 0;
  return staffFigure(totals, turnover(totals, period), headcountOnAsOf, controlled(ctx));
}

export async function continuity(ctx: RequestContext, f: ScopeFiguresModel): Promise<Continuity> {
  const rows = await ctx.loaders.continuityRows.load(f);
  return continuityFigure(continuityTotals(rows, wholePeriod(f).months), controlled(ctx));
}

export async function continuityIndices(ctx: RequestContext, f: ScopeFiguresModel): Promise<ContinuityIndices> {
  return indicesFigure(meanIndices(await ctx.loaders.citizenContactSums.load(f)), controlled(ctx));
}

export async function staffOverTime(ctx: RequestContext, f: ScopeFiguresModel, granularity: Exclude<Granularity, 'PERIOD'>): Promise<StaffPeriod[]> {
  const [staffRows, continuityRows] = await Promise.all([ctx.loaders.staffRows.load(f), ctx.loaders.continuityRows.load(f)]);
  return partGroups(f.period, granularity).map((part) => {
    const rates = turnover(staffTotals(staffRows, part.months), part);
    return staffPeriodFigure(part, rates, continuityTotals(continuityRows, part.months), controlled(ctx));
  });
}

/** The leaf departments' rows come from the same batched loaders (one query each for all of them). */
export async function turnoverVersusContinuity(ctx: RequestContext, f: ScopeFiguresModel): Promise<RankCorrelationFigure> {
  const leaves = await ctx.loaders.leafDepartments.load(f.scopeId);
  const keys = leaves.map((leaf) => ({ ...f, scopeId: leaf.id }));
  const [staffRows, continuityRows] = await Promise.all([loadAll(ctx.loaders.staffRows, keys), loadAll(ctx.loaders.continuityRows, keys)]);
  const departments = leaves.map(({ scopeId: _scope, ...department }, i) => ({
    department, staff: staffRows[i]!, continuity: continuityRows[i]!,
  }));
  return rankCorrelation(departments, f.period, controlled(ctx));
}
