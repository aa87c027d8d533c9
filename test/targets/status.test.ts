// Status against a target and trend against a year earlier at the boundaries (domain.md: green when
// met, amber within 10 % of the target, red otherwise), for each direction.
import { describe, expect, it } from 'vitest';
import { distanceToBand, targetStatus, trendDirection } from '../../server/targets/status';

const goal = (value: number) => ({ value, low: null, high: null });
const band = (low: number, high: number) => ({ value: null, low, high });

describe('targetStatus, higher is better (target 0.6: amber from 0.54)', () => {
  it.each([
    [0.7, 'GREEN'], [0.6, 'GREEN'], [0.1 + 0.5, 'GREEN'], [0.5999999, 'AMBER'],
    [0.54, 'AMBER'], [0.6 * 0.9, 'AMBER'], [0.5399, 'RED'], [0, 'RED'],
  ] as const)('%s is %s', (value, status) => {
    expect(targetStatus('HIGHER_IS_BETTER', value, goal(0.6))).toBe(status);
  });

  it('judges a target of 0 as always met', () => {
    expect(targetStatus('HIGHER_IS_BETTER', 0, goal(0))).toBe('GREEN');
  });
});

describe('targetStatus, lower is better (target 30 days: amber up to 33)', () => {
  it.each([
    [12, 'GREEN'], [30, 'GREEN'], [30.000001, 'AMBER'], [33, 'AMBER'], [30 * 1.1, 'AMBER'], [33.0001, 'RED'], [60, 'RED'],
  ] as const)('%s is %s', (value, status) => {
    expect(targetStatus('LOWER_IS_BETTER', value, goal(30))).toBe(status);
  });

  it('has no amber for a target of 0: only exactly 0 meets it', () => {
    expect(targetStatus('LOWER_IS_BETTER', 0, goal(0))).toBe('GREEN');
    expect(targetStatus('LOWER_IS_BETTER', 1e-12, goal(0))).toBe('RED');
    expect(targetStatus('LOWER_IS_BETTER', 1, goal(0))).toBe('RED');
  });

  it('decides 0.1 + 0.2 against a target of 0.3 as met (floating point)', () => {
    expect(0.1 + 0.2 > 0.3).toBe(true);
    expect(targetStatus('LOWER_IS_BETTER', 0.1 + 0.2, goal(0.3))).toBe('GREEN');
  });
});

describe('targetStatus, within a band [10, 20] (amber from 9 to 22)', () => {
  it.each([
    [10, 'GREEN'], [15, 'GREEN'], [20, 'GREEN'], [9.99, 'AMBER'], [9, 'AMBER'], [8.99, 'RED'],
    [20.01, 'AMBER'], [22, 'AMBER'], [20 * 1.1, 'AMBER'], [22.01, 'RED'], [0, 'RED'],
  ] as const)('%s is %s', (value, status) => {
    expect(targetStatus('WITHIN_BAND', value, band(10, 20))).toBe(status);
  });

  it('with a band of one point [12, 12]', () => {
    expect(targetStatus('WITHIN_BAND', 12, band(12, 12))).toBe('GREEN');
    expect(targetStatus('WITHIN_BAND', 13.2, band(12, 12))).toBe('AMBER');
    expect(targetStatus('WITHIN_BAND', 10.7, band(12, 12))).toBe('RED');
  });

  it('cannot judge a band indicator against a single value, nor a directional one against a band', () => {
    expect(targetStatus('WITHIN_BAND', 12, goal(12))).toBeNull();
    expect(targetStatus('HIGHER_IS_BETTER', 12, band(10, 20))).toBeNull();
  });
});

describe('trendDirection', () => {
  it('is null when either value is missing', () => {
    expect(trendDirection('HIGHER_IS_BETTER', null, 0.5)).toBeNull();
    expect(trendDirection('LOWER_IS_BETTER', 3, null)).toBeNull();
    expect(trendDirection('WITHIN_BAND', null, 3, band(1, 2))).toBeNull();
  });

  it('reads higher is better upwards, lower is better downwards', () => {
    expect(trendDirection('HIGHER_IS_BETTER', 0.7, 0.6)).toBe('BETTER');
    expect(trendDirection('HIGHER_IS_BETTER', 0.5, 0.6)).toBe('WORSE');
    expect(trendDirection('LOWER_IS_BETTER', 5, 0)).toBe('WORSE');
    expect(trendDirection('LOWER_IS_BETTER', 29, 30)).toBe('BETTER');
  });

  it('is unchanged when equal up to a relative 1e-9, and not beyond', () => {
    expect(trendDirection('HIGHER_IS_BETTER', 0.1 + 0.2, 0.3)).toBe('UNCHANGED');
    expect(trendDirection('LOWER_IS_BETTER', 0, 0)).toBe('UNCHANGED');
    expect(trendDirection('HIGHER_IS_BETTER', 1 + 1e-10, 1)).toBe('UNCHANGED');
    expect(trendDirection('HIGHER_IS_BETTER', 1 + 1e-8, 1)).toBe('BETTER');
  });

  it('reads a band by the distance to it (0 inside); null without a band', () => {
    const b = band(10, 20);
    expect(trendDirection('WITHIN_BAND', 12, 19, b)).toBe('UNCHANGED');
    expect(trendDirection('WITHIN_BAND', 21, 25, b)).toBe('BETTER');
    expect(trendDirection('WITHIN_BAND', 8, 21, b)).toBe('WORSE');
    expect(trendDirection('WITHIN_BAND', 9, 21, b)).toBe('UNCHANGED');
    expect(trendDirection('WITHIN_BAND', 15, 5, b)).toBe('BETTER');
    expect(trendDirection('WITHIN_BAND', 15, 5, null)).toBeNull();
  });

  it('measures the distance to a band', () => {
    expect([5, 10, 15, 20, 26].map((v) => distanceToBand(v, 10, 20))).toEqual([5, 0, 0, 0, 6]);
  });
});
