import { complaintCells, complaintColumns, type ComplaintFigures } from '../../charts/complaintsOverTime';
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

export interface DepartmentComplaints {
  id: string;
  name: string;
  complaints: ComplaintFigures;
}

export interface DepartmentAppeals {
  id: string;
  name: string;
  appeals: AppealFigures;
}

/**
 * Department × category with both margins: one row per child department (its total and
 * complaints per 1,000 decisions on the right), then the scope's own row as the column margins.
 */
export function buildComplaintsByDepartmentTable(
  rows: readonly DepartmentComplaints[],
  total: ComplaintFigures,
  scopeName: string,
  text: FigureText,
): TableModel {
  return {
    columns: [{ label: text.t('complaints.columns.department') }, ...complaintColumns(text)],
    rows: [
      ...rows.map((r) => [r.name, ...complaintCells(r.complaints, text)]),
      [text.t('complaints.total', { name: scopeName }), ...complaintCells(total, text)],
    ],
  };
}

/**
 * Whether the scope's total holds complaints registered on the scope itself (not on a child):
 * only decidable when no figure is withheld.
 */
export function hasComplaintsOnScope(rows: readonly DepartmentComplaints[], total: ComplaintFigures): boolean {
  if (rows.length === 0 || total.total === null || anyWithheld([total, ...rows.map((r) => r.complaints)])) return false;
  return rows.reduce((sum, r) => sum + (r.complaints.total ?? 0), 0) < total.total;
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
