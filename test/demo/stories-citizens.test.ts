// Stories about citizens: outcomes, contacts, citizens across units (with CPR-shaped ids),
// complaints to the citizens' advisor and appeals to the national appeals board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoFolders, UNTIL } from './fixtures';
import { isIsoDate, readDataSet, type DataSet, type Row } from './data-set-checker';
import { STRAINED, countBy, dayNumber, field, groupBy, rowsOf } from './story-figures';

const folders = new DemoFolders();
let data: DataSet;
let cases: Row[];
let caseById: Map<string, Row>;

beforeAll(async () => {
  await folders.setUp();
  data = readDataSet((await folders.generate({ scale: 0.2 })).dir);
  cases = rowsOf(data, 'cases.csv');
  caseById = new Map(cases.map((c) => [field(c, 'case_id'), c]));
});
afterAll(() => folders.tearDown());

const CPR = /^(\d{2})(\d{2})(\d{2})-?\d{4}$/;
const person = (citizenId: string) => citizenId.replace('-', '');
const share = (part: number, whole: number) => part / whole;

describe('outcomes and contacts', () => {
  it('are mostly granted, then refused, partially granted, dismissed; 5–8 % withdrawn; open cases near until', () => {
    const outcomes = countBy(cases, (c) => field(c, 'outcome'));
    const ended = cases.length - (outcomes.get('') ?? 0);
    const [granted, refused, partial, dismissed] = ['granted', 'refused', 'partially_granted', 'dismissed'].map((o) => outcomes.get(o) ?? 0) as [number, number, number, number];
    expect(granted).toBeGreaterThan(refused);
    expect(refused).toBeGreaterThan(partial);
    expect(partial).toBeGreaterThan(dismissed);
    expect(dismissed).toBeGreaterThan(0);
    expect(share(outcomes.get('withdrawn') ?? 0, ended)).toBeGreaterThan(0.05);
    expect(share(outcomes.get('withdrawn') ?? 0, ended)).toBeLessThan(0.08);
    const lastMonth = cases.filter((c) => dayNumber(UNTIL) - dayNumber(field(c, 'received_on')) < 30);
    expect(share(lastMonth.filter((c) => field(c, 'outcome') === '').length, lastMonth.length)).toBeGreaterThan(0.6);
  });

  it('record 1–3 contacts on a good share of cases, mostly by the caseworker holding the case that day', () => {
    const contacts = rowsOf(data, 'contacts.csv');
    const perCase = countBy(contacts, (c) => field(c, 'case_id'));
    expect(share(perCase.size, cases.length)).toBeGreaterThan(0.45);
    expect(share(perCase.size, cases.length)).toBeLessThan(0.8);
    expect(share(contacts.length, perCase.size)).toBeGreaterThan(1.2);
    expect(share(contacts.length, perCase.size)).toBeLessThan(3);
    const held = groupBy(rowsOf(data, 'assignments.csv'), (a) => field(a, 'case_id'));
    const byHolder = contacts.filter((c) => (held.get(field(c, 'case_id')) ?? []).some((a) => a.caseworker_id === c.caseworker_id
      && field(a, 'assigned_from') <= field(c, 'contact_on') && (field(a, 'assigned_to') || UNTIL) >= field(c, 'contact_on')));
    expect(share(byHolder.length, contacts.length)).toBeGreaterThan(0.85);
    expect(contacts.every((c) => field(c, 'contact_on') >= field(caseById.get(field(c, 'case_id')) ?? {}, 'received_on'))).toBe(true);
    expect(new Set(contacts.map((c) => c.channel)).size).toBe(5);
  });
});

