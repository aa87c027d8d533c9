import type { DeadlineUnit } from '../gql/graphql';
import { approximateDays, type FigureText } from './figureText';
import type { TableModel } from './tableModel';
import { reasonFor, type Suppressible } from './withheld';

/** One case type's deadline realism (the API's `CaseTypeDeadlineFigures`, the parts used here). */
export interface CaseTypeRealism {
  caseType: { id: string; name: string };
  deadlineInForce: { value: number; unit: DeadlineUnit } | null;
  timeliness: Suppressible & { rate: number | null };
  realism: Suppressible & {
    p80: number | null;
    p90: number | null;
    deadlineDays: number | null;
    suggested: { value: number; unit: DeadlineUnit } | null;
    suggestedRate: number | null;
  };
}

/**
 * Whether the deadline looks too short: more than 20 % of the cases take longer (p80 above the
 * deadline). For a deadline in months the deadline's length is the average month's. Null when
 * there is no deadline or no p80.
 */
export function deadlineTooShort(row: CaseTypeRealism): boolean | null {
  const { p80, deadlineDays } = row.realism;
  if (p80 === null || row.deadlineInForce === null) return null;
  return p80 > (deadlineDays ?? approximateDays(row.deadlineInForce));
}

/** Case type, deadline, p80, p90, share on time, suggested deadline and its share on time, and the flag. */
export function buildRealismTable(rows: readonly CaseTypeRealism[], text: FigureText): TableModel {
  const { t } = text;
  return {
    columns: [
      { label: t('timeliness.columns.caseType') },
      { label: t('timeliness.columns.deadline'), nowrap: true },
      { label: t('timeliness.realism.p80'), numeric: true },
      { label: t('timeliness.realism.p90'), numeric: true },
      { label: t('timeliness.columns.rate'), numeric: true },
      { label: t('timeliness.realism.suggested'), nowrap: true },
      { label: t('timeliness.realism.suggestedRate'), numeric: true },
      { label: t('timeliness.realism.assessment') },
    ],
    rows: rows.map((row) => {
      const { realism: r } = row;
      const tooShort = deadlineTooShort(row);
      const suggestedReason = reasonFor(r, 'suggested');
      const suggested = suggestedReason
        ? text.withheld(suggestedReason)
        : !row.deadlineInForce
          ? '–'
          : r.suggested
            ? text.deadline(r.suggested)
            : t('timeliness.realism.noSuggestion');
      return [
        row.caseType.name,
        row.deadlineInForce ? text.deadline(row.deadlineInForce) : t('timeliness.realism.noDeadline'),
        text.dayCount(r.p80, reasonFor(r, 'p80')),
        text.dayCount(r.p90, reasonFor(r, 'p90')),
        text.rate(row.timeliness.rate, reasonFor(row.timeliness, 'rate')),
        suggested,
        text.rate(r.suggestedRate, reasonFor(r, 'suggestedRate')),
        tooShort === null
          ? '–'
          : tooShort
            ? { text: t('timeliness.realism.tooShort'), strong: true }
            : t('timeliness.realism.ok'),
      ];
    }),
  };
}
