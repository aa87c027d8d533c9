// The complaints table department × category with both margins (ScopeFigures.complaintsByDepartment):
// the child departments' rows disclosed together as one table for the committee, so that a "< 5"
// cell can be worked out neither from its row nor from its column (metrics.md, "Disclosure control").
import { discloseTable, type DisclosedTable } from '../access/disclosure-table';
import { discloseCount, type Disclosed } from '../access/disclosure';
import type { ComplaintCategory, ComplaintTable, ComplaintTableCell } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { disclosePer1000 } from './figures';
import { COMPLAINT_CATEGORIES, type ComplaintTotals } from './totals';

export interface DepartmentComplaints { departmentId: string; totals: ComplaintTotals; decisions: number }

export type ComplaintTableRowModel = Omit<ComplaintTable['rows'][number], 'department'> & { departmentId: string };
export type ComplaintTableModel = Omit<ComplaintTable, 'rows'> & { rows: ComplaintTableRowModel[] };

const cell = (d: Disclosed<number>): ComplaintTableCell => ({ count: d.value, withheld: d.withheld, reason: d.reason });
const shown = (value: number): Disclosed<number> => ({ value, withheld: false, reason: null });

/** As computed (directors, managers): every cell and margin shown. */
function plainTable(counts: readonly number[][]): DisclosedTable {
  const width = COMPLAINT_CATEGORIES.length;
  const columns = Array.from({ length: width }, (_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  return {
    cells: counts.map((row) => row.map(shown)),
    rowTotals: counts.map((row) => shown(row.reduce((a, b) => a + b, 0))),
    columnTotals: columns.map(shown),
    total: shown(columns.reduce((a, b) => a + b, 0)),
  };
}

/** Rows in the order given; a row's per-1,000 figure is withheld with its total or on a small base. */
export function complaintTable(departments: readonly DepartmentComplaints[], controlled: boolean): ComplaintTableModel {
  const counts = departments.map((d) => [...d.totals.counts]);
  const table = controlled && counts.length > 0 ? discloseTable(counts) : plainTable(counts);
  return {
    categories: COMPLAINT_CATEGORIES.map((c) => apiEnum<ComplaintCategory>(c)),
    rows: departments.map((d, r) => {
      const total = table.rowTotals[r]!;
      const rate = total.withheld ? null : disclosePer1000(d.totals.total, d.decisions, controlled);
      const decisions = controlled ? discloseCount(d.decisions) : shown(d.decisions);
      return {
        departmentId: d.departmentId, cells: table.cells[r]!.map(cell), total: cell(total),
        decisions: decisions.value, per1000Decisions: rate?.value ?? null, per1000Withheld: rate === null || rate.withheld,
      };
    }),
    columnTotals: table.columnTotals.map(cell),
    total: cell(table.total),
  };
}
