// Complaints for the committee on the hand-made data set (test/fixtures/complaints/README.md,
// "The committee"): counts of 1–4 are "< 5", a lone hidden category gets a partner withheld
// (secondary suppression with the total), per-1,000 figures go with their counts and are withheld
// on a base of 1–4, and are simply null on a base of 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testViewer, type TestApi } from '../helpers/api';
import { AS_OF, P, data, startComplaintsApi } from '../complaints/fixture';

let api: TestApi;
beforeAll(async () => { api = await startComplaintsApi(); });
afterAll(async () => { await api.stop(); });

const committee = { viewer: testViewer('committee') };
const COMPLAINTS = 'total decisions per1000Decisions withheld suppressed { field reason } byCategory { count per1000Decisions withheld reason }';
const QUERY = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  complaints { ${COMPLAINTS} } children { complaints { ${COMPLAINTS} } }
  quarters: complaintsOverTime(granularity: QUARTER) { from ${COMPLAINTS} } } }`;

interface Category { count: number | null; per1000Decisions: number | null; withheld: boolean; reason: string | null }
interface ComplaintsFigure {
  total: number | null; decisions: number | null; per1000Decisions: number | null; withheld: boolean;
  suppressed: { field: string; reason: string }[]; byCategory: Category[];
}
interface Figures { complaints: ComplaintsFigure; children: { complaints: ComplaintsFigure }[]; quarters: ComplaintsFigure[] }

async function figures(scope: string): Promise<Figures> {
  return (await data<{ figures: Figures }>(api, QUERY, { scope, period: P, asOf: AS_OF }, committee)).figures;
}

const cells = (c: ComplaintsFigure) => c.byCategory.map((x) => [x.count, x.per1000Decisions, x.reason]);

describe('complaints for the committee', () => {
  it('withholds the one "< 5" category and its smallest non-zero partner, and their per-1,000 figures', async () => {
    const root = (await figures('ROOT')).complaints;
    expect(root).toMatchObject({ total: 12, decisions: 6, per1000Decisions: 2000, withheld: false, suppressed: [] });
    expect(cells(root)).toEqual([[null, null, 'SECONDARY'], [6, 1000, null], [null, null, 'BELOW_FIVE'], [0, 0, null], [0, 0, null]]);
    expect(root.byCategory.map((c) => c.withheld)).toEqual([true, false, true, false, false]);
  });

  it('needs no partner when two categories are "< 5"', async () => {
    const a = (await figures('A')).complaints;
    expect(a).toMatchObject({ total: 10, decisions: 6, withheld: false });
    expect(a.per1000Decisions).toBeCloseTo(10000 / 6, 9);
    expect(cells(a)).toEqual([[null, null, 'BELOW_FIVE'], [5, expect.closeTo(5000 / 6, 9), null], [null, null, 'BELOW_FIVE'], [0, 0, null], [0, 0, null]]);
  });

  it('withholds every per-1,000 figure on a base of 1–4, the counts of 1–4 as "< 5"', async () => {
    const a1 = (await figures('A1')).complaints;
    expect(a1).toMatchObject({ total: null, decisions: null, per1000Decisions: null, withheld: true });
    expect(a1.suppressed).toEqual([
      { field: 'per1000Decisions', reason: 'SMALL_BASE' }, { field: 'total', reason: 'BELOW_FIVE' }, { field: 'decisions', reason: 'BELOW_FIVE' },
    ]);
    expect(cells(a1)).toEqual([
      [null, null, 'BELOW_FIVE'], [null, null, 'BELOW_FIVE'], [null, null, 'BELOW_FIVE'], [0, null, 'SMALL_BASE'], [0, null, 'SMALL_BASE'],
    ]);
  });

  it('gives null, not withheld, per 1,000 where nothing was decided', async () => {
    const [, b, c] = (await figures('ROOT')).children.map((child) => child.complaints);
    expect(b).toMatchObject({ total: null, decisions: 0, per1000Decisions: null, suppressed: [{ field: 'total', reason: 'BELOW_FIVE' }] });
    expect(cells(b!)).toEqual([[null, null, 'BELOW_FIVE'], [null, null, 'BELOW_FIVE'], [0, null, null], [0, null, null], [0, null, null]]);
    expect(b!.byCategory.slice(2).every((x) => !x.withheld)).toBe(true);
    expect(c).toMatchObject({ total: 0, decisions: 0, per1000Decisions: null, withheld: false, suppressed: [] });
    expect(cells(c!)).toEqual(Array.from({ length: 5 }, () => [0, null, null]));
  });

  it('controls each quarter on its own', async () => {
    const [q1, q2] = (await figures('ROOT')).quarters;
    expect(q1).toMatchObject({ total: 5, decisions: null, per1000Decisions: null, withheld: true });
    expect(cells(q1!)).toEqual([
      [null, null, 'BELOW_FIVE'], [null, null, 'BELOW_FIVE'], [null, null, 'BELOW_FIVE'], [0, null, 'SMALL_BASE'], [0, null, 'SMALL_BASE'],
    ]);
    expect(q2).toMatchObject({ total: 7, decisions: null, per1000Decisions: null });
    expect(cells(q2!).map((c) => c[2])).toEqual(['BELOW_FIVE', 'BELOW_FIVE', 'SMALL_BASE', 'SMALL_BASE', 'SMALL_BASE']);
  });
});
