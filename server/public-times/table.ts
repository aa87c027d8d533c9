// Pure: the public table from the grouped rows of ./queries.ts, with its own disclosure rule
// (issue 11: "as for the committee, and more"). A row resting on fewer than MINIMUM_DECISIONS
// decisions shows no figures at all ("for få afgørelser"), and the on-time share is shown only on
// at least MINIMUM_DECISIONS decisions with a deadline. So no published count is ever 1–19 and no
// statistic rests on a base below 20, which also satisfies the committee's rules (counts 1–4 as
// "< 5", statistics on bases below 5 withheld) without a table ever needing secondary suppression.
import { addDays, addMonthsClamped } from '../stats/calendar';
import { percentilesCont } from '../stats/percentiles';
import type { ValueCount } from '../stats/grouped';
import type { DeadlineUnit } from '../deadlines/due-date';
import type { PublicTimesRow } from './queries';

export const MINIMUM_DECISIONS = 20;

export type Withholding = 'TOO_FEW_DECISIONS' | 'TOO_FEW_WITH_DEADLINE';

export interface PublicFigures {
  decisions: number | null;
  decisionsWithDeadline: number | null;
  medianDays: number | null;
  p80Days: number | null;
  onTimeRate: number | null;
  withheldReason: Withholding | null;
}

export interface PublicTimesEntry extends PublicFigures {
  departmentId: string;
  departmentName: string;
  /** The department and those above it; the entry is published when any of them is. */
  ancestorIds: readonly string[];
  caseTypeId: string;
  caseTypeName: string;
  legalBasis: string | null;
  deadline: { value: number; unit: DeadlineUnit } | null;
}

/** The whole table of one import, for every department (publication picks from it per request). */
export interface PublicTimesTable {
  /** The date of the figures; null when there are no cases. */
  dataDate: string | null;
  periodFrom: string | null;
  generatedAt: Date;
  entries: PublicTimesEntry[];
}

/** The 12 months up to and including `dataDate`: 2026-05-14 → 2025-05-15 … 2026-05-14. */
export function twelveMonthsUpTo(dataDate: string): { from: string; to: string } {
  return { from: addDays(addMonthsClamped(dataDate, -12), 1), to: dataDate };
}

export interface DecidedCounts { decided: number; withDueDate: number; onTime: number }

/** The figures of one (department, case type) under the public disclosure rule. */
export function publicFigures(counts: DecidedCounts, days: readonly ValueCount[]): PublicFigures {
  if (counts.decided < MINIMUM_DECISIONS) {
    return { decisions: null, decisionsWithDeadline: null, medianDays: null, p80Days: null, onTimeRate: null, withheldReason: 'TOO_FEW_DECISIONS' };
  }
  const [medianDays, p80Days] = percentilesCont(days, [0.5, 0.8]);
  const base = { decisions: counts.decided, medianDays: medianDays ?? null, p80Days: p80Days ?? null };
  // No decision had a deadline: there is no share to show (null, not withheld).
  if (counts.withDueDate === 0) return { ...base, decisionsWithDeadline: 0, onTimeRate: null, withheldReason: null };
  if (counts.withDueDate < MINIMUM_DECISIONS) {
    return { ...base, decisionsWithDeadline: null, onTimeRate: null, withheldReason: 'TOO_FEW_WITH_DEADLINE' };
  }
  return { ...base, decisionsWithDeadline: counts.withDueDate, onTimeRate: counts.onTime / counts.withDueDate, withheldReason: null };
}

interface Group { first: PublicTimesRow; counts: DecidedCounts; days: ValueCount[] }

/** The rows (in the query's order) gathered per department and case type. */
function groupRows(rows: readonly PublicTimesRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = JSON.stringify([row.departmentId, row.caseTypeId]);
    let group = groups.get(key);
    if (!group) {
      group = { first: row, counts: { decided: 0, withDueDate: 0, onTime: 0 }, days: [] };
      groups.set(key, group);
    }
    if (row.days === null) continue;
    group.counts.decided += row.decided;
    group.counts.withDueDate += row.withDueDate;
    group.counts.onTime += row.onTime;
    group.days.push({ value: row.days, count: row.decided });
  }
  return [...groups.values()];
}

export function tableEntries(rows: readonly PublicTimesRow[]): PublicTimesEntry[] {
  return groupRows(rows).map(({ first, counts, days }) => ({
    departmentId: first.departmentId,
    departmentName: first.departmentName,
    ancestorIds: first.ancestorIds,
    caseTypeId: first.caseTypeId,
    caseTypeName: first.caseTypeName,
    legalBasis: first.legalBasis,
    deadline: first.deadlineValue !== null && first.deadlineUnit !== null ? { value: first.deadlineValue, unit: first.deadlineUnit } : null,
    ...publicFigures(counts, days),
  }));
}

/** The entries of the published departments' subtrees, in table order. */
export function publishedEntries(entries: readonly PublicTimesEntry[], departmentIds: readonly string[]): PublicTimesEntry[] {
  const published = new Set(departmentIds);
  return entries.filter((entry) => entry.ancestorIds.some((id) => published.has(id)));
}
