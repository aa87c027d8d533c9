// REVIEW_IN_ORDER_SHARE: the stratified estimate of the share of reviewed cases assessed "in order"
// in the scope's latest review round of the period (./review-queries.ts), from the round's results
// (the same loader as ReviewRound.results); base = the round's reviewed cases. Null without a round.
import type { RequestContext } from '../graphql/context';
import type { ScopeFiguresModel } from '../graphql/models';
import { discloseFigure } from '../access/disclosure-apply';
import type { ScalarFigure } from './registry';

/** For the committee the share is withheld when fewer than 5 cases were reviewed (metrics.md). */
export function reviewShareFigure(share: number | null, reviewed: number, controlled: boolean): ScalarFigure {
  return discloseFigure({ value: share, base: reviewed }, { counts: ['base'], statistics: { value: 'base' } }, controlled);
}

export async function reviewInOrderShare(ctx: RequestContext, f: ScopeFiguresModel): Promise<ScalarFigure> {
  const [round] = await ctx.loaders.latestReviewRound.load(f);
  const controlled = ctx.guard.disclosureControlled;
  if (!round) return { value: null, base: null, withheld: false, suppressed: [] };
  const results = await ctx.loaders.roundResults.load(round.roundId);
  return reviewShareFigure(results.inOrder.stratified?.estimate ?? null, results.reviewed, controlled);
}
