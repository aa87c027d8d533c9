import type { RouteLocationRaw } from 'vue-router';
import { toCsv } from './csv';

/**
 * A table as text, built by pure functions beside each chart builder: the same model is shown as
 * the chart's table alternative and written as its CSV file, so both say exactly the same.
 */
export interface TableColumn {
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Short values that must not break over lines (dates, "8 uger"). */
  nowrap?: boolean;
}

export interface TableCell {
  text: string;
  /** A link (e.g. to a case or a department). */
  to?: RouteLocationRaw;
  /** Emphasised as a warning (e.g. a flagged unit, a deadline that is too short). */
  strong?: boolean;
  /** A total: bold, but not a warning. */
  total?: boolean;
}

export type Cell = string | TableCell;

export interface TableModel {
  columns: TableColumn[];
  /** Each row's first cell is its header. */
  rows: Cell[][];
}

export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** The table as CSV: the column labels, then the rows as shown. */
export function tableToCsv(table: TableModel): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows.map((row) => row.map(cellText))]);
}
