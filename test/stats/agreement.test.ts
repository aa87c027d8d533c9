import { describe, expect, it } from 'vitest';
import { agreement, type ReviewAnswer } from '../../server/stats/agreement';

const repeat = (pair: [ReviewAnswer, ReviewAnswer], times: number) => Array.from({ length: times }, () => pair);

describe('reviewer agreement', () => {
  it("Cohen's κ for a small table", () => {
    // 10 items: (yes,yes)×5, (yes,no)×1, (no,no)×2, (no,yes)×1, (nr,nr)×1 → agreed 8, p_o = 0.8
    // first: yes 6, no 3, nr 1; second: yes 6, no 3, nr 1
    // p_e = 0.6·0.6 + 0.3·0.3 + 0.1·0.1 = 0.36 + 0.09 + 0.01 = 0.46; κ = (0.8 − 0.46)/(1 − 0.46) = 0.34/0.54 = 17/27
    const result = agreement([
      ...repeat(['yes', 'yes'], 5),
      ['yes', 'no'],
      ...repeat(['no', 'no'], 2),
      ['no', 'yes'],
      ['not_relevant', 'not_relevant'],
    ]);
    expect(result.items).toBe(10);
    expect(result.agreed).toBe(8);
    expect(result.percentAgreement).toBe(0.8);
    expect(result.kappa).toBeCloseTo(17 / 27, 12);
  });

  it('κ with different marginals', () => {
    // 4 items: (yes,yes), (yes,no), (yes,yes), (no,no) → agreed 3, p_o = 0.75
    // first: yes 3, no 1; second: yes 2, no 2 → p_e = 0.75·0.5 + 0.25·0.5 = 0.5; κ = 0.25/0.5 = 0.5
    expect(agreement([['yes', 'yes'], ['yes', 'no'], ['yes', 'yes'], ['no', 'no']]).kappa).toBeCloseTo(0.5, 12);
  });

  it('perfect agreement is κ = 1, systematic disagreement can go negative', () => {
    expect(agreement([['yes', 'yes'], ['no', 'no'], ['not_relevant', 'not_relevant']])).toEqual({ items: 3, agreed: 3, percentAgreement: 1, kappa: 1 });
    // (yes,no), (no,yes): p_o = 0, p_e = 0.5·0.5 + 0.5·0.5 = 0.5 → κ = −0.5/0.5 = −1
    expect(agreement([['yes', 'no'], ['no', 'yes']]).kappa).toBe(-1);
  });

  it('κ is null when chance agreement is certain (p_e = 1)', () => {
    // Both always 'yes': p_e = 1·1 = 1, κ undefined although p_o = 1
    expect(agreement(repeat(['yes', 'yes'], 4))).toEqual({ items: 4, agreed: 4, percentAgreement: 1, kappa: null });
  });

  it('everything is null without items', () => {
    expect(agreement([])).toEqual({ items: 0, agreed: 0, percentAgreement: null, kappa: null });
  });
});
