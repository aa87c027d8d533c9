// Turnover versus continuity (metrics.md): per leaf department of the scope and calendar quarter
// of P cut to P, the annualised turnover and the fixed-caseworker share of the cases decided in
// it, kept where both exist and at least 10 cases were decided; Spearman's ρ over the pairs.
import { spearman } from '../stats/spearman';
import { discloseStatistic } from '../access/disclosure';
import type { DepartmentModel, PeriodModel } from '../graphql/models';
import type { StaffRow } from './staff-queries';
import type { ContinuityRow } from './continuity-queries';
import { partGroups } from './periods';
import { continuityTotals, fixedShare, staffTotals, turnover } from './totals';

/** Fewer decided cases than this in a department-quarter make no pair. */
export const MIN_DECIDED_FOR_PAIR = 10;

export interface DepartmentRows { department: DepartmentModel; staff: readonly StaffRow[]; continuity: readonly ContinuityRow[] }

export interface DepartmentQuarterFigure {
  department: DepartmentModel; quarter: string; from: string; to: string;
  turnover: number | null; fixedShare: number | null; decided: number;
}

export interface RankCorrelationFigure { rho: number | null; n: number; pairs: DepartmentQuarterFigure[] }

interface Pair { figure: DepartmentQuarterFigure; averageHeadcount: number; cases: number }

function pairsOf(rows: DepartmentRows, period: PeriodModel): Pair[] {
  const pairs: Pair[] = [];
  for (const quarter of partGroups(period, 'QUARTER')) {
    const rates = turnover(staffTotals(rows.staff, quarter.months), quarter);
    const cases = continuityTotals(rows.continuity, quarter.months);
    const share = fixedShare(cases);
    if (rates.annualisedTurnoverRate === null || share === null || cases.decided < MIN_DECIDED_FOR_PAIR) continue;
    pairs.push({
      figure: {
        department: rows.department, quarter: quarter.key, from: quarter.from, to: quarter.to,
        turnover: rates.annualisedTurnoverRate, fixedShare: share, decided: cases.decided,
      },
      averageHeadcount: rates.averageHeadcount, cases: cases.cases,
    });
  }
  return pairs;
}

/**
 * ρ is computed on every pair and shown to everyone (it is about department-quarters, not persons).
 * For the committee a pair's turnover is withheld (null) when the quarter's average headcount, its
 * base, is below 5, and its share when fewer than 5 decided cases had an assignment; `decided` is
 * at least 10 in every pair, so it is shown.
 */
export function rankCorrelation(departments: readonly DepartmentRows[], period: PeriodModel, controlled: boolean): RankCorrelationFigure {
  const pairs = departments.flatMap((rows) => pairsOf(rows, period));
  const rho = spearman(pairs.map((p) => ({ x: p.figure.turnover!, y: p.figure.fixedShare! })));
  const shown = pairs.map((p) => (controlled
    ? {
      ...p.figure,
      turnover: discloseStatistic(p.figure.turnover, p.averageHeadcount).value,
      fixedShare: discloseStatistic(p.figure.fixedShare, p.cases).value,
    }
    : p.figure));
  return { rho, n: pairs.length, pairs: shown };
}
