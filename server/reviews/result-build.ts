// ReviewRound.results from the SQL counts, pure: every share three ways (pooled with its Wilson
// interval, stratified by frame size, and per stratum), then the change since the previous round.
import type { ItemResult, ReviewResults, ScopeProportion } from '../graphql/generated';
import { wilsonInterval } from '../stats/wilson';
import { stratifiedEstimate } from '../stats/stratified';
import type { ChecklistItemModel } from './models';
import type { CaseCounts, ItemCounts, RoundStratum } from './result-queries';

export type ItemResultModel = Omit<ItemResult, 'item'> & { item: ChecklistItemModel };
export type ReviewResultsModel = Omit<ReviewResults, 'items'> & { items: ItemResultModel[] };

interface StratumYesNo { stratumKey: string; frameSize: number; yes: number; no: number }

/** "Not relevant" never reaches here: yes ÷ (yes + no). A stratum without answers keeps its row (null estimate). */
export function scopeProportion(strata: readonly StratumYesNo[]): ScopeProportion {
  const yes = strata.reduce((sum, s) => sum + s.yes, 0);
  const trials = strata.reduce((sum, s) => sum + s.yes + s.no, 0);
  return {
    pooled: wilsonInterval(yes, trials),
    stratified: stratifiedEstimate(strata),
    strata: strata.map((s) => ({ stratumKey: s.stratumKey, frameSize: s.frameSize, proportion: wilsonInterval(s.yes, s.yes + s.no) })),
  };
}

export interface RoundCounts {
  items: readonly ChecklistItemModel[];
  strata: readonly RoundStratum[];
  itemCounts: readonly ItemCounts[];
  caseCounts: readonly CaseCounts[];
}

const ZERO_CASES = { reviewed: 0, inOrder: 0, minor: 0, significant: 0, upheld: 0, changed: 0, remitted: 0, mandatoryBreach: 0 };

/** The results of one round, without the comparison with the previous round. */
export function buildResults(round: RoundCounts): ReviewResultsModel {
  const cases = round.strata.map((s) => ({ ...s, ...(round.caseCounts.find((c) => c.stratumKey === s.stratumKey) ?? ZERO_CASES) }));
  const casesShare = (count: (c: (typeof cases)[number]) => number) => scopeProportion(cases.map((c) => ({
    stratumKey: c.stratumKey, frameSize: c.frameSize, yes: count(c), no: c.reviewed - count(c),
  })));
  const total = (count: (c: (typeof cases)[number]) => number) => cases.reduce((sum, c) => sum + count(c), 0);
  const reviewed = total((c) => c.reviewed);
  return {
    reviewed,
    items: round.items.map((item) => {
      const counts = round.strata.map((s) => {
        const row = round.itemCounts.find((c) => c.stratumKey === s.stratumKey && c.itemNumber === item.number);
        return { stratumKey: s.stratumKey, frameSize: s.frameSize, yes: row?.yes ?? 0, no: row?.no ?? 0, notRelevant: row?.notRelevant ?? 0 };
      });
      return { item, compliance: scopeProportion(counts), notRelevant: counts.reduce((sum, c) => sum + c.notRelevant, 0), changeSincePrevious: null };
    }),
    inOrder: casesShare((c) => c.inOrder),
    minorDeficiencies: total((c) => c.minor),
    significantDeficiencies: total((c) => c.significant),
    mandatoryBreach: casesShare((c) => c.mandatoryBreach),
    upheld: wilsonInterval(total((c) => c.upheld), reviewed),
    changed: wilsonInterval(total((c) => c.changed), reviewed),
    remitted: wilsonInterval(total((c) => c.remitted), reviewed),
    previousRoundId: null,
    inOrderChangeSincePrevious: null,
  };
}

function difference(now: ScopeProportion, then: ScopeProportion | undefined): number | null {
  const a = now.stratified?.estimate;
  const b = then?.stratified?.estimate;
  return a === undefined || b === undefined ? null : a - b;
}

/**
 * Adds the change since the previous round. An item is compared only with the previous round's item
 * of the same number and text: after a new checklist version the same number may ask something else.
 */
export function withPrevious(current: ReviewResultsModel, previousId: number | null, previous: ReviewResultsModel | null): ReviewResultsModel {
  if (previousId === null || previous === null) return current;
  return {
    ...current,
    previousRoundId: String(previousId),
    inOrderChangeSincePrevious: difference(current.inOrder, previous.inOrder),
    items: current.items.map((result) => {
      const before = previous.items.find((p) => p.item.number === result.item.number && p.item.text === result.item.text);
      return { ...result, changeSincePrevious: difference(result.compliance, before?.compliance) };
    }),
  };
}
