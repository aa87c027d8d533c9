import { describe, expect, it } from 'vitest';
import { buildSparkline, sparklinePoints } from '../../client/charts/sparkline';

// A 62 × 22 box with 1 px padding: 60 px across, 20 px up and down.
const BOX = { width: 62, height: 22, padding: 1 };

describe('the sparkline', () => {
  it('spreads the values evenly and scales them between their minimum (bottom) and maximum (top)', () => {
    // Four values: x = 1, 21, 41, 61; 0 → y 21, 2 → y 11, 4 → y 1.
    expect(sparklinePoints([0, 2, 4, 2], BOX)).toEqual([
      { x: 1, y: 21 }, { x: 21, y: 11 }, { x: 41, y: 1 }, { x: 61, y: 11 },
    ]);
    expect(buildSparkline([0, 2, 4, 2], BOX)).toEqual({
      path: 'M1 21L21 11L41 1L61 11',
      dots: [],
      last: { x: 61, y: 11 },
    });
  });

  it('leaves a gap for a missing quarter and draws a lone value as a dot', () => {
    // 0 stands alone (gap after it); 2 and 4 form a line; the newest quarter is missing.
    const line = buildSparkline([0, null, 2, 4, null], { width: 82, height: 22, padding: 1 });
    // Five values over 80 px: x = 1, 21, 41, 61, 81.
    expect(line.path).toBe('M41 11L61 1');
    expect(line.dots).toEqual([{ x: 1, y: 21 }]);
    expect(line.last).toBeNull();
  });

  it('draws equal values as a flat line through the middle, and shares as they are', () => {
    expect(buildSparkline([0.8, 0.8, 0.8], BOX).path).toBe('M1 11L31 11L61 11');
    // 0.75 → 0.8 → 0.85: the middle value is exactly half-way up.
    expect(sparklinePoints([0.75, 0.8, 0.85], BOX).map((p) => p!.y)).toEqual([21, 11, 1]);
  });

  it('rounds to two decimals', () => {
    // Four values over 60 px in a 3-value range: 1 → y 21, 2 → 14.33…, 4 → 1.
    expect(sparklinePoints([1, 2, 4], BOX)).toEqual([{ x: 1, y: 21 }, { x: 31, y: 14.33 }, { x: 61, y: 1 }]);
  });

  it('draws nothing without values, and one value as a centred dot', () => {
    expect(buildSparkline([null, null], BOX)).toEqual({ path: '', dots: [], last: null });
    expect(buildSparkline([], BOX)).toEqual({ path: '', dots: [], last: null });
    expect(buildSparkline([5], BOX)).toEqual({ path: '', dots: [{ x: 31, y: 11 }], last: { x: 31, y: 11 } });
  });
});
