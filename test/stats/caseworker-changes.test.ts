import { describe, expect, it } from 'vitest';
import { countChanges } from '../../server/stats/caseworker-changes';

const seq = (letters: string) => [...letters];

describe('caseworker changes of a case', () => {
  it('is 0 for one caseworker, however many periods', () => {
    expect(countChanges(['A'])).toBe(0);
    // A–gap–A: two periods of A merge into one → 1 − 1 = 0
    expect(countChanges(seq('AA'))).toBe(0);
    expect(countChanges(seq('AAAA'))).toBe(0);
  });

  it('counts a return to an earlier caseworker as a change', () => {
    // A–B–A: three merged periods → 2
    expect(countChanges(seq('ABA'))).toBe(2);
    expect(countChanges(seq('AB'))).toBe(1);
  });

  it('merges only consecutive equal ids', () => {
    // A,A,B,B,C → merged A | B | C → 2
    expect(countChanges(seq('AABBC'))).toBe(2);
    // A,B,B,A,C,C → merged A | B | A | C → 3
    expect(countChanges(seq('ABBACC'))).toBe(3);
    expect(countChanges(['cw-10', 'cw-1', 'cw-10'])).toBe(2);
  });

  it('refuses a case without assignments, which the spec leaves out', () => {
    expect(() => countChanges([])).toThrow(RangeError);
  });
});
