// The social committee sees the deadline figures disclosure-controlled: counts 1–4 as "< 5"
// (null, BELOW_FIVE), statistics on a base below 5 withheld (SMALL_BASE), Kaplan–Meier points only
// with ≥ 5 at risk and without counts. Data: test/fixtures/deadlines (README.md), P = Q1 2024,
// A = 2024-04-10. SYD is the small department: H3, H4, R1 decided, O1 open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testViewer, type TestApi } from '../helpers/api';
import { AS_OF, Q1, startDeadlinesApi, TIMELINESS } from '../deadlines/fixture';

let api: TestApi;
beforeAll(async () => { api = await startDeadlinesApi(); });
afterAll(async () => { await api.stop(); });

const COMMITTEE = { viewer: testViewer('committee') };

async function committee(source: string, variables: Record<string, unknown>) {
  const result = await api.run(source, variables, COMMITTEE);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

async function figures(scope: string, fields: string) {
  const data = await committee(`query($s: ID!, $p: PeriodInput!, $a: Date!) { figures(scope: $s, period: $p, asOf: $a) { ${fields} } }`, { s: scope, p: Q1, a: AS_OF });
  return data.figures as Record<string, any>;
}

const below5 = (field: string) => ({ field, reason: 'BELOW_FIVE' });
const smallBase = (field: string) => ({ field, reason: 'SMALL_BASE' });
const secondary = (field: string) => ({ field, reason: 'SECONDARY' });

describe('timeliness for the committee', () => {
  it('shows large counts and rates, and hides the 1–4 counts and rates on fewer than 5', async () => {
    const f = await figures('ROOT', `timeliness { ${TIMELINESS} } children { scope { id } timeliness { ${TIMELINESS} } }`);
    // ROOT: 13 decided, 11 with due date, 2 without (M0, R1) → "< 5". With 13 shown, 11 would give
    // the 2 away (13 − 11), so it is withheld too (secondary), and so is the rate (6 ÷ rate = 11).
    expect(f.timeliness).toEqual({
      decided: 13, decidedWithDueDate: null, withoutDeadline: null, onTime: 6, rate: null, withheld: true,
      suppressed: [secondary('rate'), secondary('decidedWithDueDate'), below5('withoutDeadline')],
    });
    const syd = f.children.find((c: any) => c.scope.id === 'SYD').timeliness;
    // SYD: 3 decided, 2 with due date, 1 without, 1 on time: all hidden; the rate rests on 2.
    expect(syd).toEqual({
      decided: null, decidedWithDueDate: null, withoutDeadline: null, onTime: null, rate: null, withheld: true,
      suppressed: [smallBase('rate'), below5('decided'), below5('decidedWithDueDate'), below5('withoutDeadline'), below5('onTime')],
    });
  });

  it('keeps a zero as zero and a rate with no base as plain null', async () => {
    const f = await figures('ROOT', `caseTypeDeadlines { caseType { id } timeliness { ${TIMELINESS} }
      processingTime { p50 count withheld } realism { p80 p90 deadlineDays suggested { value } suggestedRate withheld suppressed { field reason } } }`);
    const rad = f.caseTypeDeadlines.find((t: any) => t.caseType.id === 'RAD');
    // RAD: 1 decided (R1), no deadline: the 0 counts and the null rate are not withheld.
    expect(rad.timeliness).toEqual({
      decided: null, decidedWithDueDate: 0, withoutDeadline: null, onTime: 0, rate: null, withheld: true,
      suppressed: [below5('decided'), below5('withoutDeadline')],
    });
    expect(rad.processingTime).toEqual({ p50: null, count: null, withheld: true });
    expect(rad.realism).toMatchObject({ p80: null, p90: null, deadlineDays: null, suggested: null, withheld: true });
    expect(rad.realism.suppressed).toContainEqual(smallBase('p80'));
    // HJM: 5 decided, 3 on time ("< 5"); the rate rests on 5 but would give the 3 back (0.6 × 5),
    // so it is withheld as well.
    const hjm = f.caseTypeDeadlines.find((t: any) => t.caseType.id === 'HJM');
    expect(hjm.timeliness).toMatchObject({ decided: 5, decidedWithDueDate: 5, withoutDeadline: 0, onTime: null, rate: null, withheld: true });
    expect(hjm.realism).toMatchObject({ deadlineDays: 28, suggested: { value: 6 }, suggestedRate: 1, withheld: false });
  });
});

describe('Kaplan–Meier for the committee', () => {
  it('keeps the points with at least 5 at risk, without counts', async () => {
    const f = await figures('ROOT', 'timeToDecision { cohort events censored median p80 points { t atRisk events } withheld }');
    expect(f.timeToDecision).toEqual({
      cohort: 19, events: 13, censored: 6, median: 30, p80: 75, withheld: false,
      // At risk: 19, 18, 17, 16, 15, 11, then 3 (t = 39) and 1 (t = 75) are dropped.
      points: [10, 16, 18, 21, 29, 30].map((t) => ({ t, atRisk: null, events: null })),
    });
  });

  it('withholds the median of a cohort below 5', async () => {
    // SYD's cohort: H3, H4, R1 decided, O1 open = 4.
    const f = await figures('SYD', 'timeToDecision { cohort events censored median p80 points { t } withheld }');
    expect(f.timeToDecision).toEqual({ cohort: null, events: null, censored: null, median: null, p80: null, points: [], withheld: true });
  });
});

describe('the backlog for the committee', () => {
  it('shows the age bands as "< 5" where 1–4', async () => {
    const f = await figures('ROOT', 'backlog { total withDueDate overdue ageBands { count withheld reason } withheld }');
    // 1 of the 7 has no due date: shown 7 and 6 would give that 1 away, so 6 is withheld (secondary).
    expect(f.backlog).toMatchObject({ total: 7, withDueDate: null, overdue: 5, withheld: true });
    expect(f.backlog.ageBands.map((b: any) => b.reason)).toEqual(['BELOW_FIVE', 'BELOW_FIVE', null, null, 'BELOW_FIVE', 'BELOW_FIVE']);
    const syd = await figures('SYD', 'backlog { total withDueDate overdue ageBands { count reason } withheld }');
    expect(syd.backlog).toMatchObject({ total: null, withDueDate: 0, overdue: 0, withheld: true });
    expect(syd.backlog.ageBands[0]).toEqual({ count: null, reason: 'BELOW_FIVE' });
  });
});

describe('the funnel for the committee', () => {
  it('withholds a small department and its flag', async () => {
    const f = await figures('ROOT', 'timelinessFunnel { overallRate withheld points { department { id } n rate lower95 upper998 flagged withheld } }');
    expect(f.timelinessFunnel.overallRate).toBeCloseTo(6 / 11, 12);
    expect(f.timelinessFunnel.points[0]).toMatchObject({ department: { id: 'NORD' }, n: 9, withheld: false });
    expect(f.timelinessFunnel.points[1]).toEqual({ department: { id: 'SYD' }, n: null, rate: null, lower95: null, upper998: null, flagged: false, withheld: true });
  });
});

describe('the deadline scenario for the committee', () => {
  it('hides the counts of a small scope and the rates on them', async () => {
    const data = await committee(`query($p: PeriodInput!) { deadlineScenario(scope: "SYD", period: $p, asOf: "2024-04-10", caseType: "HJM",
      deadline: { value: 20, unit: DAYS }) { actual { decided rate withheld } scenario { decided rate withheld }
      becameLate becameOnTime changedStatus withoutActualDueDate withheld suppressed { field reason } } }`, { p: Q1 });
    // SYD's HJM cases: H3 (18 days, on time either way), H4 (39 days, late either way).
    expect(data.deadlineScenario).toEqual({
      actual: { decided: null, rate: null, withheld: true }, scenario: { decided: null, rate: null, withheld: true },
      becameLate: 0, becameOnTime: 0, changedStatus: 0, withoutActualDueDate: 0, withheld: false, suppressed: [],
    });
  });
});

describe('case-level data', () => {
  it('is refused to the committee', async () => {
    const result = await api.run('{ openCases(scope: "ROOT", asOf: "2024-04-10") { total } }', {}, { ...COMMITTEE, purposeHeader: 'OVERDUE_LIST' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
