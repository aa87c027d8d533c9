// Per-request DataLoaders of the indicators: the review round behind REVIEW_IN_ORDER_SHARE, keyed
// like every figure by (scope, period, as-of date), so a scope and its children cost one query.
import type { Database } from '../db/client';
import { figureLoader } from '../figures/figure-loader';
import { latestRoundsInPeriod } from './review-queries';

export function createIndicatorLoaders(db: Database) {
  return {
    // Reviews are submitted between imports: never kept between requests.
    latestReviewRound: figureLoader(db, latestRoundsInPeriod, { changesOnlyAtImport: false }),
  };
}
export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
