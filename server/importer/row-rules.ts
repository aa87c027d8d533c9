// Rules that tie the fields of one row together (data-format.md). Pure; each finding names the
// column to blame. Fields that failed to parse are absent from `row` and their rules are skipped.

import { problemText, type ProblemText } from './problem-text';

export type RowValues = Record<string, string | number | null>;
export type RowFinding = { column: string; value: string | null } & ProblemText;

type Rule = (row: RowValues, has: (column: string) => boolean) => RowFinding[];

const finding = (column: string, value: unknown, text: ProblemText): RowFinding => ({
  column, value: value === null || value === undefined ? null : String(value), ...text,
});

const employmentRule: Rule = (row, has) => {
  const out: RowFinding[] = [];
  if (!has('end_date') || !has('end_reason')) return out;
  if (row.end_date !== null && row.end_reason === null) {
    out.push(finding('end_reason', null, problemText('endReasonMissing')));
  }
  if (row.end_date === null && row.end_reason !== null) {
    out.push(finding('end_reason', row.end_reason, problemText('endReasonWithoutEnd')));
  }
  if (has('start_date') && row.end_date !== null && String(row.end_date) < String(row.start_date)) {
    out.push(finding('end_date', row.end_date, problemText('beforeDate', { other: 'start_date', date: String(row.start_date) })));
  }
  return out;
};

const DECISIONS = ['granted', 'partially_granted', 'refused', 'dismissed'];

const caseRule: Rule = (row, has) => {
  const out: RowFinding[] = [];
  const [received, decided, closed, outcome] = [row.received_on, row.decided_on, row.closed_on, row.outcome];
  if (has('received_on') && has('decided_on') && decided !== null && String(decided) < String(received)) {
    out.push(finding('decided_on', decided, problemText('beforeDate', { other: 'received_on', date: String(received) })));
  }
  if (has('received_on') && has('closed_on') && closed !== null && String(closed) < String(received)) {
    out.push(finding('closed_on', closed, problemText('beforeDate', { other: 'received_on', date: String(received) })));
  }
  if (has('decided_on') && has('closed_on') && closed !== null && decided !== null && String(closed) < String(decided)) {
    out.push(finding('closed_on', closed, problemText('beforeDate', { other: 'decided_on', date: String(decided) })));
  }
  if (!has('outcome') || !has('decided_on') || !has('closed_on')) return out;
  if (outcome === null && (decided !== null || closed !== null)) {
    out.push(finding('outcome', null, problemText('outcomeMissing')));
  } else if (outcome !== null && decided === null && closed === null) {
    out.push(finding('outcome', outcome, problemText('outcomeWithoutDates')));
  } else if (outcome === 'withdrawn' && decided !== null) {
    out.push(finding('outcome', outcome, problemText('withdrawnDecided')));
  } else if (outcome === 'withdrawn' && closed === null) {
    out.push(finding('closed_on', null, problemText('withdrawnNotClosed')));
  } else if (DECISIONS.includes(String(outcome)) && decided === null) {
    out.push(finding('decided_on', null, problemText('closedWithoutDecision', { outcome: String(outcome) })));
  }
  return out;
};

const assignmentRule: Rule = (row, has) => {
  if (!has('assigned_from') || !has('assigned_to') || row.assigned_to === null) return [];
  if (String(row.assigned_to) >= String(row.assigned_from)) return [];
  return [finding('assigned_to', row.assigned_to, problemText('beforeDate', { other: 'assigned_from', date: String(row.assigned_from) }))];
};

const appealRule: Rule = (row, has) => {
  if (!has('decided_on') || !has('outcome')) return [];
  if (row.decided_on !== null && row.outcome === null) {
    return [finding('outcome', null, problemText('appealOutcomeMissing'))];
  }
  if (row.decided_on === null && row.outcome !== null) {
    return [finding('decided_on', null, problemText('appealPendingWithOutcome', { outcome: String(row.outcome) }))];
  }
  if (row.decided_on !== null && has('appealed_on') && String(row.decided_on) < String(row.appealed_on)) {
    return [finding('decided_on', row.decided_on, problemText('beforeDate', { other: 'appealed_on', date: String(row.appealed_on) }))];
  }
  return [];
};

const departmentRule: Rule = (row, has) => {
  if (!has('parent_id') || row.parent_id === null || row.parent_id !== row.department_id) return [];
  return [finding('parent_id', row.parent_id, problemText('parentIsSelf'))];
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
