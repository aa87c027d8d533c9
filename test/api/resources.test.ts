// Resources through the API on the hand-made data set (test/fixtures/complaints/README.md,
// "Resources"): the backlog per caseworker on A and the decisions per caseworker-year in P, from
// the deadline and staff figures, for the director and the committee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testViewer, type TestApi } from '../helpers/api';
import { AS_OF, P, data, startComplaintsApi } from '../complaints/fixture';

let api: TestApi;
beforeAll(async () => { api = await startComplaintsApi(); });
afterAll(async () => { await api.stop(); });

const RESOURCES = 'backlog headcountOnAsOf caseload decided averageHeadcount decisionsPerCaseworkerYear withheld suppressed { field reason }';
const QUERY = `query($scope: ID!, $period: PeriodInput!, $asOf: Date!) { figures(scope: $scope, period: $period, asOf: $asOf) {
  backlog { total } staff { headcountOnAsOf averageHeadcount } timeliness { decided }
  resources { ${RESOURCES} } children { scope { id } resources { ${RESOURCES} } } } }`;

type Resources = Record<string, unknown>;
interface Figures {
  backlog: { total: number }; staff: { headcountOnAsOf: number; averageHeadcount: number }; timeliness: { decided: number };
  resources: Resources; children: { scope: { id: string }; resources: Resources }[];
}

async function figures(variables: Record<string, unknown> = {}, viewer = testViewer('director')): Promise<Figures> {
  return (await data<{ figures: Figures }>(api, QUERY, { scope: 'ROOT', period: P, asOf: AS_OF, ...variables }, { viewer })).figures;
}

const close = (x: number) => expect.closeTo(x, 12);
/** [backlog, headcountOnAsOf, caseload, decided, averageHeadcount, decisionsPerCaseworkerYear] */
const row = (r: Resources) => [r.backlog, r.headcountOnAsOf, r.caseload, r.decided, r.averageHeadcount, r.decisionsPerCaseworkerYear];

describe('resources for the director', () => {
  it('divides the backlog by the headcount on A and the decisions by the caseworker-years of P', async () => {
    const f = await figures();
    expect(row(f.resources)).toEqual([7, 6, close(7 / 6), 6, close(883 / 137), close(2190 / 883)]);
    expect([f.resources.backlog, f.resources.headcountOnAsOf, f.resources.decided, f.resources.averageHeadcount])
      .toEqual([f.backlog.total, f.staff.headcountOnAsOf, f.timeliness.decided, f.staff.averageHeadcount]);
    expect(f.children.map((c) => [c.scope.id, ...row(c.resources)])).toEqual([
      ['A', 5, 5, 1, 6, close(639 / 137), close(2190 / 639)],
      ['B', 2, 1, 2, 0, close(244 / 137), 0],
      ['C', 0, 0, null, 0, 0, null],
    ]);
  });

  it('counts a team on its own', async () => {
    expect(row((await figures({ scope: 'A1' })).resources)).toEqual([1, 2, 0.5, 2, close(228 / 137), close(730 / 228)]);
  });

  it('takes backlog, staff and decisions as known on the as-of date', async () => {
    expect(row((await figures({ asOf: '2024-05-10' })).resources)).toEqual([7, 7, 1, 4, close(913 / 137), close(1460 / 913)]);
  });
});

describe('resources for the committee', () => {
  const committee = testViewer('committee');

  it('shows the scope whose bases are at least 5', async () => {
    const root = (await figures({}, committee)).resources;
    expect(row(root)).toEqual([7, 6, close(7 / 6), 6, close(883 / 137), close(2190 / 883)]);
    expect(root).toMatchObject({ withheld: false, suppressed: [] });
  });

  it('shows a fractional average headcount below 5 as "< 5" and withholds what rests on it', async () => {
    const [a, b, c] = (await figures({}, committee)).children.map((child) => child.resources);
    expect(row(a!)).toEqual([5, 5, 1, 6, null, null]);
    expect(a!.suppressed).toEqual([
      { field: 'decisionsPerCaseworkerYear', reason: 'SMALL_BASE' }, { field: 'averageHeadcount', reason: 'BELOW_FIVE' },
    ]);
    expect(row(b!)).toEqual([null, null, null, 0, null, null]);
    expect(b!.suppressed).toEqual([
      { field: 'caseload', reason: 'SMALL_BASE' }, { field: 'decisionsPerCaseworkerYear', reason: 'SMALL_BASE' },
      { field: 'backlog', reason: 'BELOW_FIVE' }, { field: 'headcountOnAsOf', reason: 'BELOW_FIVE' }, { field: 'averageHeadcount', reason: 'BELOW_FIVE' },
    ]);
    expect(c).toMatchObject({ caseload: null, decisionsPerCaseworkerYear: null, withheld: false, suppressed: [] });
  });
});
