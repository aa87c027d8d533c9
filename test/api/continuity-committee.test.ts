// The committee never receives a staff or continuity count from 1 to 4 (a fractional average
// headcount included), on the hand-made continuity data set where many are small; the director's
// answer to the same query has such counts, so the check is not vacuous. `RankCorrelation.n`
// counts department-quarters (not persons or cases) and equals the length of the visible pair
// list, so it is shown like ρ (metrics.md: "Spearman's ρ (about department-quarters) is shown").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR, testViewer, type TestApi } from '../helpers/api';
import { AS_OF, H1, startContinuityApi } from '../continuity/fixture';

const COUNTS = new Set([
  'averageHeadcount', 'headcountOnAsOf', 'leavers', 'count', 'cases', 'casesWithoutAssignments', 'changes',
  'turnoverRelatedChanges', 'citizens', 'decidedCases', 'decided',
]);

const FIELDS = `staff { averageHeadcount headcountOnAsOf leavers turnoverRate annualisedTurnoverRate leaversByReason { count } }
  continuity { cases casesWithoutAssignments fixedCaseworkerShare meanChanges changes turnoverRelatedChanges turnoverRelatedShare
    distribution { changes cases } }
  continuityIndices { citizens upc coc secon }
  turnoverVersusContinuity { rho n pairs { turnover fixedShare decided } }
  months: staffOverTime { averageHeadcount leavers annualisedTurnoverRate fixedCaseworkerShare decidedCases }
  quarters: staffOverTime(granularity: QUARTER) { averageHeadcount leavers annualisedTurnoverRate fixedCaseworkerShare decidedCases }`;
const QUERY = `query($period: PeriodInput!, $asOf: Date!) { root: figures(scope: "ROOT", period: $period, asOf: $asOf) {
  ${FIELDS} children { ${FIELDS} } } }`;

/** A distribution bin's `changes` is its label (0, 1, 2 changes), not a count. */
const isCount = (path: string, key: string) => COUNTS.has(key) && !(key === 'changes' && /distribution\[\d+\]$/.test(path));

function smallCounts(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => smallCounts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'number' && isCount(path, k) && v > 0 && v < 5 ? [`${path}.${k}=${v}`] : smallCounts(v, `${path}.${k}`));
  }
  return [];
}

let api: TestApi;
beforeAll(async () => { api = await startContinuityApi(); });
afterAll(async () => { await api.stop(); });

describe('staff and continuity for the committee', () => {
  for (const [name, period] of [['the half year', H1], ['a single month', { from: '2024-03-01', to: '2024-03-31' }]] as const) {
    it(`shows no count from 1 to 4 over ${name}`, async () => {
      const director = await api.run(QUERY, { period, asOf: AS_OF }, { viewer: DIRECTOR });
      expect(director.errors).toBeUndefined();
      expect(smallCounts(director.data).length).toBeGreaterThan(0);
      const committee = await api.run(QUERY, { period, asOf: AS_OF }, { viewer: testViewer('committee') });
      expect(committee.errors).toBeUndefined();
      expect(smallCounts(committee.data)).toEqual([]);
    });
  }
});
