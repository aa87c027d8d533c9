// The deadline figures of ScopeFigures (metrics.md, "Deadlines"), each from one batched query for
// the scope and any siblings asked for in the same request, then disclosure-controlled.
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import type { Backlog, KaplanMeier, MonthTimeliness, Percentiles, Timeliness } from '../graphql/generated';
import { addMonthsClamped } from '../stats/calendar';
import { loadAll } from '../graphql/batch';
import { backlogFigure, kaplanMeierFigure, percentilesFigure, rawTimeliness, timelinessFigure } from './figures';
import { funnelFigure, type FunnelFigure } from './funnel-figure';

const controlled = (ctx: RequestContext) => ctx.guard.disclosureControlled;

export async function timeliness(ctx: RequestContext, f: ScopeFiguresModel): Promise<Timeliness> {
  const [row] = await ctx.loaders.timeliness.load(f);
  return timelinessFigure(row, controlled(ctx));
}

export async function processingTime(ctx: RequestContext, f: ScopeFiguresModel): Promise<Percentiles> {
  return percentilesFigure(await ctx.loaders.processingDays.load(f), controlled(ctx));
}

export async function timeToDecision(ctx: RequestContext, f: ScopeFiguresModel): Promise<KaplanMeier> {
  return kaplanMeierFigure(await ctx.loaders.survival.load(f), controlled(ctx));
}

export async function backlog(ctx: RequestContext, f: ScopeFiguresModel): Promise<Backlog> {
  const [row] = await ctx.loaders.backlog.load(f);
  return backlogFigure(row, controlled(ctx));
}

/** The first day of every calendar month overlapping [from, to]. */
export function monthsOverlapping(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month <= to; month = addMonthsClamped(month, 1)) months.push(month);
  return months;
}

/** Every month of P, cut to P, with its timeliness (zeros where nothing was decided). */
export async function timelinessByMonth(ctx: RequestContext, f: ScopeFiguresModel): Promise<MonthTimeliness[]> {
  const rows = await ctx.loaders.timelinessByMonth.load(f);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsOverlapping(f.period.from, f.period.to).map((month) => ({
    month, timeliness: timelinessFigure(byMonth.get(month), controlled(ctx)),
  }));
}

/** The scope's overall rate and each direct child's, from one batch of the timeliness loader. */
export async function timelinessFunnel(ctx: RequestContext, f: ScopeFiguresModel): Promise<FunnelFigure> {
  const children = await ctx.loaders.departmentChildren.load(f.scopeId);
  const keys = [f, ...children.map((child) => ({ ...f, scopeId: child.id }))];
  const counts = (await loadAll(ctx.loaders.timeliness, keys)).map((rows) => rawTimeliness(rows[0]));
  const [scope, ...perChild] = counts;
  return funnelFigure(scope!, children.map((department, i) => ({ department, timeliness: perChild[i]! })), controlled(ctx));
}
