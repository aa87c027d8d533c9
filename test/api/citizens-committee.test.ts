// Citizens across departments for the committee on the hand-made data set
// (test/fixtures/citizens/README.md), where most counts are small: "< 5" for counts of 1–4,
// statistics withheld on a base below 5, and never a count of 1–4 anywhere in the answer (the
// director's answer to the same query has such counts, so the check is not vacuous).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, testViewer, type TestApi } from '../helpers/api';
import { AS_OF, CROSS_DEPARTMENT, H1, startCitizensApi } from '../citizens/fixture';

let api: TestApi;
beforeAll(async () => { api = await startCitizensApi(); });
afterAll(async () => { await api.stop(); });

const QUERY = `query($p: PeriodInput!, $a: Date!) { figures(scope: "ROOT", period: $p, asOf: $a) { ${CROSS_DEPARTMENT} children { ${CROSS_DEPARTMENT} } } }`;
const committee = { viewer: testViewer('committee') };

type Figure = Record<string, unknown> & { caseworkerHistogram: Record<string, unknown>[]; combinations: Record<string, unknown>[] };

async function figures(identity = committee): Promise<{ crossDepartment: Figure; children: { crossDepartment: Figure }[] }> {
  const result = await api.run(QUERY, { p: H1, a: AS_OF }, identity);
  expect(result.errors).toBeUndefined();
  return (result.data as { figures: { crossDepartment: Figure; children: { crossDepartment: Figure }[] } }).figures;
}

/** A bin's `caseworkers` is its label, not a count. */
const COUNTS = new Set(['citizens', 'crossDepartmentCitizens', 'decidedWithDueDateCrossDepartment', 'decidedWithDueDateOthers']);

function smallCounts(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => smallCounts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'number' && COUNTS.has(k) && v > 0 && v < 5 ? [`${path}.${k}=${v}`] : smallCounts(v, `${path}.${k}`));
  }
  return [];
}

describe('citizens across departments for the committee', () => {
  it('shows ROOT’s citizens and means, and no timeliness on fewer than 5 cases', async () => {
    const f = (await figures()).crossDepartment;
    expect(f).toMatchObject({
      citizens: 10, crossDepartmentCitizens: 5, crossDepartmentShare: 0.5, caseworkersPerCitizen: 1.7, caseworkersPerCrossDepartmentCitizen: 2.4,
      caseworkersPerOtherCitizen: 1, shareWithThreeOrMoreCaseworkersCrossDepartment: 0.4,
      decidedWithDueDateCrossDepartment: null, timelinessCrossDepartment: null, decidedWithDueDateOthers: null, timelinessOthers: null, withheld: true,
    });
    expect(f.suppressed).toEqual([
      { field: 'timelinessCrossDepartment', reason: 'SMALL_BASE' }, { field: 'timelinessOthers', reason: 'SMALL_BASE' },
      { field: 'decidedWithDueDateCrossDepartment', reason: 'BELOW_FIVE' }, { field: 'decidedWithDueDateOthers', reason: 'BELOW_FIVE' },
    ]);
    // Every bin has 1–4 citizens; the cross-department ones are 0, 0, 3, 2.
    expect(f.caseworkerHistogram.map((b) => [b.caseworkers, b.citizens, b.crossDepartmentCitizens, b.reason])).toEqual([
      [0, null, 0, 'BELOW_FIVE'], [1, null, 0, 'BELOW_FIVE'], [2, null, null, 'BELOW_FIVE'], [3, null, null, 'BELOW_FIVE'],
    ]);
    expect(f.combinations.map((c) => [c.citizens, c.withheld, c.reason])).toEqual([
      [null, true, 'BELOW_FIVE'], [null, true, 'BELOW_FIVE'], [null, true, 'BELOW_FIVE'], [null, true, 'BELOW_FIVE'],
    ]);
  });

  it('withholds a child’s single cross-department citizen and the share that would give it away', async () => {
    const a = (await figures()).children[0]!.crossDepartment;
    expect(a).toMatchObject({ citizens: 6, crossDepartmentCitizens: null, crossDepartmentShare: null, caseworkersPerCrossDepartmentCitizen: null });
    expect(a.caseworkersPerOtherCitizen).toBeCloseTo(6 / 5, 12);
    expect(a.suppressed).toEqual(expect.arrayContaining([
      { field: 'crossDepartmentShare', reason: 'SECONDARY' }, { field: 'crossDepartmentCitizens', reason: 'BELOW_FIVE' },
      { field: 'caseworkersPerCrossDepartmentCitizen', reason: 'SMALL_BASE' },
    ]));
  });

  it('never shows a count from 1 to 4', async () => {
    expect(smallCounts(await figures({ viewer: DIRECTOR })).length).toBeGreaterThan(0);
    expect(smallCounts(await figures())).toEqual([]);
  });
});
