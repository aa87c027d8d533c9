// One theme of the committee report as rows of cells (the table) and as CSV, from the same
// texts, so paper, screen and spreadsheet say exactly the same. Pure.
import type { TranslateWith } from '../../charts/theme';
import type { IndicatorKey, TargetStatus, Theme } from '../../gql/graphql';
import type { Formatters } from '../../i18n/format';
import { toCsv } from '../../utils/csv';
import { indicatorKey, STATUS_SYMBOL, statusKey, themeKey, trendKey } from '../../utils/indicators';
import { indicatorValueText, targetCellText, valueWithUnit, type SentenceIndicator } from '../../utils/sentences';

/** A column of the report: the scope (the administration) or one of its children (a centre). */
export interface ReportColumn {
  id: string;
  name: string;
  indicators: readonly SentenceIndicator[];
}

export interface CellModel {
  value: string;
  /** Why the value is not shown, when disclosure control withheld it ("< 5" / "skjult"). */
  withheldTitle: string | null;
  status: TargetStatus | null;
  statusSymbol: string;
  statusText: string;
  target: string | null;
  /** "Året før: 71,0 %"; null when the indicator is missing altogether. */
  previous: string | null;
  /** The trend in words; "no comparison" when there is none (a band without a target, a missing value). */
  trendText: string;
  hasTrend: boolean;
}

export interface RowModel {
  key: IndicatorKey;
  name: string;
  cells: CellModel[];
}

const find = (column: ReportColumn, key: IndicatorKey) => column.indicators.find((i) => i.key === key) ?? null;

function previousText(ind: SentenceIndicator, fmt: Formatters, t: TranslateWith): string {
  if (ind.previousWithheld) return t('indicators.withheld');
  return ind.previousValue === null ? fmt.integer(null) : valueWithUnit(ind, ind.previousValue, fmt, t);
}

function cellOf(ind: SentenceIndicator | null, fmt: Formatters, t: TranslateWith): CellModel {
  const status = ind?.status ?? null;
  return {
    value: ind ? indicatorValueText(ind, fmt, t) : fmt.integer(null),
    withheldTitle: ind?.withheld ? t(ind.reason === 'BELOW_FIVE' ? 'figure.belowFiveTitle' : 'figure.hiddenTitle') : null,
    status,
    statusSymbol: STATUS_SYMBOL[status ?? 'NONE'],
    statusText: t(statusKey(status)),
    target: ind ? targetCellText(ind, fmt, t) : null,
    previous: ind ? t('committee.table.previous', { value: previousText(ind, fmt, t) }) : null,
    trendText: t(trendKey(ind?.trend ?? null)),
    hasTrend: (ind?.trend ?? null) !== null,
  };
}

/** The theme's indicators (rows, in the plan's order) across the columns. */
export function themeRows(keys: readonly IndicatorKey[], columns: readonly ReportColumn[], fmt: Formatters, t: TranslateWith): RowModel[] {
  return keys.map((key) => ({
    key,
    name: t(indicatorKey(key)),
    cells: columns.map((column) => cellOf(find(column, key), fmt, t)),
  }));
}

/** The theme as CSV, one line per indicator and unit, with the texts the table shows. */
export function themeCsv(theme: Theme, keys: readonly IndicatorKey[], columns: readonly ReportColumn[], fmt: Formatters, t: TranslateWith): string {
  const header = ['theme', 'indicator', 'department', 'value', 'base', 'target', 'status', 'previous', 'trend']
    .map((field) => t(`committee.csv.${field}`));
  const themeName = t(themeKey(theme));
  const lines = keys.flatMap((key) =>
    columns.map((column) => {
      const ind = find(column, key);
      const cell = cellOf(ind, fmt, t);
      return [
        themeName, t(indicatorKey(key)), column.name, cell.value,
        ind && !ind.withheld && ind.base !== null ? fmt.decimal(ind.base, 1) : '',
        cell.target ?? '', cell.statusText, ind ? previousText(ind, fmt, t) : '', cell.trendText,
      ];
    }),
  );
  return toCsv([header, ...lines]);
}
