// The complaints and appeals figure objects, each through disclosure control (`controlled` = the
// viewer is on the committee; metrics.md, "Disclosure control"). Complaints and decisions are
// counts; every per-1,000 figure rests on the decisions, and one that would give a withheld
// count away (count = per-1,000 × decisions ÷ 1,000) is withheld with it. The categories with the
// total are a list with secondary suppression. Appeals: the four outcomes add up to `decided`, and
// the reversal rate rests on upheld + changed + remitted, whose withheld parts it would reveal.
import { discloseFigure, type DisclosureSpec } from '../access/disclosure-apply';
import { discloseList } from '../access/disclosure-table';
import { discloseStatistic, type Disclosed } from '../access/disclosure';
import type { Appeals, ComplaintCategory, ComplaintCategoryCount, Complaints, SuppressionReason } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { COMPLAINT_CATEGORIES, per1000, reversalBase, reversalRate, type AppealTotals, type ComplaintTotals } from './totals';

/** A figure with its base, disclosed as one statistic (the dialogue indicator). */
export interface DisclosedRate { value: number | null; base: number; withheld: boolean; reason: SuppressionReason | null }

const shown = (value: number): Disclosed<number> => ({ value, withheld: false, reason: null });

/** A per-1,000 figure as the viewer may see it: null at 0 decisions, withheld on a base of 1–4. */
export function disclosePer1000(count: number, decisions: number, controlled: boolean): DisclosedRate {
  const value = per1000(count, decisions);
  if (!controlled) return { value, base: decisions, withheld: false, reason: null };
  return { ...discloseStatistic(value, decisions), base: decisions };
}

/** One entry per category; a cell whose count is withheld has its per-1,000 figure withheld too. */
function categoryCounts(totals: ComplaintTotals, decisions: number, controlled: boolean): ComplaintCategoryCount[] {
  const cells = controlled ? discloseList(totals.counts).cells : totals.counts.map(shown);
  return COMPLAINT_CATEGORIES.map((category, i) => {
    const cell = cells[i]!;
    const rate = cell.withheld ? { value: null, withheld: true, reason: cell.reason } : disclosePer1000(totals.counts[i]!, decisions, controlled);
    return {
      category: apiEnum<ComplaintCategory>(category), count: cell.value, per1000Decisions: rate.value,
      withheld: cell.withheld || rate.withheld, reason: cell.reason ?? rate.reason,
    };
  });
}

interface RawComplaints { total: number; decisions: number; per1000Decisions: number | null }

const COMPLAINTS_DISCLOSURE: DisclosureSpec<RawComplaints> = {
  counts: ['total', 'decisions'],
  statistics: { per1000Decisions: 'decisions' },
  reveals: { per1000Decisions: ['total', 'decisions'] },
};

/** The shape `Complaints` and `ComplaintPeriod` share. */
export type ComplaintsFigure = Omit<Complaints, '__typename'>;

/** Complaints of the period (or of one part of it) against the cases decided in the same span. */
export function complaintsFigure(totals: ComplaintTotals, decisions: number, controlled: boolean): ComplaintsFigure {
  const raw: RawComplaints = { total: totals.total, decisions, per1000Decisions: per1000(totals.total, decisions) };
  return { ...discloseFigure(raw, COMPLAINTS_DISCLOSURE, controlled), byCategory: categoryCounts(totals, decisions, controlled) };
}

type RawAppeals = AppealTotals & { reversalRate: number | null };

export function appealsFigure(totals: AppealTotals, controlled: boolean): Appeals {
  const raw: RawAppeals = { ...totals, reversalRate: reversalRate(totals) };
  return discloseFigure(raw, {
    counts: ['decided', 'upheld', 'changed', 'remitted', 'dismissed', 'pending'],
    statistics: { reversalRate: reversalBase(totals) },
    partitions: [{ total: 'decided', parts: ['upheld', 'changed', 'remitted', 'dismissed'] }],
    reveals: { reversalRate: ['upheld', 'changed', 'remitted'] },
  }, controlled);
}
