// The stories the demo must tell (volume, seasonality, deadlines), on a scale 0.2 data set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoFolders } from './fixtures';
import { readDataSet, type DataSet, type Row } from './data-set-checker';
import { HANDICAP, countBy, dayNumber, dueDate, field, groupBy, isoDay, rowsOf } from './story-figures';

const SCALE = 0.2;
const folders = new DemoFolders();
let data: DataSet;
let cases: Row[];

beforeAll(async () => {
  await folders.setUp();
  data = readDataSet((await folders.generate({ scale: SCALE })).dir);
  cases = rowsOf(data, 'cases.csv');
});
afterAll(() => folders.tearDown());

const FULL_YEARS = ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const inHandicap = (c: Row) => field(c, 'department_id').startsWith(HANDICAP);

describe('volume', () => {
  it('the handicap centre receives about 14,000 × scale applications a year, the other units 8,000–10,000 × scale', () => {
    const handicap = countBy(cases.filter(inHandicap), (c) => field(c, 'received_on').slice(0, 4));
    const others = countBy(cases.filter((c) => !inHandicap(c)), (c) => field(c, 'received_on').slice(0, 4));
    for (const year of FULL_YEARS) {
      expect(handicap.get(year), year).toBeGreaterThan(14_000 * SCALE * 0.85);
      expect(handicap.get(year), year).toBeLessThan(14_000 * SCALE * 1.15);
      expect(others.get(year), year).toBeGreaterThan(8_000 * SCALE);
      expect(others.get(year), year).toBeLessThan(10_000 * SCALE * 1.05);
    }
  });

  it('dips in July and December', () => {
    const fullYears = cases.filter((c) => FULL_YEARS.includes(field(c, 'received_on').slice(0, 4)));
    const byMonth = countBy(fullYears, (c) => field(c, 'received_on').slice(5, 7));
    const monthlyMean = fullYears.length / 12;
    expect((byMonth.get('07') ?? 0) / monthlyMean).toBeLessThan(0.75);
    expect((byMonth.get('12') ?? 0) / monthlyMean).toBeLessThan(0.92);
    expect((byMonth.get('09') ?? 0) / monthlyMean).toBeGreaterThan(1.02);
  });
});

describe('deadlines', () => {
  const rulesOf = () => groupBy(rowsOf(data, 'deadlines.csv'), (d) => field(d, 'case_type_id'));
  const typeOf = () => new Map(rowsOf(data, 'case_types.csv').map((t) => [field(t, 'case_type_id'), t]));

  it('were extended in 2018 for handicap types holding about 4 % of the centre’s applications', () => {
    const types = typeOf();
    const extended = rowsOf(data, 'deadlines.csv').filter((d) => field(d, 'effective_from').startsWith('2018')
      && field(types.get(field(d, 'case_type_id')) ?? {}, 'department_id').startsWith(HANDICAP));
    expect(extended.length).toBeGreaterThanOrEqual(2);
    for (const rule of extended) {
      const received = field(rule, 'effective_from');
      const before = dueDate(dayBefore(received), rulesOf().get(field(rule, 'case_type_id')) ?? []) ?? '';
      const after = dueDate(received, rulesOf().get(field(rule, 'case_type_id')) ?? []) ?? '';
      expect(dayNumber(after) - dayNumber(received)).toBeGreaterThan(dayNumber(before) - dayNumber(dayBefore(received)));
    }
    const extendedTypes = new Set(extended.map((d) => field(d, 'case_type_id')));
    const handicap = cases.filter(inHandicap);
    const share = handicap.filter((c) => extendedTypes.has(field(c, 'case_type_id'))).length / handicap.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.055);
  });

  it('include days, weeks and months, a later change, a deadline introduced late and a type without one', () => {
    const rules = rulesOf();
    expect(new Set(rowsOf(data, 'deadlines.csv').map((d) => field(d, 'deadline_unit')))).toEqual(new Set(['days', 'weeks', 'months']));
    expect(rowsOf(data, 'deadlines.csv').filter((d) => field(d, 'effective_from') >= '2019-06-01').length).toBeGreaterThanOrEqual(2);
    const withoutDueDate = cases.filter((c) => rules.has(field(c, 'case_type_id')) && dueDate(field(c, 'received_on'), rules.get(field(c, 'case_type_id')) ?? []) === null);
    expect(withoutDueDate.length).toBeGreaterThan(50);
    expect(withoutDueDate.every((c) => field(c, 'received_on') < '2020-01-01')).toBe(true);
    const untyped = rowsOf(data, 'case_types.csv').filter((t) => !rules.has(field(t, 'case_type_id')));
    expect(untyped.length).toBeGreaterThanOrEqual(1);
    expect(rowsOf(data, 'case_types.csv').length).toBeGreaterThanOrEqual(30);
  });

  it('are mostly met (70–90 %), while some types are chronically late', () => {
    const rules = rulesOf();
    const timely = new Map<string, [number, number]>();
    for (const c of cases) {
      const due = dueDate(field(c, 'received_on'), rules.get(field(c, 'case_type_id')) ?? []);
      if (!field(c, 'decided_on') || due === null) continue;
      const [onTime, all] = timely.get(field(c, 'case_type_id')) ?? [0, 0];
      timely.set(field(c, 'case_type_id'), [onTime + (field(c, 'decided_on') <= due ? 1 : 0), all + 1]);
    }
    const total = [...timely.values()].reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
    expect(total[0] / total[1]).toBeGreaterThan(0.7);
    expect(total[0] / total[1]).toBeLessThan(0.9);
    const chronicallyLate = [...timely.values()].filter(([onTime, all]) => onTime / all < 0.6);
    expect(chronicallyLate.length).toBeGreaterThanOrEqual(2);
  });
});

function dayBefore(iso: string): string {
  return isoDay(dayNumber(iso) - 1);
}
