import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citizenIndices, indicesFromSums, meanIndices, type CitizenContactSums } from '../../server/stats/continuity-indices';

const seq = (letters: string) => [...letters];

/** Grouped sums as the SQL would compute them, built independently of the module: sort for counts, lag for pairs. */
function sumsByHand(sequence: readonly string[]): CitizenContactSums {
  const sorted = [...sequence].sort();
  const runs: number[] = [];
  sorted.forEach((id, i) => (i > 0 && sorted[i - 1] === id ? (runs[runs.length - 1]! += 1) : runs.push(1)));
  return {
    n: sequence.length,
    maxCount: runs.length === 0 ? 0 : Math.max(...runs),
    sumSquares: runs.reduce((sum, r) => sum + r * r, 0),
    samePairs: sequence.filter((id, i) => i > 0 && sequence[i - 1] === id).length,
  };
}

describe('citizen continuity indices', () => {
  it('A, A, B', () => {
    // n = 3, nA = 2, nB = 1: UPC = 2/3; COC = (4 + 1 − 3)/(3·2) = 1/3; pairs AA ✓, AB ✗ → SECON = 1/2
    expect(citizenIndices(seq('AAB'))).toEqual({ upc: 2 / 3, coc: 1 / 3, secon: 1 / 2 });
  });

  it('A, B, A, B', () => {
    // n = 4, nA = nB = 2: UPC = 2/4; COC = (4 + 4 − 4)/(4·3) = 1/3; no equal neighbours → SECON = 0/3
    expect(citizenIndices(seq('ABAB'))).toEqual({ upc: 1 / 2, coc: 1 / 3, secon: 0 });
  });

  it('all contacts with one caseworker give 1, 1, 1', () => {
    // n = 5: UPC = 5/5; COC = (25 − 5)/(5·4) = 1; 4 of 4 pairs equal → SECON = 1
    expect(citizenIndices(seq('AAAAA'))).toEqual({ upc: 1, coc: 1, secon: 1 });
  });

  it('every contact with a new caseworker', () => {
    // n = 3, each 1: UPC = 1/3; COC = (3 − 3)/6 = 0; SECON = 0
    expect(citizenIndices(seq('ABC'))).toEqual({ upc: 1 / 3, coc: 0, secon: 0 });
  });

  it('SECON sees the order that UPC and COC ignore', () => {
    // A,B,B,A,A: n = 5, nA = 3, nB = 2 → UPC = 3/5; COC = (9 + 4 − 5)/(5·4) = 8/20 = 0.4;
    // pairs AB ✗, BB ✓, BA ✗, AA ✓ → SECON = 2/4
    expect(citizenIndices(seq('ABBAA'))).toEqual({ upc: 3 / 5, coc: 0.4, secon: 0.5 });
    // A,A,A,B,B: same counts, pairs AA ✓, AA ✓, AB ✗, BB ✓ → SECON = 3/4
    expect(citizenIndices(seq('AAABB'))).toEqual({ upc: 3 / 5, coc: 0.4, secon: 0.75 });
  });

  it('is null with fewer than 3 contacts', () => {
    expect(citizenIndices([])).toBeNull();
    expect(citizenIndices(['A'])).toBeNull();
    expect(citizenIndices(['A', 'A'])).toBeNull();
    expect(indicesFromSums({ n: 2, maxCount: 1, sumSquares: 2, samePairs: 0 })).toBeNull();
    expect(indicesFromSums({ n: 0, maxCount: 0, sumSquares: 0, samePairs: 0 })).toBeNull();
  });
});

describe('indices from grouped sums', () => {
  it('gives the hand-computed values', () => {
    // A, A, B → n = 3, max 2, Σnⱼ² = 5, 1 equal pair
    expect(indicesFromSums({ n: 3, maxCount: 2, sumSquares: 5, samePairs: 1 })).toEqual({ upc: 2 / 3, coc: 1 / 3, secon: 1 / 2 });
  });

  it('rejects sums no sequence can produce', () => {
    expect(() => indicesFromSums({ n: 3.5, maxCount: 2, sumSquares: 5, samePairs: 1 })).toThrow(RangeError);
    expect(() => indicesFromSums({ n: 3, maxCount: -1, sumSquares: 5, samePairs: 1 })).toThrow(RangeError);
    expect(() => indicesFromSums({ n: 3, maxCount: 4, sumSquares: 5, samePairs: 1 })).toThrow(RangeError);
    // max 2 of 3 forces Σnⱼ² = 4 + 1 = 5
    expect(() => indicesFromSums({ n: 3, maxCount: 2, sumSquares: 9, samePairs: 1 })).toThrow(RangeError);
    expect(() => indicesFromSums({ n: 3, maxCount: 2, sumSquares: 5, samePairs: 3 })).toThrow(RangeError);
    expect(() => indicesFromSums({ n: 0, maxCount: 1, sumSquares: 0, samePairs: 0 })).toThrow(RangeError);
  });

  it('agrees with the sequence route, the pairwise definition, and 0 ≤ COC ≤ UPC ≤ 1', () => {
    const sequences = fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 40 });
    fc.assert(fc.property(sequences, (sequence) => {
      const fromSums = indicesFromSums(sumsByHand(sequence));
      const direct = citizenIndices(sequence);
      expect(fromSums).toEqual(direct);
      if (direct === null) {
        expect(sequence.length).toBeLessThan(3);
        return;
      }
      // COC by definition: the share of unordered contact pairs with the same caseworker.
      const n = sequence.length;
      let same = 0;
      for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) if (sequence[i] === sequence[j]) same += 1;
      expect(direct.coc).toBeCloseTo(same / ((n * (n - 1)) / 2), 12);
      expect(direct.coc).toBeGreaterThanOrEqual(0);
      expect(direct.coc).toBeLessThanOrEqual(direct.upc);
      expect(direct.upc).toBeLessThanOrEqual(1);
      expect(direct.upc).toBeGreaterThanOrEqual(1 / new Set(sequence).size);
      expect(direct.secon).toBeGreaterThanOrEqual(0);
      expect(direct.secon).toBeLessThanOrEqual(1);
    }));
  });
});

describe('mean indices of a scope', () => {
  it('averages citizens unweighted and ignores those under 3 contacts', () => {
    // A,A,B (2/3, 1/3, 1/2) and A,B,A,B (1/2, 1/3, 0); A,A is ignored
    // → UPC (2/3 + 1/2)/2 = 7/12, COC (1/3 + 1/3)/2 = 1/3, SECON (1/2 + 0)/2 = 1/4
    const result = meanIndices([sumsByHand(seq('AAB')), sumsByHand(seq('AA')), sumsByHand(seq('ABAB'))]);
    expect(result.citizens).toBe(2);
    expect(result.upc).toBeCloseTo(7 / 12, 12);
    expect(result.coc).toBeCloseTo(1 / 3, 12);
    expect(result.secon).toBeCloseTo(1 / 4, 12);
  });

  it('is null with no citizen of 3 or more contacts', () => {
    const none = { citizens: 0, upc: null, coc: null, secon: null };
    expect(meanIndices([])).toEqual(none);
    expect(meanIndices([sumsByHand(seq('AB')), sumsByHand([])])).toEqual(none);
  });
});
