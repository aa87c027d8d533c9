import { complaintCells, complaintColumns, type ComplaintFigures } from '../../charts/complaintsOverTime';
import type { ComplaintCategory, SuppressionReason } from '../../gql/graphql';
import { decimalFigure } from '../../utils/staffPeriods';
import type { FigureText } from '../../utils/figureText';
import type { TableModel } from '../../utils/tableModel';
import { anyWithheld, reasonFor, type Suppressible } from '../../utils/withheld';

/** The tables of the Klager og ankesager page: the same model is shown and written as CSV. */

/** The API's `Appeals`. */
export type AppealFigures = Suppressible & {
  decided: number | null;
  upheld: number | null;
  changed: number | null;
  remitted: number | null;
  dismissed: number | null;
  pending: number | null;
  reversalRate: number | null;
};

/** One cell of the server's department × category table (already disclosure-controlled as a table). */
export interface TableCell { count: number | null; withheld: boolean; reason: SuppressionReason | null }

/** The API's `ComplaintTable`: child departments × categories with both margins. */
export interface ComplaintTableFigures {
  categories: readonly ComplaintCategory[];
  rows: readonly {
    department: { id: string; name: string };
    cells: readonly TableCell[];
    total: TableCell;
    decisions: number | null;
    per1000Decisions: number | null;
    per1000Withheld: boolean;
  }[];
  columnTotals: readonly TableCell[];
  total: TableCell;
}

export interface DepartmentAppeals {
  id: string;
  name: string;
  appeals: AppealFigures;
}

/**
 * Department × category with both margins: one row per child department (its total and complaints
 * per 1,000 decisions on the right), then the sums over the departments. The server hides cells as
 * one table for the committee, so no hidden cell can be worked out from its row or column.
 */
export function buildComplaintsByDepartmentTable(table: ComplaintTableFigures, scopeName: string, text: FigureText): TableModel {
  const count = (c: TableCell) => text.count(c.count, c.withheld ? c.reason : null);
  const per1000 = (value: number | null, withheld: boolean) => decimalFigure(text, value, withheld ? 'SMALL_BASE' : null);
  return {
    columns: [{ label: text.t('complaints.columns.department') }, ...complaintColumns(text)],
    rows: [
      ...table.rows.map((r) => [
        r.department.name, ...r.cells.map(count), count(r.total), text.count(r.decisions), per1000(r.per1000Decisions, r.per1000Withheld),
      ]),
      marginRow(table, text.t('complaints.total', { name: scopeName }), count, text),
    ],
  };
}

/** A scope without departments: its own complaints as the one row. */
export function buildScopeComplaintsTable(figures: ComplaintFigures, scopeName: string, text: FigureText): TableModel {
  return {
    columns: [{ label: text.t('complaints.columns.department') }, ...complaintColumns(text)],
    rows: [[text.t('complaints.total', { name: scopeName }), ...complaintCells(figures, text)]],
  };
}

/** The sums over the departments: per category, in all, their decisions and the complaints per 1,000 of them. */
function marginRow(table: ComplaintTableFigures, label: string, count: (c: TableCell) => string, text: FigureText): string[] {
  const decisions = table.rows.every((r) => r.decisions !== null) ? table.rows.reduce((sum, r) => sum + r.decisions!, 0) : null;
  const per1000 = decisions && table.total.count !== null ? (table.total.count * 1000) / decisions : null;
  return [label, ...table.columnTotals.map(count), count(table.total), text.count(decisions), decimalFigure(text, per1000, null)];
}

/** Any cell or margin of the table withheld. */
export function tableWithheld(table: ComplaintTableFigures): boolean {
  const cells = [...table.rows.flatMap((r) => [...r.cells, r.total]), ...table.columnTotals, table.total];
  return cells.some((c) => c.withheld) || table.rows.some((r) => r.per1000Withheld);
}

/**
 * Whether the scope's total holds complaints registered on the scope itself (not on a child):
 * only decidable when neither total is withheld.
 */
export function hasComplaintsOnScope(table: ComplaintTableFigures, scopeTotal: number | null): boolean {
  if (table.rows.length === 0 || scopeTotal === null || table.total.count === null) return false;
  return table.total.count < scopeTotal;
}

/** The reversal rate with every count behind it, per child department and for the scope. */
export function buildAppealsTable(
  rows: readonly DepartmentAppeals[],
  total: AppealFigures,
  scopeName: string,
  asOf: string,
  text: FigureText,
): TableModel {
  const { t } = text;
  const cells = (a: AppealFigures) => [
    text.rate(a.reversalRate, reasonFor(a, 'reversalRate')),
    ...(['upheld', 'changed', 'remitted', 'dismissed', 'decided', 'pending'] as const).map((field) =>
      text.count(a[field], reasonFor(a, field)),
    ),
  ];
  return {
    columns: [
      { label: t('complaints.columns.department') },
      { label: t('indicators.name.REVERSAL_RATE'), numeric: true },
      { label: t('complaints.appeals.columns.upheld'), numeric: true },
      { label: t('complaints.appeals.columns.changed'), numeric: true },
      { label: t('complaints.appeals.columns.remitted'), numeric: true },
      { label: t('complaints.appeals.columns.dismissed'), numeric: true },
      { label: t('complaints.appeals.columns.decided'), numeric: true },
      { label: t('complaints.appeals.columns.pending', { asOf: text.fmt.date(asOf) }), numeric: true },
    ],
    rows: [
      ...rows.map((r) => [r.name, ...cells(r.appeals)]),
      [t('complaints.total', { name: scopeName }), ...cells(total)],
    ],
  };
}

/** No appeal decided in the period and none pending, nothing withheld. */
export function noAppeals(appeals: AppealFigures): boolean {
  return appeals.decided === 0 && appeals.pending === 0 && !anyWithheld([appeals]);
}
