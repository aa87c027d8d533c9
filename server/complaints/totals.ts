// Sums of the grouped complaint and appeal rows of one scope, and the raw figures built from them
// (metrics.md, "Complaints and appeals"); no disclosure control here.
import type { AppealRow, ComplaintRow } from './queries';

/** The categories of data-format.md, in the order of the API's enum. */
export const COMPLAINT_CATEGORIES = ['processing_time', 'service', 'status_information', 'decision', 'other'] as const;
export type ComplaintCategoryValue = (typeof COMPLAINT_CATEGORIES)[number];

/** The categories of the dialogue indicator: service, and information on the case's status. */
export const DIALOGUE_CATEGORIES: readonly ComplaintCategoryValue[] = ['service', 'status_information'];

/** Complaints per category (every category, 0 included) in the order of COMPLAINT_CATEGORIES. */
export interface ComplaintTotals { counts: number[]; total: number }

export function complaintTotals(rows: readonly ComplaintRow[], months: readonly string[]): ComplaintTotals {
  const inParts = new Set(months);
  const counts = COMPLAINT_CATEGORIES.map(() => 0);
  for (const row of rows) {
    const i = COMPLAINT_CATEGORIES.indexOf(row.category as ComplaintCategoryValue);
    if (i >= 0 && inParts.has(row.month)) counts[i]! += row.count;
  }
  return { counts, total: counts.reduce((a, b) => a + b, 0) };
}

/** The complaints of `categories` only. */
export function countOf(totals: ComplaintTotals, categories: readonly ComplaintCategoryValue[]): number {
  return categories.reduce((sum, category) => sum + totals.counts[COMPLAINT_CATEGORIES.indexOf(category)]!, 0);
}

/** count × 1000 ÷ decisions; null when nothing was decided. */
export function per1000(count: number, decisions: number): number | null {
  return decisions === 0 ? null : (count * 1000) / decisions;
}

const APPEAL_OUTCOMES = ['upheld', 'changed', 'remitted', 'dismissed'] as const;
type AppealOutcomeValue = (typeof APPEAL_OUTCOMES)[number];

export interface AppealTotals {
  decided: number; upheld: number; changed: number; remitted: number; dismissed: number; pending: number;
}

/** Appeals decided in P by outcome (`decided` = all four) and those pending on A. */
export function appealTotals(rows: readonly AppealRow[]): AppealTotals {
  const totals: AppealTotals = { decided: 0, upheld: 0, changed: 0, remitted: 0, dismissed: 0, pending: 0 };
  for (const row of rows) {
    if (row.outcome === null) { totals.pending += row.count; continue; }
    if (!APPEAL_OUTCOMES.includes(row.outcome as AppealOutcomeValue)) continue;
    totals[row.outcome as AppealOutcomeValue] += row.count;
    totals.decided += row.count;
  }
  return totals;
}

/** The denominator of the reversal rate: dismissed appeals are not in it. */
export const reversalBase = (t: AppealTotals): number => t.upheld + t.changed + t.remitted;

/** (changed + remitted) ÷ (upheld + changed + remitted); null at 0. */
export function reversalRate(t: AppealTotals): number | null {
  const base = reversalBase(t);
  return base === 0 ? null : (t.changed + t.remitted) / base;
}
