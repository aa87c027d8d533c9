// Rules that tie the fields of one row together (data-format.md). Pure; each finding names the
// column to blame. Fields that failed to parse are absent from `row` and their rules are skipped.

export type RowValues = Record<string, string | number | null>;
export interface RowFinding { column: string; value: string | null; message: string }

type Rule = (row: RowValues, has: (column: string) => boolean) => RowFinding[];

const finding = (column: string, value: unknown, message: string): RowFinding => ({
  column, value: value === null || value === undefined ? null : String(value), message,
});

const employmentRule: Rule = (row, has) => {
  const out: RowFinding[] = [];
  if (!has('end_date') || !has('end_reason')) return out;
  if (row.end_date !== null && row.end_reason === null) {
    out.push(finding('end_reason', null, 'is empty, but end_date is set: give the reason the employment ended'));
  }
  if (row.end_date === null && row.end_reason !== null) {
    out.push(finding('end_reason', row.end_reason, 'is set, but end_date is empty: leave both empty while employed'));
  }
  if (has('start_date') && row.end_date !== null && String(row.end_date) < String(row.start_date)) {
    out.push(finding('end_date', row.end_date, `is before start_date ${row.start_date}`));
  }
  return out;
};

const DECISIONS = ['granted', 'partially_granted', 'refused', 'dismissed'];

const caseRule: Rule = (row, has) => {
  const out: RowFinding[] = [];
  const [received, decided, closed, outcome] = [row.received_on, row.decided_on, row.closed_on, row.outcome];
  if (has('received_on') && has('decided_on') && decided !== null && String(decided) < String(received)) {
    out.push(finding('decided_on', decided, `is before received_on ${received}`));
  }
  if (has('received_on') && has('closed_on') && closed !== null && String(closed) < String(received)) {
    out.push(finding('closed_on', closed, `is before received_on ${received}`));
  }
  if (has('decided_on') && has('closed_on') && closed !== null && decided !== null && String(closed) < String(decided)) {
    out.push(finding('closed_on', closed, `is before decided_on ${decided}`));
  }
  if (!has('outcome') || !has('decided_on') || !has('closed_on')) return out;
  if (outcome === null && (decided !== null || closed !== null)) {
    out.push(finding('outcome', null, 'is empty, but the case is decided or closed: give its outcome'));
  } else if (outcome !== null && decided === null && closed === null) {
    out.push(finding('outcome', outcome, 'is set, but the case has neither decided_on nor closed_on'));
  } else if (outcome === 'withdrawn' && decided !== null) {
    out.push(finding('outcome', outcome, 'is withdrawn, but decided_on is set: a withdrawn case has no decision'));
  } else if (outcome === 'withdrawn' && closed === null) {
    out.push(finding('closed_on', null, 'is empty, but the case is withdrawn: give the day it was closed'));
  } else if (DECISIONS.includes(String(outcome)) && decided === null) {
    out.push(finding('decided_on', null, `is empty, but the outcome is ${outcome}: a case closed without a decision is withdrawn`));
  }
  return out;
};

const assignmentRule: Rule = (row, has) => {
  if (!has('assigned_from') || !has('assigned_to') || row.assigned_to === null) return [];
  if (String(row.assigned_to) >= String(row.assigned_from)) return [];
  return [finding('assigned_to', row.assigned_to, `is before assigned_from ${row.assigned_from}`)];
};

const appealRule: Rule = (row, has) => {
  if (!has('decided_on') || !has('outcome')) return [];
  if (row.decided_on !== null && row.outcome === null) {
    return [finding('outcome', null, 'is empty, but decided_on is set: a decided appeal has an outcome')];
  }
  if (row.decided_on === null && row.outcome !== null) {
    return [finding('decided_on', null, `is empty, but the outcome is ${row.outcome}: a pending appeal has neither`)];
  }
  if (row.decided_on !== null && has('appealed_on') && String(row.decided_on) < String(row.appealed_on)) {
    return [finding('decided_on', row.decided_on, `is before appealed_on ${row.appealed_on}`)];
  }
  return [];
};

const departmentRule: Rule = (row, has) => {
  if (!has('parent_id') || row.parent_id === null || row.parent_id !== row.department_id) return [];
  return [finding('parent_id', row.parent_id, 'names the department itself as its parent')];
};

const RULES: Record<string, Rule> = {
  'departments.csv': departmentRule,
  'employments.csv': employmentRule,
  'cases.csv': caseRule,
  'assignments.csv': assignmentRule,
  'appeals.csv': appealRule,
};

export function checkRow(file: string, row: RowValues, has: (column: string) => boolean): RowFinding[] {
  const rule = RULES[file];
  return rule ? rule(row, has) : [];
}
