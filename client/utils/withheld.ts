import type { SuppressionReason } from '../gql/graphql';

/**
 * Disclosure control, as the reader sees it: a withheld figure arrives as null with an entry in
 * its object's `suppressed` list. A count from 1 to 4 shows as "< 5"; a statistic on a base
 * below 5, or a cell withheld to protect another, shows as "skjult" / "withheld". Every table,
 * tile, tooltip and CSV file writes figures through {@link showFigure}.
 */

export type { SuppressionReason };

export interface Suppression {
  field: string;
  reason: SuppressionReason;
}

/** Anything the API may withhold figures of. */
export interface Suppressible {
  /** True when any figure of the object was withheld. */
  withheld?: boolean;
  suppressed?: readonly Suppression[] | null;
}

/** The text "< 5" (the same in every language). */
export const BELOW_FIVE = '< 5';

/** Why `field` of `source` was withheld, or null when it was not. */
export function reasonFor(source: Suppressible | null | undefined, field: string): SuppressionReason | null {
  return source?.suppressed?.find((s) => s.field === field)?.reason ?? null;
}

/** The text for a withheld figure; `hidden` is the translated "skjult" / "withheld". */
export function withheldText(reason: SuppressionReason, hidden: string): string {
  return reason === 'BELOW_FIVE' ? BELOW_FIVE : hidden;
}

/**
 * A figure as text: the withheld text when there is a reason, else the value formatted (the
 * formatter shows null as an en dash, never as 0).
 */
export function showFigure(
  value: number | null | undefined,
  reason: SuppressionReason | null | undefined,
  format: (value: number | null | undefined) => string,
  hidden: string,
): string {
  return reason ? withheldText(reason, hidden) : format(value);
}

/** Whether any field of any of the objects was withheld (to show the explanation once). */
export function anyWithheld(sources: ReadonlyArray<Suppressible | null | undefined>): boolean {
  return sources.some((source) => (source?.suppressed?.length ?? 0) > 0);
}
