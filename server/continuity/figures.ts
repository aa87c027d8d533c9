// The staff and continuity figure objects, each through disclosure control (`controlled` = the
// viewer is on the committee; metrics.md, "Disclosure control"): headcounts (the average is a
// fractional count), leavers, cases, changes and citizens are counts; turnover rates rest on the
// average headcount, shares and means of cases on the cases, the turnover-related share on the
// changes, the indices on the citizens. Lists with a total (leavers by reason, the distribution of
// changes) get secondary suppression.
import { discloseFigure } from '../access/disclosure-apply';
import { discloseList } from '../access/disclosure-table';
import type { Disclosed } from '../access/disclosure';
import type { IndexTotals } from '../stats/continuity-indices';
import type { ChangesBin, Continuity, ContinuityIndices, EndReason, LeaversByReason, Staff, StaffPeriod } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { END_REASONS, fixedShare, type ContinuityTotals, type StaffTotals, type Turnover } from './totals';

/** Cells of a list with its total: as computed, or disclosure-controlled for the committee. */
function listCells(counts: readonly number[], controlled: boolean): Disclosed<number>[] {
  return controlled ? discloseList(counts).cells : counts.map((value) => ({ value, withheld: false, reason: null }));
}

export function staffFigure(totals: StaffTotals, rates: Turnover, headcountOnAsOf: number, controlled: boolean): Staff {
  const raw = { ...rates, headcountOnAsOf };
  const disclosed = discloseFigure(raw, {
    counts: ['averageHeadcount', 'headcountOnAsOf', 'leavers'],
    statistics: { turnoverRate: 'averageHeadcount', annualisedTurnoverRate: 'averageHeadcount' },
  }, controlled);
  const cells = listCells(END_REASONS.map((r) => totals.byReason[r] ?? 0), controlled);
  const leaversByReason: LeaversByReason[] = END_REASONS.map((r, i) => ({
    endReason: apiEnum<EndReason>(r), count: cells[i]!.value, withheld: cells[i]!.withheld, reason: cells[i]!.reason,
  }));
  return { ...disclosed, leaversByReason };
}

/** Bins 0 … the most changes seen (none without cases), each with its number of cases. */
function distribution(totals: ContinuityTotals, controlled: boolean): ChangesBin[] {
  const most = totals.cases === 0 ? -1 : Math.max(...totals.bins.keys());
  const counts = Array.from({ length: most + 1 }, (_, changes) => totals.bins.get(changes) ?? 0);
  return listCells(counts, controlled).map((cell, changes) => ({
    changes, cases: cell.value, withheld: cell.withheld, reason: cell.reason,
  }));
}

export function continuityFigure(totals: ContinuityTotals, controlled: boolean): Continuity {
  const raw = {
    cases: totals.cases, casesWithoutAssignments: totals.withoutAssignments, fixedCaseworkerShare: fixedShare(totals),
    meanChanges: totals.cases === 0 ? null : totals.changes / totals.cases, changes: totals.changes,
    turnoverRelatedChanges: totals.related, turnoverRelatedShare: totals.changes === 0 ? null : totals.related / totals.changes,
  };
  const disclosed = discloseFigure(raw, {
    counts: ['cases', 'casesWithoutAssignments', 'changes', 'turnoverRelatedChanges'],
    statistics: { fixedCaseworkerShare: 'cases', meanChanges: 'cases', turnoverRelatedShare: 'changes' },
  }, controlled);
  return { ...disclosed, distribution: distribution(totals, controlled) };
}

export function indicesFigure(means: IndexTotals, controlled: boolean): ContinuityIndices {
  return discloseFigure(means, { counts: ['citizens'], statistics: { upc: 'citizens', coc: 'citizens', secon: 'citizens' } }, controlled);
}

/** One month or quarter: `decidedCases` are the cases with an assignment (the share's base). */
export function staffPeriodFigure(span: { from: string; to: string }, rates: Turnover, continuity: ContinuityTotals, controlled: boolean): StaffPeriod {
  const raw = {
    averageHeadcount: rates.averageHeadcount, leavers: rates.leavers, annualisedTurnoverRate: rates.annualisedTurnoverRate,
    fixedCaseworkerShare: fixedShare(continuity), decidedCases: continuity.cases,
  };
  const disclosed = discloseFigure(raw, {
    counts: ['averageHeadcount', 'leavers', 'decidedCases'],
    statistics: { annualisedTurnoverRate: 'averageHeadcount', fixedCaseworkerShare: 'decidedCases' },
  }, controlled);
  return { from: span.from, to: span.to, ...disclosed };
}
