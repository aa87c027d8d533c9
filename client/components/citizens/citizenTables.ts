import type { RouteLocationRaw } from 'vue-router';
import type { CitizenQuery, CrossDepartmentCitizensQuery, CrossDepartmentFieldsFragment } from '../../gql/graphql';
import type { FigureText } from '../../utils/figureText';
import { decimalFigure } from '../../utils/staffPeriods';
import type { TableModel } from '../../utils/tableModel';
import { reasonFor } from '../../utils/withheld';

/** The tables of Borgeren i centrum and the citizen view, as table models (shown and written as CSV alike). */

export interface DepartmentCrossFigures {
  id: string;
  name: string;
  figures: CrossDepartmentFieldsFragment;
}

export type CrossDepartmentCitizen = CrossDepartmentCitizensQuery['crossDepartmentCitizens']['citizens'][number];
export type CitizenCase = NonNullable<CitizenQuery['citizen']>['cases'][number];

const DEPARTMENT_COLUMNS: ReadonlyArray<[key: string, numeric: boolean]> = [
  ['department', false],
  ['citizens', true],
  ['crossDepartmentCitizens', true],
  ['crossDepartmentShare', true],
  ['caseworkersCross', true],
  ['caseworkersOthers', true],
  ['threeOrMoreCross', true],
  ['threeOrMoreOthers', true],
];

function departmentCells(f: CrossDepartmentFieldsFragment, text: FigureText): string[] {
  const count = (field: 'citizens' | 'crossDepartmentCitizens') => text.count(f[field], reasonFor(f, field));
  type ShareField = 'crossDepartmentShare' | 'shareWithThreeOrMoreCaseworkersCrossDepartment' | 'shareWithThreeOrMoreCaseworkersOthers';
  const rate = (field: ShareField) => text.rate(f[field], reasonFor(f, field));
  const mean = (field: 'caseworkersPerCrossDepartmentCitizen' | 'caseworkersPerOtherCitizen') =>
    decimalFigure(text, f[field], reasonFor(f, field), 1);
  return [
    count('citizens'),
    count('crossDepartmentCitizens'),
    rate('crossDepartmentShare'),
    mean('caseworkersPerCrossDepartmentCitizen'),
    mean('caseworkersPerOtherCitizen'),
    rate('shareWithThreeOrMoreCaseworkersCrossDepartment'),
    rate('shareWithThreeOrMoreCaseworkersOthers'),
  ];
}

/**
 * Each child department's figures, then the scope's own (when given): citizens, the
 * cross-department ones and their share, caseworkers per citizen and the share with 3 or more
 * for each group. `link` makes the department names links (to the same page for that scope).
 */
export function buildCitizenDepartmentsTable(
  rows: readonly DepartmentCrossFigures[],
  total: DepartmentCrossFigures | null,
  text: FigureText,
  link?: (id: string) => RouteLocationRaw,
): TableModel {
  const { t } = text;
  const totalRows = total ? [[t('citizens.departments.total', { name: total.name }), ...departmentCells(total.figures, text)]] : [];
  return {
    columns: DEPARTMENT_COLUMNS.map(([key, numeric]) => ({ label: t(`citizens.columns.${key}`), numeric })),
    rows: [...rows.map((r) => [link ? { text: r.name, to: link(r.id) } : r.name, ...departmentCells(r.figures, text)]), ...totalRows],
  };
}

/** One page of cross-department citizens; each pseudonym links to the citizen view. */
export function buildCitizenListTable(
  citizens: readonly CrossDepartmentCitizen[],
  text: FigureText,
  link: (pseudonym: string) => RouteLocationRaw,
): TableModel {
  const { t, fmt } = text;
  return {
    columns: [
      { label: t('citizens.list.pseudonym'), nowrap: true },
      { label: t('citizens.list.departments') },
      { label: t('citizens.list.activeCases'), numeric: true },
      { label: t('citizens.list.caseworkers'), numeric: true },
    ],
    rows: citizens.map((c) => [
      { text: c.pseudonym, to: link(c.pseudonym) },
      c.departments.map((d) => d.name).join(', '),
      fmt.integer(c.activeCases),
      fmt.integer(c.caseworkers),
    ]),
  };
}

function decidedText(c: CitizenCase, text: FigureText): string {
  const { t, fmt } = text;
  if (!c.decidedOn) return t('citizens.citizen.notDecided');
  if (!c.dueDate) return fmt.date(c.decidedOn);
  return t(c.decidedOn <= c.dueDate ? 'citizens.citizen.onTime' : 'citizens.citizen.late', { date: fmt.date(c.decidedOn) });
}

/** The citizen's cases by receipt: each case id links to the case page. */
export function buildCitizenCasesTable(
  cases: readonly CitizenCase[],
  text: FigureText,
  link: (id: string) => RouteLocationRaw,
): TableModel {
  const { t, fmt } = text;
  const column = (key: string, extra: { numeric?: boolean; nowrap?: boolean } = {}) => ({
    label: t(`citizens.citizen.columns.${key}`),
    ...extra,
  });
  const caseworkers = (c: CitizenCase) =>
    [...new Set(c.assignments.map((a) => a.caseworker.displayName))].join(', ') || t('citizens.citizen.noCaseworker');
  const sorted = [...cases].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  return {
    columns: [
      column('case', { nowrap: true }),
      column('caseType'),
      column('department'),
      column('receivedOn', { nowrap: true }),
      column('dueDate', { nowrap: true }),
      column('decidedOn'),
      column('closedOn', { nowrap: true }),
      column('caseworkers'),
      column('appeals', { numeric: true }),
    ],
    rows: sorted.map((c) => [
      { text: c.id, to: link(c.id) },
      c.caseType.name,
      c.department.name,
      fmt.date(c.receivedOn),
      c.dueDate ? fmt.date(c.dueDate) : t('citizens.citizen.noDueDate'),
      decidedText(c, text),
      c.closedOn ? fmt.date(c.closedOn) : t('citizens.citizen.open'),
      caseworkers(c),
      fmt.integer(c.appeals.length),
    ]),
  };
}
