// What a target must look like before it is written; every error names the input field at fault.
import { describe, expect, it } from 'vitest';
import { validTargetBounds } from '../../server/targets/validation';

const fieldOf = (input: Parameters<typeof validTargetBounds>[0]): string | undefined => {
  try {
    validTargetBounds(input);
    return undefined;
  } catch (error) {
    return (error as { extensions?: { argument?: string } }).extensions?.argument;
  }
};

describe('validTargetBounds', () => {
  it('takes a value for a directional indicator and a band for a band indicator', () => {
    expect(validTargetBounds({ indicator: 'TIMELINESS', value: 0.9 })).toEqual({ value: 0.9, low: null, high: null });
    expect(validTargetBounds({ indicator: 'KM_MEDIAN_DAYS', value: 45, low: null, high: null })).toEqual({ value: 45, low: null, high: null });
    expect(validTargetBounds({ indicator: 'CASELOAD', low: 20, high: 20 })).toEqual({ value: null, low: 20, high: 20 });
    expect(validTargetBounds({ indicator: 'OVERDUE_BACKLOG', value: 0 })).toEqual({ value: 0, low: null, high: null });
  });

  it('refuses a band indicator without both bounds, with a value, or with low above high', () => {
    expect(fieldOf({ indicator: 'CASELOAD', low: 20 })).toBe('input.high');
    expect(fieldOf({ indicator: 'CASELOAD', high: 20 })).toBe('input.low');
    expect(fieldOf({ indicator: 'DECISIONS_PER_CASEWORKER_YEAR', value: 100, low: 80, high: 120 })).toBe('input.value');
    expect(fieldOf({ indicator: 'CASELOAD', low: 30, high: 20 })).toBe('input.high');
  });

  it('refuses a directional indicator without a value or with a bound', () => {
    expect(fieldOf({ indicator: 'TIMELINESS' })).toBe('input.value');
    expect(fieldOf({ indicator: 'TIMELINESS', value: 0.9, low: 0.8 })).toBe('input.low');
    expect(fieldOf({ indicator: 'KM_MEDIAN_DAYS', value: 30, high: 40 })).toBe('input.high');
  });

  it('keeps shares in [0, 1] and every number finite and not negative', () => {
    expect(fieldOf({ indicator: 'FIXED_CASEWORKER_SHARE', value: 1.5 })).toBe('input.value');
    expect(fieldOf({ indicator: 'REVERSAL_RATE', value: 1 })).toBeUndefined();
    expect(fieldOf({ indicator: 'KM_MEDIAN_DAYS', value: 1.5 })).toBeUndefined();
    expect(fieldOf({ indicator: 'KM_MEDIAN_DAYS', value: -1 })).toBe('input.value');
    expect(fieldOf({ indicator: 'CASELOAD', low: -1, high: 3 })).toBe('input.low');
    expect(fieldOf({ indicator: 'COMPLAINTS_PER_1000', value: Number.POSITIVE_INFINITY })).toBe('input.value');
    expect(fieldOf({ indicator: 'COMPLAINTS_PER_1000', value: Number.NaN })).toBe('input.value');
  });
});
