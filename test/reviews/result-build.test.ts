// Results from counts, pure: three views of a share, strata without answers, the comparison with
// the previous round only for the same item (number and text).
import { describe, expect, it } from 'vitest';
import { buildResults, scopeProportion, withPrevious } from '../../server/reviews/result-build';

const items = [
  { number: 1, text: 'Oplyst', legalReference: null, ruleType: 'mandatory_safeguard' as const },
  { number: 2, text: 'Notat', legalReference: null, ruleType: 'procedural' as const },
];
const strata = [{ roundId: 1, stratumKey: 'A', frameSize: 40 }, { roundId: 1, stratumKey: 'B', frameSize: 10 }];

describe('a share three ways', () => {
  it('pools, stratifies by frame size and keeps an empty stratum with null figures', () => {
    const share = scopeProportion([
      { stratumKey: 'A', frameSize: 30, yes: 1, no: 1 },
      { stratumKey: 'B', frameSize: 10, yes: 2, no: 0 },
      { stratumKey: 'C', frameSize: 5, yes: 0, no: 0 },
    ]);
    expect(share.pooled).toMatchObject({ successes: 3, trials: 4, estimate: 0.75 });
    // W = 30/40, 10/40 (C has no answers): 0.75 · 0.5 + 0.25 · 1 = 0.625; SE² = 0.5625 · (1 − 2/30) · 0.25 ÷ 2.
    expect(share.stratified!.estimate).toBeCloseTo(0.625, 12);
    expect(share.stratified!.standardError).toBeCloseTo(Math.sqrt(0.5625 * (28 / 30) * 0.125), 12);
    expect(share.strata.map((s) => [s.stratumKey, s.proportion.trials, s.proportion.estimate])).toEqual([['A', 2, 0.5], ['B', 2, 1], ['C', 0, null]]);
  });

  it('has no stratified estimate without answers', () => {
    expect(scopeProportion([{ stratumKey: 'A', frameSize: 3, yes: 0, no: 0 }]).stratified).toBeNull();
  });
});

describe('a round\'s results', () => {
  const now = buildResults({
    items, strata,
    itemCounts: [
      { roundId: 1, stratumKey: 'A', itemNumber: 1, yes: 1, no: 1, notRelevant: 0 },
      { roundId: 1, stratumKey: 'B', itemNumber: 2, yes: 0, no: 0, notRelevant: 2 },
    ],
    caseCounts: [{ roundId: 1, stratumKey: 'A', reviewed: 2, inOrder: 1, minor: 1, significant: 0, upheld: 1, changed: 1, remitted: 0, mandatoryBreach: 1 }],
  });

  it('lists every item, counting not relevant apart', () => {
    expect(now.reviewed).toBe(2);
    expect(now.items.map((r) => [r.item.number, r.compliance.pooled.trials, r.notRelevant])).toEqual([[1, 2, 0], [2, 0, 2]]);
    expect(now.items[1]!.compliance.stratified).toBeNull();
    expect(now.mandatoryBreach.pooled).toMatchObject({ successes: 1, trials: 2 });
    expect(now.upheld).toMatchObject({ successes: 1, trials: 2, estimate: 0.5 });
    expect(now.remitted).toMatchObject({ successes: 0, trials: 2, estimate: 0, lower: 0 });
  });

  it('compares with the previous round only for the same item and where both have estimates', () => {
    const before = buildResults({
      items: [items[0]!, { ...items[1]!, text: 'Et andet spørgsmål' }], strata,
      itemCounts: [
        { roundId: 2, stratumKey: 'A', itemNumber: 1, yes: 1, no: 3, notRelevant: 0 },
        { roundId: 2, stratumKey: 'A', itemNumber: 2, yes: 1, no: 0, notRelevant: 0 },
      ],
      caseCounts: [{ roundId: 2, stratumKey: 'A', reviewed: 4, inOrder: 4, minor: 0, significant: 0, upheld: 4, changed: 0, remitted: 0, mandatoryBreach: 3 }],
    });
    const compared = withPrevious(now, 2, before);
    expect(compared.previousRoundId).toBe('2');
    expect(compared.items[0]!.changeSincePrevious).toBeCloseTo(0.5 - 0.25, 12);
    expect(compared.items[1]!.changeSincePrevious).toBeNull();
    expect(compared.inOrderChangeSincePrevious).toBeCloseTo(0.5 - 1, 12);
    expect(withPrevious(now, null, null).previousRoundId).toBeNull();
  });
});
