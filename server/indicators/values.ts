// The value of one indicator for one ScopeFiguresModel: the single entry point every indicator
// number goes through (the period's value, the year-earlier value, each quarter of the trend line).
// It asks only the figure service of the indicator's family; those batch departments through the
// request's DataLoaders and apply disclosure control, so what is read here is what the viewer may see.
import type { RequestContext } from '../graphql/context';
import type { IndicatorKey } from '../graphql/generated';
import type { ScopeFiguresModel } from '../graphql/models';
import { isBelowFive } from '../access/disclosure';
import { backlog, timeliness, timeToDecision } from '../deadlines/service';
import { continuity, staff } from '../continuity/service';
import { appeals, complaints, dialogueComplaints } from '../complaints/service';
import { resources } from '../resources/service';
import { INDICATORS, readIndicator, type Family, type FamilyFigures, type IndicatorReading, type ScalarFigure } from './registry';
import { reviewInOrderShare } from './review-share';

async function dialogueFigure(ctx: RequestContext, f: ScopeFiguresModel): Promise<ScalarFigure> {
  const rate = await dialogueComplaints(ctx, f);
  // The base is a count of decisions: for the committee one of 1–4 is "< 5", not a number.
  const base = ctx.guard.disclosureControlled && isBelowFive(rate.base) ? null : rate.base;
  return { value: rate.value, base, withheld: rate.withheld, suppressed: rate.reason ? [{ field: 'value', reason: rate.reason }] : [] };
}

const FAMILY_FIGURES: { [F in Family]: (ctx: RequestContext, f: ScopeFiguresModel) => Promise<FamilyFigures[F]> } = {
  timeliness,
  timeToDecision,
  backlog,
  staff,
  continuity,
  complaints,
  dialogueComplaints: dialogueFigure,
  appeals,
  review: reviewInOrderShare,
  resources,
};

/** The indicator `key` for the figures `f`, as the viewer may see it. */
export async function indicatorValue(ctx: RequestContext, key: IndicatorKey, f: ScopeFiguresModel): Promise<IndicatorReading> {
  const definition = INDICATORS[key];
  const figure = await FAMILY_FIGURES[definition.family](ctx, f);
  return readIndicator(definition, figure);
}