describe('citizens', () => {
  it('often have several cases, some in two units at once', () => {
    const byPerson = groupBy(cases, (c) => person(field(c, 'citizen_id')));
    expect(share([...byPerson.values()].filter((own) => own.length > 1).length, byPerson.size)).toBeGreaterThan(0.2);
    expect(share([...byPerson.values()].filter((own) => own.length > 1).length, byPerson.size)).toBeLessThan(0.5);
    const atOnce = (a: string, b: string) => [...byPerson.values()].filter((own) => own.some((x) => own.some((y) =>
      field(x, 'department_id') === a && field(y, 'department_id') === b && field(x, 'received_on') <= (field(y, 'closed_on') || UNTIL)
      && field(y, 'received_on') <= (field(x, 'closed_on') || UNTIL)))).length;
    expect(atOnce('SOF.BCH.BORN', 'BUF.FAM')).toBeGreaterThan(50);
    expect(atOnce('BUF.FAM', 'BIF.JC')).toBeGreaterThan(20);
  });

  it('belong to one municipality, so a citizen of Familieafdelingen and Jobcentret is one person across its departments', () => {
    const roots = rowsOf(data, 'departments.csv').filter((d) => field(d, 'parent_id') === '');
    expect(roots.map((d) => field(d, 'department_id'))).toEqual(['KOM']);
  });

  it('wait longer when they also have cases in another unit, within the same unit and case type', () => {
    const unitsOf = new Map<string, Set<string>>();
    for (const c of cases) {
      const units = unitsOf.get(person(field(c, 'citizen_id'))) ?? new Set<string>();
      units.add(field(c, 'department_id'));
      unitsOf.set(person(field(c, 'citizen_id')), units);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    let slower = 0;
    let compared = 0;
    for (const [, own] of groupBy(cases.filter((c) => field(c, 'decided_on') !== ''), (c) => field(c, 'case_type_id'))) {
      const days = (c: Row) => dayNumber(field(c, 'decided_on')) - dayNumber(field(c, 'received_on'));
      const cross = own.filter((c) => unitsOf.get(person(field(c, 'citizen_id')))!.size > 1).map(days);
      const others = own.filter((c) => unitsOf.get(person(field(c, 'citizen_id')))!.size === 1).map(days);
      if (cross.length < 30 || others.length < 30) continue;
      compared += 1;
      if (median(cross) > 1.05 * median(others)) slower += 1;
    }
    expect(compared).toBeGreaterThan(5);
    expect(slower / compared).toBeGreaterThan(0.8);
  });

  it('are pseudonyms, about 10 % CPR-shaped with valid birth dates, some written both with and without hyphen', () => {
    const ids = new Set(cases.map((c) => field(c, 'citizen_id')));
    const people = new Set([...ids].map(person));
    const cprPeople = [...people].filter((id) => CPR.test(id));
    expect(share(cprPeople.length, people.size)).toBeGreaterThan(0.07);
    expect(share(cprPeople.length, people.size)).toBeLessThan(0.13);
    for (const id of cprPeople) {
      const [, dd, mm, yy] = CPR.exec(id) as RegExpExecArray;
      expect(isIsoDate(`19${yy}-${mm}-${dd}`) || isIsoDate(`20${yy}-${mm}-${dd}`), id).toBe(true);
    }
    const bothSpellings = [...ids].filter((id) => id.includes('-') && ids.has(id.replace('-', '')));
    expect(bothSpellings.length).toBeGreaterThan(50);
    expect([...people].filter((id) => !CPR.test(id)).every((id) => /^B\d{8}$/.test(id))).toBe(true);
  });
});

describe('complaints and appeals', () => {
  it('complaints come from 0.5–1 % of cases, mostly about processing time, more so in the strained unit', () => {
    const complaints = rowsOf(data, 'complaints.csv');
    expect(share(complaints.length, cases.length)).toBeGreaterThan(0.005);
    expect(share(complaints.length, cases.length)).toBeLessThan(0.01);
    const byCategory = countBy(complaints, (c) => field(c, 'category'));
    const core = ['processing_time', 'service', 'status_information'].map((k) => byCategory.get(k) ?? 0) as [number, number, number];
    const coreTotal = core[0] + core[1] + core[2];
    // The citizens' advisor's proportions 279 : 129 : 53.
    expect(share(core[0], coreTotal)).toBeCloseTo(279 / 461, 1);
    expect(share(core[1], coreTotal)).toBeCloseTo(129 / 461, 1);
    expect(share(core[2], coreTotal)).toBeCloseTo(53 / 461, 1);
    expect((byCategory.get('decision') ?? 0) * (byCategory.get('other') ?? 0)).toBeGreaterThan(0);
    expect(share(complaints.filter((c) => field(c, 'case_id') === '').length, complaints.length)).toBeGreaterThan(0.05);
    expect(complaints.every((c) => !c.case_id || field(caseById.get(field(c, 'case_id')) ?? {}, 'department_id') === c.department_id)).toBe(true);
    const latenessRate = (inUnit: (d: string) => boolean) => share(
      complaints.filter((c) => inUnit(field(c, 'department_id')) && c.category === 'processing_time' && field(c, 'received_on') >= '2023').length,
      cases.filter((c) => inUnit(field(c, 'department_id')) && field(c, 'received_on') >= '2023').length);
    expect(latenessRate((d) => d === STRAINED)).toBeGreaterThan(1.6 * latenessRate((d) => d !== STRAINED));
  });

  it('appeals follow refusals and partial grants, 25–35 % are reversed, some pending, some cases appealed twice', () => {
    const appeals = rowsOf(data, 'appeals.csv');
    const outcomes = countBy(appeals, (a) => field(a, 'outcome'));
    const [upheld, changed, remitted] = ['upheld', 'changed', 'remitted'].map((o) => outcomes.get(o) ?? 0) as [number, number, number];
    const reversal = (changed + remitted) / (upheld + changed + remitted);
    expect(reversal).toBeGreaterThan(0.25);
    expect(reversal).toBeLessThan(0.35);
    expect(outcomes.get('dismissed')).toBeGreaterThan(0);
    const pending = appeals.filter((a) => field(a, 'decided_on') === '');
    expect(pending.length).toBeGreaterThan(10);
    expect(pending.every((a) => field(a, 'appealed_on') >= '2025-06-01')).toBe(true);
    expect([...countBy(appeals, (a) => field(a, 'case_id')).values()].some((n) => n > 1)).toBe(true);
    for (const a of appeals) {
      const appealed = caseById.get(field(a, 'case_id')) ?? {};
      expect(['refused', 'partially_granted']).toContain(field(appealed, 'outcome'));
      expect(field(a, 'appealed_on') > field(appealed, 'decided_on')).toBe(true);
    }
    const refusals = cases.filter((c) => ['refused', 'partially_granted'].includes(field(c, 'outcome'))).length;
    expect(share(new Set(appeals.map((a) => a.case_id)).size, refusals)).toBeGreaterThan(0.02);
    expect(share(new Set(appeals.map((a) => a.case_id)).size, refusals)).toBeLessThan(0.1);
  });
});
