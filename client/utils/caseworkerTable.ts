import type { CaseworkerFiguresQuery } from '../gql/graphql';
import type { FigureText } from './figureText';
import type { TableModel } from './tableModel';

export type CaseworkerRow = CaseworkerFiguresQuery['caseworkerFigures'][number];

const collator = new Intl.Collator('da');

/** By department, then by name. */
export function sortCaseworkers(rows: readonly CaseworkerRow[]): CaseworkerRow[] {
  return [...rows].sort(
    (a, b) => collator.compare(a.department.name, b.department.name) || collator.compare(a.caseworker.displayName, b.caseworker.displayName),
  );
}

/** Caseworker, department, employed from/to, end reason, decided and open cases, handovers. */
export function buildCaseworkerTable(rows: readonly CaseworkerRow[], text: FigureText): TableModel {
  const { t, fmt } = text;
  return {
    columns: [
      { label: t('continuity.caseworkers.columns.caseworker') },
      { label: t('continuity.columns.department') },
      { label: t('continuity.caseworkers.columns.from'), nowrap: true },
      { label: t('continuity.caseworkers.columns.to'), nowrap: true },
      { label: t('continuity.columns.endReason') },
      { label: t('continuity.columns.decidedCases'), numeric: true },
      { label: t('continuity.caseworkers.columns.open'), numeric: true },
      { label: t('continuity.caseworkers.columns.handovers'), numeric: true },
    ],
    rows: sortCaseworkers(rows).map((r) => [
      r.caseworker.displayName,
      r.department.name,
      fmt.date(r.employedFrom),
      r.employedTo ? fmt.date(r.employedTo) : t('continuity.caseworkers.stillEmployed'),
      r.endReason ? t(`continuity.endReason.${r.endReason}`) : '–',
      fmt.integer(r.decidedCases),
      fmt.integer(r.openCases),
      fmt.integer(r.handovers),
    ]),
  };
}
