// Appeals through the API on the hand-made data set (test/fixtures/complaints/README.md,
// "Appeals"): outcomes of the appeals decided in P on the scope's cases, the pending ones on A,
// the reversal rate without dismissed appeals, the as-of view, and the committee's view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testViewer, type TestApi } from '../helpers/api';
import { AS_OF, P, data, startComplaintsApi } from '../complaints/fixture';

let api: TestApi;
beforeAll(async () => { api = await startComplaintsApi(); });
afterAll(async () => { await api.stop(); });

const APPEALS = 'decided upheld changed remitted dismissed pending reversalRate withheld suppressed { field reason }';
const QUERY = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  appeals { ${APPEALS} } children { scope { id } appeals { ${APPEALS} } } } }`;

type Appeals = Record<string, unknown>;
interface Figures { appeals: Appeals; children: { scope: { id: string }; appeals: Appeals }[] }

async function figures(variables: Record<string, unknown> = {}, viewer = testViewer('director')): Promise<Figures> {
  return (await data<{ figures: Figures }>(api, QUERY, { scope: 'ROOT', period: P, asOf: AS_OF, ...variables }, { viewer })).figures;
}

/** [decided, upheld, changed, remitted, dismissed, pending, reversalRate] */
const row = (a: Appeals) => [a.decided, a.upheld, a.changed, a.remitted, a.dismissed, a.pending, a.reversalRate];

describe('appeals for the director', () => {
  it('counts the appeals decided in P by outcome, the pending ones, and the reversal rate without dismissals', async () => {
    const f = await figures();
    expect(row(f.appeals)).toEqual([6, 3, 1, 1, 1, 2, 0.4]);
    expect(f.appeals).toMatchObject({ withheld: false, suppressed: [] });
    expect(f.children.map((c) => [c.scope.id, ...row(c.appeals)])).toEqual([
      ['A', 4, 2, 1, 0, 1, 2, expect.closeTo(1 / 3, 12)], ['B', 2, 1, 0, 1, 0, 0, 0.5], ['C', 0, 0, 0, 0, 0, 0, null],
    ]);
  });

  it('counts appeals by the case\'s department, the team\'s within its parent\'s', async () => {
    expect(row((await figures({ scope: 'A1' })).appeals)).toEqual([1, 1, 0, 0, 0, 1, 0]);
  });

  it('takes appeals as known on the as-of date: later decisions are pending, later appeals do not exist', async () => {
    expect(row((await figures({ asOf: '2024-05-10' })).appeals)).toEqual([3, 1, 0, 1, 1, 4, 0.5]);
    // July, as of 10 July: C03's appeal is decided on 8 July; C06's appeal (12 July) does not exist.
    expect(row((await figures({ scope: 'A', period: { from: '2024-07-01', to: '2024-07-31' } })).appeals)).toEqual([1, 0, 1, 0, 0, 2, 1]);
  });
});

describe('appeals for the committee', () => {
  const committee = testViewer('committee');

  it('shows "< 5" for small outcome counts and withholds a reversal rate that would give them away', async () => {
    const root = (await figures({}, committee)).appeals;
    expect(row(root)).toEqual([6, null, null, null, null, null, null]);
    expect(root.suppressed).toEqual([
      { field: 'reversalRate', reason: 'SECONDARY' },
      ...['upheld', 'changed', 'remitted', 'dismissed', 'pending'].map((field) => ({ field, reason: 'BELOW_FIVE' })),
    ]);
  });

  it('withholds the reversal rate on a base of 1–4 and gives null, not withheld, at 0', async () => {
    const { children } = await figures({}, committee);
    expect(children[0]!.appeals.suppressed).toContainEqual({ field: 'reversalRate', reason: 'SMALL_BASE' });
    expect(children[2]!.appeals).toMatchObject({ decided: 0, pending: 0, reversalRate: null, withheld: false, suppressed: [] });
  });
});
