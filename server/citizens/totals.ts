// Sums of the grouped rows of ./queries.ts for one scope: per group (cross-department citizens and
// the others) the citizens, their caseworkers and their timeliness counts, and the histogram of
// citizens by number of caseworkers. Pure.
import type { CrossDepartmentRow } from './queries';

export interface GroupTotals {
  citizens: number;
  /** Σ distinct caseworkers over the group's citizens (the numerator of the mean). */
  caseworkerSum: number;
  /** Citizens with 3 or more caseworkers. */
  threeOrMore: number;
  /** Their cases decided in P with a due date, and of those on time. */
  withDueDate: number;
  onTime: number;
}

export interface CaseworkerBin { caseworkers: number; citizens: number; crossDepartmentCitizens: number }

export interface CrossDepartmentTotals { cross: GroupTotals; others: GroupTotals; bins: CaseworkerBin[] }

export interface Combination { departmentIds: string[]; citizens: number }

const emptyGroup = (): GroupTotals => ({ citizens: 0, caseworkerSum: 0, threeOrMore: 0, withDueDate: 0, onTime: 0 });

/** Both groups together. */
export function allCitizens(t: CrossDepartmentTotals): GroupTotals {
  const keys = Object.keys(t.cross) as (keyof GroupTotals)[];
  return Object.fromEntries(keys.map((k) => [k, t.cross[k] + t.others[k]])) as unknown as GroupTotals;
}

/** Bins 0 … the most caseworkers seen (none without citizens). */
export function crossDepartmentTotals(rows: readonly CrossDepartmentRow[]): CrossDepartmentTotals {
  const totals = { cross: emptyGroup(), others: emptyGroup() };
  const byCount = new Map<number, { citizens: number; cross: number }>();
  for (const row of rows) {
    if (row.kind !== 'caseworkers') continue;
    const n = row.caseworkers ?? 0;
    const group = row.crossDepartment ? totals.cross : totals.others;
    group.citizens += row.citizens;
    group.caseworkerSum += n * row.citizens;
    if (n >= 3) group.threeOrMore += row.citizens;
    group.withDueDate += row.decidedWithDueDate;
    group.onTime += row.onTime;
    const bin = byCount.get(n) ?? { citizens: 0, cross: 0 };
    bin.citizens += row.citizens;
    if (row.crossDepartment) bin.cross += row.citizens;
    byCount.set(n, bin);
  }
  const most = byCount.size === 0 ? -1 : Math.max(...byCount.keys());
  const bins = Array.from({ length: most + 1 }, (_, caseworkers) => ({
    caseworkers, citizens: byCount.get(caseworkers)?.citizens ?? 0, crossDepartmentCitizens: byCount.get(caseworkers)?.cross ?? 0,
  }));
  return { ...totals, bins };
}

/** Code-point order of the ids joined with commas (stable whatever the database's collation). */
const idsText = (c: Combination) => c.departmentIds.join(',');

/** Every set of departments of cross-department citizens, most citizens first, ties by the ids' text. */
export function combinationsOf(rows: readonly CrossDepartmentRow[]): Combination[] {
  return rows.filter((r) => r.kind === 'combination' && r.departments !== null)
    .map((r) => ({ departmentIds: r.departments!.split(',').sort(), citizens: r.citizens }))
    .sort((a, b) => b.citizens - a.citizens || (idsText(a) < idsText(b) ? -1 : idsText(a) > idsText(b) ? 1 : 0));
}
