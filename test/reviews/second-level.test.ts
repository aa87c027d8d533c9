// The second-level draw: ⌈share × n⌉ (at least one), in the hash order of seed + ":second".
import { describe, expect, it } from 'vitest';
import { drawSecondLevel, secondLevelCount } from '../../server/reviews/second-level';

describe('how many are drawn', () => {
  it('is ⌈share × n⌉, at least one when any, none when none', () => {
    expect(secondLevelCount(0.1, 30)).toBe(3); // 0.1 × 30 is 3.0000000000000004 in doubles
    expect(secondLevelCount(0.1, 31)).toBe(4);
    expect(secondLevelCount(0.1, 5)).toBe(1);
    expect(secondLevelCount(0.25, 11)).toBe(3);
    expect(secondLevelCount(1, 7)).toBe(7);
    expect(secondLevelCount(0.1, 0)).toBe(0);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => secondLevelCount(0, 3)).toThrow(RangeError);
    expect(() => secondLevelCount(1.5, 3)).toThrow(RangeError);
  });
});

describe('which are drawn', () => {
  // printf '%s' 'TILSYN-2026:second:C-<i>' | sha256sum, sorted:
  // 07ce0185… C-10, 13fea0a2… C-3, 587b5a41… C-2, 5f7d04da… C-5, 6301c736… C-8, 67b2d123… C-7,
  // 95682b10… C-11, a65948f6… C-1, ccd83561… C-6, d3ce7e81… C-4, e42587f3… C-9
  const cases = Array.from({ length: 11 }, (_, i) => `C-${i + 1}`);

  it('follows ascending SHA-256 of seed:second:caseId', () => {
    expect(drawSecondLevel('TILSYN-2026', cases, 0.25)).toEqual(['C-10', 'C-3', 'C-2']);
    expect(drawSecondLevel('TILSYN-2026', cases, 1)).toEqual(['C-10', 'C-3', 'C-2', 'C-5', 'C-8', 'C-7', 'C-11', 'C-1', 'C-6', 'C-4', 'C-9']);
  });

  it('does not depend on the order the cases come in', () => {
    expect(drawSecondLevel('TILSYN-2026', [...cases].reverse(), 0.25)).toEqual(['C-10', 'C-3', 'C-2']);
  });
});
