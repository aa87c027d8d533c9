// Pure: the published table as open data. CSV: semicolon-separated, UTF-8 with a BOM (Excel
// reads æøå), numbers with a decimal point, empty cells for missing figures, cells guarded
// against formula injection as in the access-log export. JSON: the same rows, with a `columns`
// list describing each column in Danish and English.
import { csvLine } from '../access-log/csv';
import { OPEN_DATA_COLUMNS, type Cell } from './columns';
import type { PublicTimesEntry, PublicTimesTable } from './table';
import { MINIMUM_DECISIONS } from './table';

export interface OpenDataInput { table: PublicTimesTable; entries: readonly PublicTimesEntry[] }

function cells(entry: PublicTimesEntry, table: PublicTimesTable): Cell[] {
  const dates = { periodFrom: table.periodFrom ?? '', dataDate: table.dataDate ?? '' };
  return OPEN_DATA_COLUMNS.map((column) => column.value(entry, dates));
}

const csvRow = (values: readonly Cell[]): string => csvLine(values, ';');

export function openDataCsv({ table, entries }: OpenDataInput): string {
  return `\uFEFF${csvRow(OPEN_DATA_COLUMNS.map((c) => c.name))}${entries.map((e) => csvRow(cells(e, table))).join('')}`;
}

export function openDataJson({ table, entries }: OpenDataInput): Record<string, unknown> {
  return {
    title: { da: 'Sagsbehandlingstider', en: 'Processing times' },
    description: {
      da: `Pr. enhed og sagstype: den gældende frist, hvor lang tid sagerne afgjort i de seneste 12 måneder tog, og andelen afgjort inden for fristen. Under ${MINIMUM_DECISIONS} afgørelser vises ingen tal.`,
      en: `Per department and case type: the deadline in force, how long the cases decided in the last 12 months took, and the share decided within the deadline. Below ${MINIMUM_DECISIONS} decisions no figures are shown.`,
    },
    generatedAt: table.generatedAt.toISOString(),
    dataDate: table.dataDate,
    periodFrom: table.periodFrom,
    minimumDecisions: MINIMUM_DECISIONS,
    columns: OPEN_DATA_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
    rows: entries.map((entry) => Object.fromEntries(cells(entry, table).map((value, i) => [OPEN_DATA_COLUMNS[i]!.name, value]))),
  };
}
