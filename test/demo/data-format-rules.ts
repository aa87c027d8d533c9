// Every rule of data-format.md, file by file, on a data set read by data-set-checker.ts.
import { checkNoOverlaps, rulesFor, type DataSet, type RuleContext } from './data-set-checker';

const OUTCOMES = ['granted', 'partially_granted', 'refused', 'dismissed', 'withdrawn'];
const idsOf = (data: DataSet, file: string, column: string) => new Set((data[file] ?? []).map((r) => r[column] ?? ''));

export function checkDataFormat(data: DataSet, until: string): string[] {
  const context: RuleContext = { data, until, problems: [] };
  checkOrganisation(context);
  checkStaff(context);
  checkCases(context);
  checkHoldingsAndContacts(context);
  checkComplaintsAndAppeals(context);
  return context.problems;
}

function checkOrganisation(context: RuleContext): void {
  const { data } = context;
  const departments = idsOf(data, 'departments.csv', 'department_id');
  const d = rulesFor(context, 'departments.csv');
  d.uniqueKey(['department_id']);
  const parentOf = new Map((data['departments.csv'] ?? []).map((r) => [r.department_id ?? '', r.parent_id ?? '']));
  (data['departments.csv'] ?? []).forEach((r, i) => {
    d.id(i, r, 'department_id');
    d.reference(i, r, 'parent_id', departments, true);
    if (!r.name) d.say(i, 'name is empty');
    const seen = new Set<string>();
    for (let at = r.department_id ?? ''; at !== ''; at = parentOf.get(at) ?? '') {
      if (seen.has(at)) { d.say(i, `cycle through ${at}`); break; }
      seen.add(at);
    }
  });
  const t = rulesFor(context, 'case_types.csv');
  t.uniqueKey(['case_type_id']);
  (data['case_types.csv'] ?? []).forEach((r, i) => {
    t.id(i, r, 'case_type_id');
    t.reference(i, r, 'department_id', departments);
    if (!r.name) t.say(i, 'name is empty');
  });
  const types = idsOf(data, 'case_types.csv', 'case_type_id');
  const l = rulesFor(context, 'deadlines.csv');
  l.uniqueKey(['case_type_id', 'effective_from']);
  (data['deadlines.csv'] ?? []).forEach((r, i) => {
    l.reference(i, r, 'case_type_id', types);
    l.date(i, r, 'effective_from');
    if (!/^[1-9]\d*$/.test(r.deadline_value ?? '')) l.say(i, `deadline_value "${r.deadline_value}"`);
    l.oneOf(i, r, 'deadline_unit', ['days', 'weeks', 'months']);
  });
}

function checkStaff(context: RuleContext): void {
  const { data } = context;
  const c = rulesFor(context, 'caseworkers.csv');
  c.uniqueKey(['caseworker_id']);
  (data['caseworkers.csv'] ?? []).forEach((r, i) => {
    c.id(i, r, 'caseworker_id');
    if (!r.display_name) c.say(i, 'display_name is empty');
  });
  const caseworkers = idsOf(data, 'caseworkers.csv', 'caseworker_id');
  const departments = idsOf(data, 'departments.csv', 'department_id');
  const e = rulesFor(context, 'employments.csv');
  e.uniqueKey(['caseworker_id', 'start_date']);
  (data['employments.csv'] ?? []).forEach((r, i) => {
    e.reference(i, r, 'caseworker_id', caseworkers);
    e.reference(i, r, 'department_id', departments);
    e.date(i, r, 'start_date');
    e.date(i, r, 'end_date', true);
    e.oneOf(i, r, 'end_reason', ['resigned', 'retired', 'dismissed', 'transferred', 'other'], true);
    if ((r.end_date === '') !== (r.end_reason === '')) e.say(i, 'end_reason must be empty exactly when end_date is');
    if (r.end_date && (r.end_date ?? '') < (r.start_date ?? '')) e.say(i, 'end_date before start_date');
  });
  checkNoOverlaps(context, 'employments.csv', 'caseworker_id', 'start_date', 'end_date');
}

