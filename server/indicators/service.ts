// ScopeFigures.indicators (domain.md, "The development plan's five themes"): each asked indicator
// for the scope's period and as-of date, against the target in force (status) and against the same
// period one year earlier as known one year earlier (trend); the quarters are a field of their own,
// computed only when asked.
import type { RequestContext } from '../graphql/context';
import type { IndicatorKey, IndicatorQuarter } from '../graphql/generated';
import type { ScopeFiguresModel } from '../graphql/models';
import { addMonthsClamped } from '../stats/calendar';
import { targetStatus, trendDirection } from '../targets/status';
import type { IndicatorTargetModel } from '../targets/models';
import type { IndicatorModel } from './models';
import { INDICATOR_KEYS, INDICATORS } from './registry';
import { indicatorValue } from './values';
import { quartersEndingWith } from './quarters';

/** P and A shifted back one year (29 Feb becomes 28 Feb). */
export function yearEarlier(f: ScopeFiguresModel): ScopeFiguresModel {
  const back = (date: string) => addMonthsClamped(date, -12);
  return { scopeId: f.scopeId, period: { from: back(f.period.from), to: back(f.period.to) }, asOf: back(f.asOf) };
}

async function scopeIndicator(ctx: RequestContext, f: ScopeFiguresModel, key: IndicatorKey, target: IndicatorTargetModel | null): Promise<IndicatorModel> {
  const { theme, direction, unit } = INDICATORS[key];
  const [now, before] = await Promise.all([indicatorValue(ctx, key, f), indicatorValue(ctx, key, yearEarlier(f))]);
  return {
    key, theme, direction, unit, figures: f, target,
    value: now.value, base: now.base, withheld: now.withheld, reason: now.reason,
    status: target && now.value !== null ? targetStatus(direction, now.value, target) : null,
    previousValue: before.value,
    previousWithheld: before.withheld,
    trend: trendDirection(direction, now.value, before.value, target),
  };
}

/** One indicator per asked key (every key in enum order when none are asked), repeats dropped. */
export async function scopeIndicators(ctx: RequestContext, f: ScopeFiguresModel, keys: readonly IndicatorKey[] | null | undefined): Promise<IndicatorModel[]> {
  const wanted = [...new Set(keys ?? INDICATOR_KEYS)];
  const targets = await ctx.loaders.targetsInForce.load(f.scopeId);
  return Promise.all(wanted.map((key) => scopeIndicator(ctx, f, key, targets.find((t) => t.indicator === key) ?? null)));
}

/**
 * The 8 calendar quarters up to the one P ends in, oldest first, each as known on A. An indicator
 * measured on a date (the overdue backlog, the caseload) takes each quarter's last day, or A when
 * that is earlier: measured on A throughout, its line would be flat.
 */
export function indicatorQuarters(ctx: RequestContext, indicator: Pick<IndicatorModel, 'key' | 'figures'>): Promise<IndicatorQuarter[]> {
  const { scopeId, asOf } = indicator.figures;
  const onDate = INDICATORS[indicator.key].onDate === true;
  return Promise.all(quartersEndingWith(indicator.figures.period.to).map(async (period) => {
    const quarterAsOf = onDate && period.to < asOf ? period.to : asOf;
    const reading = await indicatorValue(ctx, indicator.key, { scopeId, period, asOf: quarterAsOf });
    return { from: period.from, to: period.to, value: reading.value, withheld: reading.withheld };
  }));
}
