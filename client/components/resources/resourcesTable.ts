import type { FigureText } from '../../utils/figureText';
import { indicatorKey } from '../../utils/indicators';
import { decimalFigure } from '../../utils/staffPeriods';
import type { TableModel } from '../../utils/tableModel';
import { anyWithheld, reasonFor, type Suppressible } from '../../utils/withheld';

/** The API's `Resources`. */
export type ResourceFigures = Suppressible & {
  backlog: number | null;
  headcountOnAsOf: number | null;
  caseload: number | null;
  decided: number | null;
  averageHeadcount: number | null;
  decisionsPerCaseworkerYear: number | null;
};

export interface DepartmentResources {
  id: string;
  name: string;
  resources: ResourceFigures;
}

/**
 * Caseload on the as-of date and decisions per caseworker-year, each followed by the figures it
 * rests on: one row per child department, then the scope's own.
 */
export function buildResourcesTable(
  rows: readonly DepartmentResources[],
  total: DepartmentResources,
  asOf: string,
  text: FigureText,
): TableModel {
  const { t } = text;
  const cells = (r: ResourceFigures) => [
    decimalFigure(text, r.caseload, reasonFor(r, 'caseload')),
    text.count(r.backlog, reasonFor(r, 'backlog')),
    text.count(r.headcountOnAsOf, reasonFor(r, 'headcountOnAsOf')),
    decimalFigure(text, r.decisionsPerCaseworkerYear, reasonFor(r, 'decisionsPerCaseworkerYear')),
    text.count(r.decided, reasonFor(r, 'decided')),
    decimalFigure(text, r.averageHeadcount, reasonFor(r, 'averageHeadcount')),
  ];
  return {
    columns: [
      { label: t('complaints.columns.department') },
      { label: t(indicatorKey('CASELOAD')), numeric: true },
      { label: t('complaints.resources.columns.backlog'), numeric: true },
      { label: t('complaints.resources.columns.headcountOnAsOf', { asOf: text.fmt.date(asOf) }), numeric: true },
      { label: t(indicatorKey('DECISIONS_PER_CASEWORKER_YEAR')), numeric: true },
      { label: t('complaints.resources.columns.decided'), numeric: true },
      { label: t('complaints.resources.columns.averageHeadcount'), numeric: true },
    ],
    rows: [
      ...rows.map((r) => [r.name, ...cells(r.resources)]),
      [t('complaints.total', { name: total.name }), ...cells(total.resources)],
    ],
  };
}

/** Nothing to show: no open cases, no decisions and no caseworkers, nothing withheld. */
export function noResources(r: ResourceFigures): boolean {
  return !anyWithheld([r]) && !r.backlog && !r.decided && !r.headcountOnAsOf && !r.averageHeadcount;
}