function checkCases(context: RuleContext): void {
  const { data } = context;
  const types = idsOf(data, 'case_types.csv', 'case_type_id');
  const departments = idsOf(data, 'departments.csv', 'department_id');
  const k = rulesFor(context, 'cases.csv');
  k.uniqueKey(['case_id']);
  (data['cases.csv'] ?? []).forEach((r, i) => {
    k.id(i, r, 'case_id');
    k.id(i, r, 'citizen_id');
    k.reference(i, r, 'case_type_id', types);
    k.reference(i, r, 'department_id', departments);
    k.date(i, r, 'received_on');
    k.date(i, r, 'decided_on', true);
    k.date(i, r, 'closed_on', true);
    k.oneOf(i, r, 'outcome', OUTCOMES, true);
    const { received_on: received = '', decided_on: decided = '', closed_on: closed = '', outcome = '' } = r;
    if (decided && decided < received) k.say(i, 'decided_on before received_on');
    if (closed && closed < received) k.say(i, 'closed_on before received_on');
    if (closed && decided && closed < decided) k.say(i, 'closed_on before decided_on');
    if ((outcome === '') !== (decided === '' && closed === '')) k.say(i, 'outcome must be empty exactly when neither decided nor closed');
    if (outcome === 'withdrawn' && (decided !== '' || closed === '')) k.say(i, 'withdrawn needs closed_on and no decided_on');
    if (outcome !== '' && outcome !== 'withdrawn' && decided === '') k.say(i, `${outcome} without decided_on`);
  });
}

function checkHoldingsAndContacts(context: RuleContext): void {
  const { data } = context;
  const cases = idsOf(data, 'cases.csv', 'case_id');
  const caseworkers = idsOf(data, 'caseworkers.csv', 'caseworker_id');
  const a = rulesFor(context, 'assignments.csv');
  a.uniqueKey(['case_id', 'assigned_from']);
  (data['assignments.csv'] ?? []).forEach((r, i) => {
    a.reference(i, r, 'case_id', cases);
    a.reference(i, r, 'caseworker_id', caseworkers);
    a.date(i, r, 'assigned_from');
    a.date(i, r, 'assigned_to', true);
    if (r.assigned_to && (r.assigned_to ?? '') < (r.assigned_from ?? '')) a.say(i, 'assigned_to before assigned_from');
  });
  checkNoOverlaps(context, 'assignments.csv', 'case_id', 'assigned_from', 'assigned_to');
  const c = rulesFor(context, 'contacts.csv');
  (data['contacts.csv'] ?? []).forEach((r, i) => {
    c.reference(i, r, 'case_id', cases);
    c.reference(i, r, 'caseworker_id', caseworkers);
    c.date(i, r, 'contact_on');
    c.oneOf(i, r, 'channel', ['meeting', 'phone', 'letter', 'email', 'digital']);
  });
}

function checkComplaintsAndAppeals(context: RuleContext): void {
  const { data } = context;
  const cases = idsOf(data, 'cases.csv', 'case_id');
  const departments = idsOf(data, 'departments.csv', 'department_id');
  const m = rulesFor(context, 'complaints.csv');
  m.uniqueKey(['complaint_id']);
  (data['complaints.csv'] ?? []).forEach((r, i) => {
    m.id(i, r, 'complaint_id');
    m.reference(i, r, 'department_id', departments);
    m.reference(i, r, 'case_id', cases, true);
    m.date(i, r, 'received_on');
    m.oneOf(i, r, 'category', ['processing_time', 'service', 'status_information', 'decision', 'other']);
  });
  const p = rulesFor(context, 'appeals.csv');
  p.uniqueKey(['case_id', 'appealed_on']);
  (data['appeals.csv'] ?? []).forEach((r, i) => {
    p.reference(i, r, 'case_id', cases);
    p.date(i, r, 'appealed_on');
    p.date(i, r, 'decided_on', true);
    p.oneOf(i, r, 'outcome', ['upheld', 'changed', 'remitted', 'dismissed'], true);
    if ((r.decided_on === '') !== (r.outcome === '')) p.say(i, 'decided_on and outcome must be both set or both empty');
    if (r.decided_on && (r.decided_on ?? '') < (r.appealed_on ?? '')) p.say(i, 'decided_on before appealed_on');
  });
}
