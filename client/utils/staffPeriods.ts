import type { EndReason, Granularity } from '../gql/graphql';
import type { FigureText } from './figureText';
import type { TableModel } from './tableModel';
import type { Suppressible, SuppressionReason } from './withheld';

/** Texts shared by the staff and continuity figures: parts of the period, decimals, end reasons. */

/** One month or quarter of `staffOverTime`. */
export type StaffPeriodFigures = Suppressible & {
  from: string;
  to: string;
  averageHeadcount: number | null;
  leavers: number | null;
  annualisedTurnoverRate: number | null;
  fixedCaseworkerShare: number | null;
  decidedCases: number | null;
};

/** The parts in date order. */
export function byStart<T extends { from: string }>(parts: readonly T[]): T[] {
  return [...parts].sort((a, b) => a.from.localeCompare(b.from));
}

/** "nov. 2026" for a month; "3. kvt. 2026" for a quarter (from its first day). */
export function periodLabel(part: { from: string }, granularity: Granularity, text: FigureText): string {
  if (granularity === 'MONTH') return text.fmt.month(part.from);
  const match = /^(\d{4})-(\d{2})/.exec(part.from);
  if (!match) return part.from;
  return text.t('continuity.quarterLabel', { quarter: Math.floor((Number(match[2]) - 1) / 3) + 1, year: match[1] });
}

/** An API quarter `YYYY-Qn` in the reader's words. */
export function quarterLabel(quarter: string, text: FigureText): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? text.t('continuity.quarterLabel', { quarter: Number(match[2]), year: match[1] }) : quarter;
}

/** A fractional figure (average headcount, mean changes, an index), or "< 5" / "skjult". */
export function decimalFigure(
  text: FigureText,
  value: number | null | undefined,
  reason: SuppressionReason | null | undefined,
  digits = 1,
): string {
  return reason ? text.withheld(reason) : text.fmt.decimal(value, digits);
}

/** The end reasons in the order the table lists them. */
export const END_REASONS: readonly EndReason[] = ['RESIGNED', 'RETIRED', 'DISMISSED', 'TRANSFERRED', 'OTHER'];

export interface LeaversWithReason {
  endReason: EndReason;
  count: number | null;
  reason: SuppressionReason | null;
}

/** Leavers by end reason, every reason listed (one the API leaves out had no leavers). */
export function buildLeaversByReasonTable(rows: readonly LeaversWithReason[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [{ label: t('continuity.columns.endReason') }, { label: t('continuity.columns.leavers'), numeric: true }],
    rows: END_REASONS.map((endReason) => {
      const row = rows.find((r) => r.endReason === endReason);
      return [t(`continuity.endReason.${endReason}`), row ? text.count(row.count, row.reason) : text.count(0)];
    }),
  };
}
