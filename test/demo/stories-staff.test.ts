// Stories about caseworkers: employment histories, the fixed caseworker, and the unit
// under strain from 2022 (turnover, caseworker changes, backlog, processing times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoFolders, UNTIL } from './fixtures';
import { readDataSet, type DataSet, type Row } from './data-set-checker';
import {
  HANDICAP, STRAINED, averageHeadcount, backlog, caseworkerChanges, dayNumber, field, groupBy, rowsOf,
} from './story-figures';

const folders = new DemoFolders();
let data: DataSet;
let cases: Row[];
let employments: Row[];
let assignmentsByCase: Map<string, Row[]>;

beforeAll(async () => {
  await folders.setUp();
  data = readDataSet((await folders.generate({ scale: 0.2 })).dir);
  cases = rowsOf(data, 'cases.csv');
  employments = rowsOf(data, 'employments.csv');
  assignmentsByCase = groupBy(rowsOf(data, 'assignments.csv'), (a) => field(a, 'case_id'));
});
afterAll(() => folders.tearDown());

const units = () => [...new Set(cases.map((c) => field(c, 'department_id')))];

/** Leavers ÷ average headcount, annualised, over [from, to] (metrics.md, without same-unit restarts). */
function turnover(departments: string[], from: string, to: string): number {
  const leavers = employments.filter((e) => departments.includes(field(e, 'department_id'))
    && field(e, 'end_date') >= from && field(e, 'end_date') <= to && field(e, 'end_date') !== '').length;
  const headcount = departments.reduce((sum, d) => sum + averageHeadcount(employments, d, from, to), 0);
  return (leavers / headcount) * (365 / (dayNumber(to) - dayNumber(from) + 1));
}

/** Share of cases decided in [from, to] with at least one caseworker change. */
function changedShare(departments: string[], from: string, to: string): number {
  const decided = cases.filter((c) => departments.includes(field(c, 'department_id'))
    && field(c, 'decided_on') >= from && field(c, 'decided_on') <= to);
  const changes = decided.map((c) => caseworkerChanges(field(c, 'decided_on'), assignmentsByCase.get(field(c, 'case_id')) ?? []));
  const counted = changes.filter((c) => c !== null);
  return counted.filter((c) => c.changes > 0).length / counted.length;
}

function medianProcessingDays(departmentId: string, year: string): number {
  const days = cases.filter((c) => field(c, 'department_id') === departmentId && field(c, 'decided_on').startsWith(year))
    .map((c) => dayNumber(field(c, 'decided_on')) - dayNumber(field(c, 'received_on')))
    .sort((a, b) => a - b);
  return days[Math.floor(days.length / 2)] ?? 0;
}

describe('the unit under strain (Myndighed Voksne from 2022)', () => {
  it('loses staff at least twice as fast as the other units', () => {
    const others = units().filter((u) => u !== STRAINED);
    expect(turnover([STRAINED], '2017-01-01', '2021-12-31')).toBeLessThan(0.2);
    expect(turnover([STRAINED], '2023-01-01', '2025-12-31')).toBeGreaterThan(2 * turnover(others, '2023-01-01', '2025-12-31'));
  });

  it('changes caseworkers on a clearly larger share of its cases, while most cases keep one caseworker', () => {
    const others = units().filter((u) => u !== STRAINED);
    const strained = changedShare([STRAINED], '2023-01-01', UNTIL);
    expect(strained).toBeGreaterThan(2 * changedShare(others, '2023-01-01', UNTIL));
    expect(strained).toBeGreaterThan(changedShare([STRAINED], '2017-01-01', '2021-06-30') * 2);
    expect(changedShare(units(), '2017-01-01', UNTIL)).toBeLessThan(0.15);
  });

  it('builds up a backlog and slows down, while a steady unit does not', () => {
    expect(backlog(cases, STRAINED, '2026-06-30')).toBeGreaterThan(1.6 * backlog(cases, STRAINED, '2021-06-30'));
    const steady = backlog(cases, 'SOF.BCH.BORN', '2026-06-30') / backlog(cases, 'SOF.BCH.BORN', '2021-06-30');
    expect(steady).toBeGreaterThan(0.7);
    expect(steady).toBeLessThan(1.4);
    expect(medianProcessingDays(STRAINED, '2025')).toBeGreaterThan(1.4 * medianProcessingDays(STRAINED, '2020'));
  });
});

