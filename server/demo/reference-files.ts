// The small files: the department tree, case types, deadlines, caseworkers and their
// employments, as known on `until` (later periods do not exist yet, later ends are open).
import { isoOf, dayOf, type Day } from './calendar';
import { caseTypes } from './case-types';
import { CsvFileWriter } from './csv-writer';
import { departments } from './organisation';
import type { Staff } from './staff';

export const HEADERS = {
  departments: ['department_id', 'name', 'parent_id'],
  caseTypes: ['case_type_id', 'name', 'department_id', 'legal_basis'],
  deadlines: ['case_type_id', 'effective_from', 'deadline_value', 'deadline_unit'],
  caseworkers: ['caseworker_id', 'display_name'],
  employments: ['caseworker_id', 'department_id', 'start_date', 'end_date', 'end_reason'],
  cases: ['case_id', 'citizen_id', 'case_type_id', 'department_id', 'received_on', 'decided_on', 'closed_on', 'outcome'],
  assignments: ['case_id', 'caseworker_id', 'assigned_from', 'assigned_to'],
  contacts: ['case_id', 'caseworker_id', 'contact_on', 'channel'],
  complaints: ['complaint_id', 'department_id', 'case_id', 'received_on', 'category'],
  appeals: ['case_id', 'appealed_on', 'decided_on', 'outcome'],
} as const;

/** Opens one of the data set's files for writing. */
export type OpenFile = (file: string, header: readonly string[]) => CsvFileWriter;

export function writeOrganisation(open: OpenFile, until: Day): CsvFileWriter[] {
  const departmentFile = open('departments.csv', HEADERS.departments);
  for (const d of departments) departmentFile.write([d.id, d.name, d.parentId]);
  const typeFile = open('case_types.csv', HEADERS.caseTypes);
  for (const t of caseTypes) typeFile.write([t.id, t.name, t.departmentId, t.legalBasis]);
  const deadlineFile = open('deadlines.csv', HEADERS.deadlines);
  for (const t of caseTypes) {
    for (const rule of t.deadlines) {
      if (dayOf(rule.effectiveFrom) > until) continue; // not yet published on `until`
      deadlineFile.write([t.id, rule.effectiveFrom, String(rule.value), rule.unit]);
    }
  }
  return [departmentFile, typeFile, deadlineFile];
}

export function writeStaff(open: OpenFile, staff: Staff, until: Day): CsvFileWriter[] {
  const known = staff.employments
    .filter((e) => e.start <= until)
    .sort((a, b) => a.caseworker - b.caseworker || a.start - b.start);
  const hired = new Set(known.map((e) => e.caseworker));
  const caseworkerFile = open('caseworkers.csv', HEADERS.caseworkers);
  staff.caseworkers.forEach((c, index) => {
    if (hired.has(index)) caseworkerFile.write([c.id, c.displayName]);
  });
  const employmentFile = open('employments.csv', HEADERS.employments);
  for (const e of known) {
    const ended = e.end !== null && e.end <= until;
    const id = (staff.caseworkers[e.caseworker] as Staff['caseworkers'][number]).id;
    employmentFile.write([id, e.departmentId, isoOf(e.start), ended ? isoOf(e.end as Day) : null, ended ? e.endReason : null]);
  }
  return [caseworkerFile, employmentFile];
}
