// The complaints and appeals figures of ScopeFigures (metrics.md, "Complaints and appeals"), from
// the request's batched loaders (./loaders.ts). The per-1,000 base is the cases decided in P as
// known on A: the deadline loaders' `decided`, the very count of `Timeliness.decided`.
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import type { Appeals, ComplaintPeriod, Complaints, Granularity } from '../graphql/generated';
import { partGroups } from '../continuity/periods';
import { appealsFigure, complaintsFigure, disclosePer1000, type DisclosedRate } from './figures';
import { appealTotals, complaintTotals, countOf, DIALOGUE_CATEGORIES } from './totals';
import { complaintTable, type ComplaintTableModel } from './table';

const controlled = (ctx: RequestContext) => ctx.guard.disclosureControlled;

/** The whole period as one group of month parts. */
const wholePeriod = (f: ScopeFiguresModel) => partGroups(f.period, 'PERIOD')[0]!;

/** Cases decided in P (as of A) in scope. */
async function decisions(ctx: RequestContext, f: ScopeFiguresModel): Promise<number> {
  const [row] = await ctx.loaders.timeliness.load(f);
  return row?.decided ?? 0;
}

async function periodTotals(ctx: RequestContext, f: ScopeFiguresModel) {
  const [rows, decided] = await Promise.all([ctx.loaders.complaintRows.load(f), decisions(ctx, f)]);
  return { totals: complaintTotals(rows, wholePeriod(f).months), decided };
}

export async function complaints(ctx: RequestContext, f: ScopeFiguresModel): Promise<Complaints> {
  const { totals, decided } = await periodTotals(ctx, f);
  return complaintsFigure(totals, decided, controlled(ctx));
}

/** Each month or quarter of P cut to P, with the cases decided in it (the deadline loaders' months). */
export async function complaintsOverTime(ctx: RequestContext, f: ScopeFiguresModel, granularity: Granularity): Promise<ComplaintPeriod[]> {
  const [rows, decidedByMonth] = await Promise.all([ctx.loaders.complaintRows.load(f), ctx.loaders.timelinessByMonth.load(f)]);
  return partGroups(f.period, granularity).map((part) => {
    const decided = decidedByMonth.filter((r) => part.months.includes(r.month)).reduce((sum, r) => sum + r.decided, 0);
    return { from: part.from, to: part.to, ...complaintsFigure(complaintTotals(rows, part.months), decided, controlled(ctx)) };
  });
}

/** Complaints on service and on status information per 1,000 decisions; withheld only on the base rule. */
export async function dialogueComplaints(ctx: RequestContext, f: ScopeFiguresModel): Promise<DisclosedRate> {
  const { totals, decided } = await periodTotals(ctx, f);
  return disclosePer1000(countOf(totals, DIALOGUE_CATEGORIES), decided, controlled(ctx));
}

export async function appeals(ctx: RequestContext, f: ScopeFiguresModel): Promise<Appeals> {
  return appealsFigure(appealTotals(await ctx.loaders.appealRows.load(f)), controlled(ctx));
}

/** The child departments (by name) × category table with both margins, disclosed as one table. */
export async function complaintsByDepartment(ctx: RequestContext, f: ScopeFiguresModel): Promise<ComplaintTableModel> {
  const children = await ctx.loaders.departmentChildren.load(f.scopeId);
  const departments = await Promise.all(children.map(async (child) => {
    const { totals, decided } = await periodTotals(ctx, { ...f, scopeId: child.id });
    return { departmentId: child.id, totals, decisions: decided };
  }));
  return complaintTable(departments, controlled(ctx));
}
