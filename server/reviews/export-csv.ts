// A round's results and its sample with review outcomes as CSV for Danish spreadsheets: semicolon
// separated with decimal commas (what Excel with Danish settings reads as numbers), CRLF, UTF-8 with
// BOM; text a spreadsheet would run as a formula is neutralised (csvCell of the access-log export).
import { csvCell } from '../access-log/csv';
import type { Proportion, ScopeProportion } from '../graphql/generated';
import type { ChecklistItemModel } from './models';
import type { ReviewResultsModel } from './result-build';
import type { ReviewExportRow } from './export-queries';

export const BOM = '\uFEFF';
type Cell = string | number | null | undefined;

/**
 * Numbers with a decimal comma and 12 significant digits (0.6 − 1 is −0.3999999999999999 in doubles;
 * a spreadsheet should read −0.4), not neutralised: a negative change is a number, not a formula.
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))).replace('.', ',') : '';
  return csvCell(value);
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(cell).join(';')}\r\n`;
}

export const RESULTS_HEADER = [
  'Mål', 'Tekst', 'Niveau', 'Stratum', 'Rammestørrelse', 'Tæller', 'Nævner', 'Andel', 'Nedre 95 %', 'Øvre 95 %',
  'Standardfejl', 'Ikke relevant', 'Ændring siden forrige runde',
];

function proportionCells(p: Proportion): Cell[] {
  return [p.successes, p.trials, p.estimate, p.lower, p.upper];
}

/** A share three ways: pooled, stratified (with the change since the previous round), per stratum. */
function scopeRows(measure: string, text: string, share: ScopeProportion, notRelevant: number | null, change: number | null): Cell[][] {
  const s = share.stratified;
  return [
    [measure, text, 'Samlet (puljet)', null, null, ...proportionCells(share.pooled), null, notRelevant, null],
    [measure, text, 'Samlet (stratificeret)', null, null, null, null, s?.estimate, s?.lower, s?.upper, s?.standardError, null, change],
    ...share.strata.map((st) => [measure, text, 'Stratum', st.stratumKey, st.frameSize, ...proportionCells(st.proportion), null, null, null]),
  ];
}

export function resultsCsv(results: ReviewResultsModel): string {
  const rows: Cell[][] = [
    ...results.items.flatMap((r) => scopeRows(`Punkt ${r.item.number}`, r.item.text, r.compliance, r.notRelevant, r.changeSincePrevious ?? null)),
    ...scopeRows('I orden', 'Sager vurderet "i orden"', results.inOrder, null, results.inOrderChangeSincePrevious ?? null),
    ...scopeRows('Brud på garantiforskrift', 'Sager med mindst ét "nej" til en garantiforskrift', results.mandatoryBreach, null, null),
    ...([['Stadfæstes', results.upheld], ['Ændres', results.changed], ['Hjemvises', results.remitted]] as const)
      .map(([label, p]): Cell[] => [label, 'Afgørelsen ville blive ' + label.toLowerCase(), 'Samlet (puljet)', null, null, ...proportionCells(p), null, null, null]),
  ];
  return BOM + csvRow(RESULTS_HEADER) + rows.map(csvRow).join('');
}

const LABELS: Record<string, string> = {
  yes: 'Ja', no: 'Nej', not_relevant: 'Ikke relevant', draft: 'Kladde', submitted: 'Indsendt',
  in_order: 'I orden', minor_deficiencies: 'Mindre mangler', significant_deficiencies: 'Væsentlige mangler',
  upheld: 'Stadfæstes', changed: 'Ændres', remitted: 'Hjemvises',
  wrong_case_type: 'Forkert sagstype', transferred: 'Overført', not_yet_documented: 'Endnu ikke dokumenteret',
  conflict_of_interest: 'Inhabilitet', other: 'Andet',
};
const label = (value: string | null) => (value === null ? null : LABELS[value] ?? value);

export function reviewsHeader(items: readonly ChecklistItemModel[]): string[] {
  return [
    'Stratum', 'Placering', 'Fra reserve', 'Erstatter sag', 'Sag', 'Sagstype', 'Afdeling', 'Modtaget', 'Afgjort',
    'Udtaget af stikprøven', 'Begrundelse', '1. gennemgang: gennemgår', 'Status', 'Samlet vurdering', 'Afgørelsen', 'Indsendt',
    ...items.map((item) => `Punkt ${item.number}`),
    '2. gennemgang: gennemgår', 'Status', 'Samlet vurdering', 'Afgørelsen',
  ];
}

/** Review notes are left out: free text about the citizen belongs in the review form, not in a spreadsheet. */
export function reviewsCsvRow(row: ReviewExportRow, items: readonly ChecklistItemModel[]): string {
  const answers = new Map((row.firstAnswers ?? []).map((a) => [a.itemNumber, a.answer]));
  return csvRow([
    row.stratumKey, row.position, row.fromReserve ? 'Ja' : 'Nej', row.replacesCaseId, row.caseId, row.caseTypeId, row.departmentId,
    row.receivedOn, row.decidedOn, label(row.eliminationReason), row.eliminationNote,
    row.firstReviewer, label(row.firstStatus), label(row.firstOverall), label(row.firstDecision), row.firstSubmittedAt,
    ...items.map((item) => label(answers.get(item.number) ?? null)),
    row.secondReviewer, label(row.secondStatus), label(row.secondOverall), label(row.secondDecision),
  ]);
}
