// The target form's text fields as numbers and back: shares are typed in percent and sent as a
// share in [0, 1]; a decimal comma and a trailing "%" are accepted. Pure, so it is tested alone.
import type { IndicatorDirection, IndicatorTargetInput, IndicatorUnit } from '../../gql/graphql';
import type { AppLocale } from '../../i18n/format';

export type TargetInputError = 'required' | 'number' | 'negative' | 'percent' | 'order';

export interface TargetDraft {
  value: string;
  low: string;
  high: string;
}

export type TargetBoundsInput = Pick<IndicatorTargetInput, 'value' | 'low' | 'high'>;

export type ParsedTarget =
  | { ok: true; input: TargetBoundsInput }
  | { ok: false; errors: Partial<Record<keyof TargetDraft, TargetInputError>> };

type ParsedNumber = { ok: true; value: number } | { ok: false; error: TargetInputError };

/** One field: a non-negative number (at most 100 for a percentage), as the API wants it. */
export function parseTargetNumber(text: string, unit: IndicatorUnit): ParsedNumber {
  const cleaned = text.replace(/[\s\u00a0%]/g, '');
  if (cleaned === '') return { ok: false, error: 'required' };
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return { ok: false, error: 'number' };
  const number = Number(cleaned.replace(',', '.'));
  if (number < 0) return { ok: false, error: 'negative' };
  if (unit !== 'SHARE') return { ok: true, value: number };
  if (number > 100) return { ok: false, error: 'percent' };
  // Percent to a share, rounded so that 85,5 becomes exactly 0.855.
  return { ok: true, value: Math.round(number * 1e4) / 1e6 };
}

/** The draft as the mutation's value, or low and high for a band (low ≤ high); or why not. */
export function parseTargetDraft(draft: TargetDraft, direction: IndicatorDirection, unit: IndicatorUnit): ParsedTarget {
  if (direction !== 'WITHIN_BAND') {
    const value = parseTargetNumber(draft.value, unit);
    return value.ok ? { ok: true, input: { value: value.value } } : { ok: false, errors: { value: value.error } };
  }
  const low = parseTargetNumber(draft.low, unit);
  const high = parseTargetNumber(draft.high, unit);
  if (!low.ok || !high.ok) {
    return { ok: false, errors: { ...(low.ok ? {} : { low: low.error }), ...(high.ok ? {} : { high: high.error }) } };
  }
  if (low.value > high.value) return { ok: false, errors: { high: 'order' } };
  return { ok: true, input: { low: low.value, high: high.value } };
}

/** A number as the user would type it: no thousands separators, the language's decimal sign. */
function numberText(value: number | null | undefined, unit: IndicatorUnit, locale: AppLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const shown = unit === 'SHARE' ? Math.round(value * 1e6) / 1e4 : Math.round(value * 1e4) / 1e4;
  const text = String(shown);
  return locale === 'da' ? text.replace('.', ',') : text;
}

/** The form's fields filled from a target (or empty without one). */
export function targetDraft(
  target: { value: number | null; low: number | null; high: number | null } | null,
  unit: IndicatorUnit,
  locale: AppLocale,
): TargetDraft {
  return {
    value: numberText(target?.value, unit, locale),
    low: numberText(target?.low, unit, locale),
    high: numberText(target?.high, unit, locale),
  };
}
