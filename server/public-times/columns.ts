// The columns of the open data (CSV and JSON), with their descriptions in Danish and English:
// one list, so the CSV header, the JSON rows and the JSON `columns` can never disagree.
import type { PublicTimesEntry } from './table';

export type ColumnType = 'string' | 'integer' | 'number' | 'date';
export type Cell = string | number | null;

export interface OpenDataColumn {
  name: string;
  type: ColumnType;
  description: { da: string; en: string };
  value: (entry: PublicTimesEntry, dates: { periodFrom: string; dataDate: string }) => Cell;
}

/** Days to one decimal, a rate to four: percentiles interpolate, and `16.200000000000003` helps nobody. */
const rounded = (value: number | null, decimals: number): number | null =>
  value === null ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

const withheldCode = { TOO_FEW_DECISIONS: 'too_few_decisions', TOO_FEW_WITH_DEADLINE: 'too_few_with_deadline' } as const;

export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  { name: 'department_id', type: 'string', value: (e) => e.departmentId,
    description: { da: 'Enhedens id i kommunens sagssystem.', en: 'The department’s id in the municipality’s case system.' } },
  { name: 'department', type: 'string', value: (e) => e.departmentName,
    description: { da: 'Enheden, der behandler sagerne.', en: 'The department that handles the cases.' } },
  { name: 'case_type_id', type: 'string', value: (e) => e.caseTypeId,
    description: { da: 'Sagstypens id.', en: 'The case type’s id.' } },
  { name: 'case_type', type: 'string', value: (e) => e.caseTypeName,
    description: { da: 'Sagstypen, fx »Merudgifter til børn med nedsat funktionsevne«.', en: 'The case type, e.g. "Merudgifter til børn med nedsat funktionsevne".' } },
  { name: 'legal_basis', type: 'string', value: (e) => e.legalBasis,
    description: { da: 'Lovgrundlaget, fx »Serviceloven § 41«; tom, hvis det ikke er oplyst.', en: 'The legal basis, e.g. "Serviceloven § 41"; empty when not given.' } },
  { name: 'deadline_value', type: 'integer', value: (e) => e.deadline?.value ?? null,
    description: { da: 'Den offentliggjorte sagsbehandlingsfrist, der gælder på data_date: antal enheder; tom, hvis sagstypen ikke har en frist.', en: 'The published deadline in force on data_date: the number of units; empty when the case type has none.' } },
  { name: 'deadline_unit', type: 'string', value: (e) => e.deadline?.unit ?? null,
    description: { da: 'Fristens enhed: days (dage), weeks (uger) eller months (kalendermåneder).', en: 'The deadline’s unit: days, weeks or months (calendar months).' } },
  { name: 'decisions', type: 'integer', value: (e) => e.decisions,
    description: { da: 'Antal afgørelser fra period_from til data_date (tilbagetrukne ansøgninger tæller ikke); tom ved færre end 20.', en: 'Decisions from period_from to data_date (withdrawn applications do not count); empty below 20.' } },
  { name: 'decisions_with_deadline', type: 'integer', value: (e) => e.decisionsWithDeadline,
    description: { da: 'Heraf sager, hvis sagstype havde en frist, den dag ansøgningen blev modtaget (grundlaget for on_time_rate).', en: 'Of these, the cases whose type had a deadline on the day the application was received (the base of on_time_rate).' } },
  { name: 'median_days', type: 'number', value: (e) => rounded(e.medianDays, 1),
    description: { da: 'Halvdelen af sagerne fik afgørelse inden for så mange dage (medianen af dage fra modtagelse til afgørelse).', en: 'Half of the cases were decided within this many days (the median of days from reception to decision).' } },
  { name: 'p80_days', type: 'number', value: (e) => rounded(e.p80Days, 1),
    description: { da: '80 % af sagerne fik afgørelse inden for så mange dage (80-percentilen, lineær interpolation som PostgreSQL percentile_cont).', en: '80% of the cases were decided within this many days (the 80th percentile, linear interpolation as PostgreSQL percentile_cont).' } },
  { name: 'on_time_rate', type: 'number', value: (e) => rounded(e.onTimeRate, 4),
    description: { da: 'Andelen (0–1) af decisions_with_deadline, der fik afgørelse senest på fristens sidste dag.', en: 'The share (0–1) of decisions_with_deadline decided on or before their due date.' } },
  { name: 'withheld', type: 'string', value: (e) => (e.withheldReason ? withheldCode[e.withheldReason] : null),
    description: { da: 'too_few_decisions: færre end 20 afgørelser, ingen tal vises. too_few_with_deadline: færre end 20 afgørelser med frist, andelen til tiden vises ikke. Tom: alle tal vises.', en: 'too_few_decisions: fewer than 20 decisions, no figures shown. too_few_with_deadline: fewer than 20 decisions with a deadline, the on-time share is not shown. Empty: every figure is shown.' } },
  { name: 'period_from', type: 'date', value: (_e, d) => d.periodFrom,
    description: { da: 'Første dag i de 12 måneder, tallene dækker (ÅÅÅÅ-MM-DD).', en: 'The first day of the 12 months the figures cover (YYYY-MM-DD).' } },
  { name: 'data_date', type: 'date', value: (_e, d) => d.dataDate,
    description: { da: 'Tallenes dato: den seneste dato i de importerede data. Tallene ændres kun ved en ny import.', en: 'The date of the figures: the latest date in the imported data. The figures change only at a new import.' } },
];
