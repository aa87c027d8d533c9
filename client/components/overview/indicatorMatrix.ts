// The overview's matrix as data: the scope's own row ("I alt") first, then its child departments
// in the scope picker's order, each with its indicators by key; and the same matrix as a CSV table.
import type { IndicatorKey, IndicatorOverviewQuery } from '../../gql/graphql';
import { compareNames } from '../../utils/departmentTree';
import { indicatorKey, statusKey, trendKey } from '../../utils/indicators';
import type { TableModel } from '../../utils/tableModel';
import { targetText, valueText, type IndicatorText } from './indicatorText';

export type OverviewFigures = IndicatorOverviewQuery['figures'];
export type OverviewIndicator = OverviewFigures['indicators'][number];

export interface MatrixRow {
  id: string;
  name: string;
  /** The scope itself, summed over its whole subtree. */
  total: boolean;
  indicators: ReadonlyMap<IndicatorKey, OverviewIndicator>;
}

const byKey = (indicators: readonly OverviewIndicator[]) => new Map(indicators.map((i) => [i.key, i]));

/** The scope first, then its children by name (the same collation as the scope picker). */
export function matrixRows(figures: OverviewFigures): MatrixRow[] {
  const children = [...figures.children]
    .sort((a, b) => compareNames(a.scope.name, b.scope.name))
    .map((child) => ({ id: child.scope.id, name: child.scope.name, total: false, indicators: byKey(child.indicators) }));
  return [{ id: figures.scope.id, name: figures.scope.name, total: true, indicators: byKey(figures.indicators) }, ...children];
}

/** The row header as text: "Socialforvaltningen i alt" for the scope, else the department's name. */
export function rowTitle({ t }: IndicatorText, row: MatrixRow): string {
  return row.total ? t('overview.matrix.totalFor', { name: row.name }) : row.name;
}

/**
 * The matrix as a CSV table: the unit, then for each indicator its value, target, status and
 * trend as shown (withheld values as "< 5" / "skjult", missing ones as an en dash).
 */
export function matrixTable(text: IndicatorText, rows: readonly MatrixRow[], keys: readonly IndicatorKey[]): TableModel {
  const { t } = text;
  const columns = [{ label: t('overview.matrix.department') }];
  for (const key of keys) {
    const indicator = t(indicatorKey(key));
    columns.push(
      { label: indicator },
      { label: t('overview.matrix.csvTarget', { indicator }) },
      { label: t('overview.matrix.csvStatus', { indicator }) },
      { label: t('overview.matrix.csvTrend', { indicator }) },
    );
  }
  const cells = (figure: OverviewIndicator | undefined): string[] => {
    if (!figure) return ['–', '', '', ''];
    return [
      valueText(text, figure),
      targetText(text, figure.unit, figure.direction, figure.target) ?? '',
      t(statusKey(figure.status)),
      t(trendKey(figure.trend)),
    ];
  };
  return {
    columns,
    rows: rows.map((row) => [rowTitle(text, row), ...keys.flatMap((key) => cells(row.indicators.get(key)))]),
  };
}
