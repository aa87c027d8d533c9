// Sums of the grouped query rows of one scope over a set of month parts, and the raw rates built
// from them (metrics.md, "Staff turnover and the fixed caseworker"); no disclosure control here.
import type { StaffRow } from './staff-queries';
import type { ContinuityRow } from './continuity-queries';
import { daysIn, type PartGroup } from './periods';

export const END_REASONS = ['resigned', 'retired', 'dismissed', 'transferred', 'other'] as const;

export interface StaffTotals { personDays: number; leavers: number; byReason: Record<string, number> }

export function staffTotals(rows: readonly StaffRow[], months: readonly string[]): StaffTotals {
  const inParts = new Set(months);
  const totals: StaffTotals = { personDays: 0, leavers: 0, byReason: Object.fromEntries(END_REASONS.map((r) => [r, 0])) };
  for (const row of rows) {
    if (row.month === null || !inParts.has(row.month)) continue;
    if (row.kind === 'days') totals.personDays += row.value;
    if (row.kind === 'leavers') {
      totals.leavers += row.value;
      if (row.reason !== null) totals.byReason[row.reason] = (totals.byReason[row.reason] ?? 0) + row.value;
    }
  }
  return totals;
}

export interface Turnover { averageHeadcount: number; leavers: number; turnoverRate: number | null; annualisedTurnoverRate: number | null }

/** Average headcount = person-days ÷ days; rate = leavers ÷ average (null at 0); annualised × 365 ÷ days. */
export function turnover(totals: StaffTotals, span: Pick<PartGroup, 'from' | 'to'>): Turnover {
  const days = daysIn(span);
  const averageHeadcount = totals.personDays / days;
  const turnoverRate = averageHeadcount === 0 ? null : totals.leavers / averageHeadcount;
  return {
    averageHeadcount, leavers: totals.leavers, turnoverRate,
    annualisedTurnoverRate: turnoverRate === null ? null : (turnoverRate * 365) / days,
  };
}

export interface ContinuityTotals {
  /** Decided cases, with and without assignments. */
  decided: number; cases: number; withoutAssignments: number; fixed: number; changes: number; related: number;
  /** Cases by number of changes. */
  bins: Map<number, number>;
}

export function continuityTotals(rows: readonly ContinuityRow[], months: readonly string[]): ContinuityTotals {
  const inParts = new Set(months);
  const totals: ContinuityTotals = { decided: 0, cases: 0, withoutAssignments: 0, fixed: 0, changes: 0, related: 0, bins: new Map() };
  for (const row of rows) {
    if (!inParts.has(row.month)) continue;
    if (row.kind === 'related') { totals.related += row.value; continue; }
    totals.decided += row.value;
    if (row.changes === null) { totals.withoutAssignments += row.value; continue; }
    totals.cases += row.value;
    totals.changes += row.changes * row.value;
    if (row.changes === 0) totals.fixed += row.value;
    totals.bins.set(row.changes, (totals.bins.get(row.changes) ?? 0) + row.value);
  }
  return totals;
}

/** Share of cases (with an assignment) without a change; null when there are none. */
export function fixedShare(totals: ContinuityTotals): number | null {
  return totals.cases === 0 ? null : totals.fixed / totals.cases;
}
