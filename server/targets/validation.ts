// Checks a target before it is written, pure: a directional indicator takes one value, a band
// indicator both bounds; shares lie in [0, 1]; every number is finite and not negative. Errors
// name the input field (`input.value`, `input.low`, `input.high`).
import { badInput } from '../graphql/errors';
import type { IndicatorKey, IndicatorTargetInput } from '../graphql/generated';
import { INDICATORS } from '../indicators/registry';
import type { TargetBounds } from './status';

const given = (x: number | null | undefined): x is number => x !== null && x !== undefined;

function checkNumber(field: 'value' | 'low' | 'high', x: number, share: boolean): void {
  if (!Number.isFinite(x)) throw badInput(`input.${field}`, `must be a finite number, got ${x}`);
  if (x < 0) throw badInput(`input.${field}`, `must be 0 or more, got ${x}`);
  if (share && x > 1) throw badInput(`input.${field}`, `is a share and must be between 0 and 1, got ${x}`);
}

function refuse(field: 'value' | 'low' | 'high', key: IndicatorKey, why: string): never {
  throw badInput(`input.${field}`, `${key} ${why}`);
}

/** The numbers to store for the input, or a BAD_USER_INPUT error naming the field at fault. */
export function validTargetBounds(input: Pick<IndicatorTargetInput, 'indicator' | 'value' | 'low' | 'high'>): TargetBounds {
  const { indicator, value, low, high } = input;
  const definition = INDICATORS[indicator];
  const share = definition.unit === 'SHARE';
  if (definition.direction === 'WITHIN_BAND') {
    if (given(value)) refuse('value', indicator, 'is judged against a band: give low and high, not value');
    if (!given(low)) refuse('low', indicator, 'is judged against a band: low is required');
    if (!given(high)) refuse('high', indicator, 'is judged against a band: high is required');
    checkNumber('low', low, share);
    checkNumber('high', high, share);
    if (low > high) throw badInput('input.high', `must be at least low (${low}), got ${high}`);
    return { value: null, low, high };
  }
  if (given(low)) refuse('low', indicator, 'takes a single target value, not a band');
  if (given(high)) refuse('high', indicator, 'takes a single target value, not a band');
  if (!given(value)) refuse('value', indicator, 'needs a target value');
  checkNumber('value', value, share);
  return { value, low: null, high: null };
}