describe('caseworkers and assignments', () => {
  it('have hires, resignations, retirements, dismissals, transfers (restarting 1–7 days later elsewhere) and rehires', () => {
    const reasons = new Set(employments.map((e) => field(e, 'end_reason')));
    expect(reasons).toEqual(new Set(['', 'resigned', 'retired', 'dismissed', 'transferred', 'other']));
    const byCaseworker = groupBy(employments, (e) => field(e, 'caseworker_id'));
    const transfers = employments.filter((e) => field(e, 'end_reason') === 'transferred' && field(e, 'end_date') < '2026-11-16');
    expect(transfers.length).toBeGreaterThan(3);
    for (const t of transfers) {
      const next = (byCaseworker.get(field(t, 'caseworker_id')) ?? []).find((e) => field(e, 'start_date') > field(t, 'end_date'));
      const gap = dayNumber(field(next ?? {}, 'start_date')) - dayNumber(field(t, 'end_date'));
      expect(gap).toBeGreaterThanOrEqual(1);
      expect(gap).toBeLessThanOrEqual(7);
      expect(field(next ?? {}, 'department_id')).not.toBe(field(t, 'department_id'));
    }
    const rehired = employments.filter((e) => (byCaseworker.get(field(e, 'caseworker_id')) ?? []).some((earlier) =>
      field(earlier, 'end_date') !== '' && dayNumber(field(e, 'start_date')) - dayNumber(field(earlier, 'end_date')) > 60));
    expect(rehired.length).toBeGreaterThan(0);
  });

  it('go to caseworkers employed in the case’s unit, and move the day after a caseworker leaves', () => {
    const periods = groupBy(employments, (e) => `${field(e, 'caseworker_id')}/${field(e, 'department_id')}`);
    const caseUnit = new Map(cases.map((c) => [field(c, 'case_id'), field(c, 'department_id')]));
    let movedOnLeaving = 0;
    for (const [caseId, held] of assignmentsByCase) {
      for (const a of held) {
        const employed = (periods.get(`${field(a, 'caseworker_id')}/${caseUnit.get(caseId)}`) ?? []).find((e) =>
          field(e, 'start_date') <= field(a, 'assigned_from') && (field(e, 'end_date') === '' || field(e, 'end_date') >= field(a, 'assigned_from')));
        expect(employed, `${caseId} ${field(a, 'caseworker_id')}`).toBeDefined();
        if (field(employed ?? {}, 'end_date') === field(a, 'assigned_to') && field(a, 'assigned_to') !== '') movedOnLeaving++;
      }
    }
    expect(movedOnLeaving).toBeGreaterThan(200);
    const sequences = cases.map((c) => caseworkerChanges(field(c, 'decided_on') || UNTIL, assignmentsByCase.get(field(c, 'case_id')) ?? []));
    expect(sequences.some((s) => s !== null && s.sequence.length >= 3 && s.sequence[0] === s.sequence[2])).toBe(true); // A→B→A
  });

  it('decide about 60–100 handicap cases and more benefit cases per caseworker-year', () => {
    const perCaseworkerYear = (departments: string[]) => {
      const decided = cases.filter((c) => departments.includes(field(c, 'department_id')) && field(c, 'decided_on').startsWith('2019')).length;
      return decided / departments.reduce((sum, d) => sum + averageHeadcount(employments, d, '2019-01-01', '2019-12-31'), 0);
    };
    const handicap = perCaseworkerYear(units().filter((u) => u.startsWith(HANDICAP)));
    expect(handicap).toBeGreaterThan(55);
    expect(handicap).toBeLessThan(105);
    expect(perCaseworkerYear(['BIF.YDK'])).toBeGreaterThan(150);
  });
});
