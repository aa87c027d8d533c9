// The deadline figures of `figures` through executeOperation, as a director, on the hand-made data
// set test/fixtures/deadlines (answers worked out by hand in its README.md): P = Q1 2024, A = 2024-04-10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../../server/db/client';
import { runOperation } from '../helpers/api';
import type { TestApi } from '../helpers/api';
import { AS_OF, Q1, startDeadlinesApi, TIMELINESS } from '../deadlines/fixture';

let api: TestApi;
beforeAll(async () => { api = await startDeadlinesApi(); });
afterAll(async () => { await api.stop(); });

const FIGURES = `query($scope: ID!, $p: PeriodInput!, $a: Date!) { figures(scope: $scope, period: $p, asOf: $a) { FIELDS } }`;

async function figures(fields: string, variables: Record<string, unknown> = {}) {
  const result = await api.run(FIGURES.replace('FIELDS', fields), { scope: 'ROOT', p: Q1, a: AS_OF, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.figures as Record<string, any>;
}

const timeliness = (decided: number, decidedWithDueDate: number, onTime: number) => ({
  decided, decidedWithDueDate, withoutDeadline: decided - decidedWithDueDate, onTime,
  rate: decidedWithDueDate === 0 ? null : onTime / decidedWithDueDate, withheld: false, suppressed: [],
});

describe('timeliness', () => {
  it('for the scope and rolled up over each child subtree', async () => {
    const f = await figures(`timeliness { ${TIMELINESS} } children { scope { id } timeliness { ${TIMELINESS} }
      children { scope { id } timeliness { ${TIMELINESS} } } }`);
    // ROOT: 13 decided, 11 with due date (not M0, R1), 6 on time (M1, M3, M5, H1, H3, H7).
    expect(f.timeliness).toEqual(timeliness(13, 11, 6));
    expect(f.children).toEqual([
      // NORD includes its team NORDA: M0–M6, H1, H2, H7.
      { scope: { id: 'NORD' }, timeliness: timeliness(10, 9, 5), children: [{ scope: { id: 'NORDA' }, timeliness: timeliness(4, 4, 2) }] },
      { scope: { id: 'SYD' }, timeliness: timeliness(3, 2, 1), children: [] },
    ]);
  });

  it('per month of the period, months cut to the period', async () => {
    const f = await figures(`timelinessByMonth { month timeliness { ${TIMELINESS} } }`);
    expect(f.timelinessByMonth).toEqual([
      { month: '2024-01-01', timeliness: timeliness(2, 1, 1) }, // M0 (no due date), H3
      { month: '2024-02-01', timeliness: timeliness(3, 2, 2) }, // M1 on its due date, M5, R1 (no deadline)
      { month: '2024-03-01', timeliness: timeliness(8, 8, 3) }, // M3, H1, H7 on time; M2, M4 the day after
    ]);
    // 15 Feb – 10 Mar: R1 (14 Feb) falls out; March keeps M2, H1, H2, H7 (1–4 Mar).
    const cut = await figures(`timelinessByMonth { month timeliness { ${TIMELINESS} } }`, { p: { from: '2024-02-15', to: '2024-03-10' } });
    expect(cut.timelinessByMonth).toEqual([
      { month: '2024-02-01', timeliness: timeliness(2, 2, 2) },
      { month: '2024-03-01', timeliness: timeliness(4, 4, 2) },
    ]);
  });
});

describe('processing time and time to decision', () => {
  it('gives percentile_cont percentiles of the decided cases', async () => {
    // 10 18 21 23 29 29 29 30 30 30 30 39 75: p50 rank 6 = 29, p80 rank 9.6 = 30, p90 rank 10.8 = 30 + 0.8 · 9.
    const f = await figures('processingTime { p50 p80 p90 count withheld }');
    expect(f.processingTime).toMatchObject({ p50: 29, p80: 30, count: 13, withheld: false });
    expect(f.processingTime.p90).toBeCloseTo(37.2, 10);
  });

  it('gives the Kaplan–Meier curve of the cohort, censoring open and withdrawn cases', async () => {
    const f = await figures('timeToDecision { cohort events censored median p80 points { t atRisk events survival } withheld }');
    const km = f.timeToDecision;
    expect(km).toMatchObject({ cohort: 19, events: 13, censored: 6, median: 30, p80: 75, withheld: false });
    // At 29 the case censored at 29 (O3) is still at risk: 15; S = 15/19 · 12/15 = 12/19.
    expect(km.points.map((p: any) => [p.t, p.atRisk, p.events])).toEqual([[10, 19, 1], [16, 18, 1], [18, 17, 1], [21, 16, 1], [29, 15, 3], [30, 11, 4], [39, 3, 1], [75, 1, 1]]);
    const survival = [18 / 19, 17 / 19, 16 / 19, 15 / 19, 12 / 19, 84 / 209, 56 / 209, 0];
    km.points.forEach((p: any, i: number) => expect(p.survival).toBeCloseTo(survival[i]!, 12));
  });
});

describe('the backlog', () => {
  it('counts open cases on A with age bands at their edges, and overdue strictly before A', async () => {
    const f = await figures('backlog { total withDueDate overdue ageBands { label count withheld reason } withheld suppressed { field } }');
    // O2 is due on A (not overdue); O1 has no due date; ages O3 29, O1 30 | O2 31, W2 36, H6 40 | O4 365 | O5 366.
    expect(f.backlog).toEqual({
      total: 7, withDueDate: 6, overdue: 5, withheld: false, suppressed: [],
      ageBands: [['0-30', 2], ['31-60', 3], ['61-90', 0], ['91-180', 0], ['181-365', 1], ['>365', 1]]
        .map(([label, count]) => ({ label, count, withheld: false, reason: null })),
    });
  });

  it('is taken as of A: decisions after A are still open', async () => {
    const f = await figures(`backlog { total withDueDate overdue } timeliness { ${TIMELINESS} }`, { a: '2024-03-15' });
    expect(f.backlog).toEqual({ total: 10, withDueDate: 9, overdue: 3 });
    expect(f.timeliness).toEqual(timeliness(10, 8, 5));
  });
});

describe('per case type', () => {
  it('gives timeliness, percentiles, box plot and realism in the unit in force on P.to', async () => {
    const f = await figures(`caseTypeDeadlines { caseType { id } deadlineInForce { effectiveFrom value unit }
      timeliness { ${TIMELINESS} } processingTime { p50 p80 p90 count } distribution { min q1 median q3 max count }
      realism { p80 p90 deadlineDays suggested { value unit } suggestedRate withheld } }`);
    const [hjm, mdr, rad] = f.caseTypeDeadlines;
    expect(f.caseTypeDeadlines.map((t: any) => t.caseType.id)).toEqual(['HJM', 'MDR', 'RAD']);
    // HJM: 18 21 29 30 39; weeks needed 3, 3, 5, 5, 6 → 6 weeks reach 85 % (5 weeks: 80 %).
    expect(hjm).toMatchObject({
      deadlineInForce: { effectiveFrom: '2024-02-01', value: 4, unit: 'WEEKS' }, timeliness: timeliness(5, 5, 3),
      distribution: { min: 18, q1: 21, median: 29, q3: 30, max: 39, count: 5 },
      realism: { deadlineDays: 28, suggested: { value: 6, unit: 'WEEKS' }, suggestedRate: 1, withheld: false },
    });
    expect(hjm.realism.p80).toBeCloseTo(31.8, 10);
    expect(hjm.realism.p90).toBeCloseTo(35.4, 10);
    // MDR: 10 23 29 29 30 30 75; months needed 1, 1, 2, 1, 2, 1, 3 → 2 months give 6/7.
    expect(mdr).toMatchObject({
      deadlineInForce: { effectiveFrom: '2024-01-01', value: 1, unit: 'MONTHS' }, timeliness: timeliness(7, 6, 3),
      processingTime: { p50: 29, p80: 30, count: 7 }, distribution: { min: 10, q1: 26, median: 29, q3: 30, max: 75 },
      realism: { p80: 30, deadlineDays: null, suggested: { value: 2, unit: 'MONTHS' }, suggestedRate: 6 / 7 },
    });
    // RAD has no deadline: no due dates, no suggestion.
    expect(rad).toMatchObject({
      deadlineInForce: null, timeliness: timeliness(1, 0, 0), processingTime: { p50: 30, p80: 30, p90: 30, count: 1 },
      realism: { p80: 30, p90: 30, deadlineDays: null, suggested: null, suggestedRate: null },
    });
  });
});

describe('the funnel', () => {
  it('places each direct child against binomial limits around the scope rate', async () => {
    const f = await figures('timelinessFunnel { overallRate withheld points { department { id } n rate lower95 upper95 lower998 upper998 flagged withheld } }');
    const p0 = 6 / 11;
    const limit = (n: number, z: number, sign: number) => Math.min(1, Math.max(0, p0 + sign * z * Math.sqrt((p0 * (1 - p0)) / n)));
    expect(f.timelinessFunnel.overallRate).toBeCloseTo(p0, 12);
    const [nord, syd] = f.timelinessFunnel.points;
    expect(nord).toMatchObject({ department: { id: 'NORD' }, n: 9, flagged: false, withheld: false });
    expect(nord.rate).toBeCloseTo(5 / 9, 12);
    expect(nord.lower95).toBeCloseTo(limit(9, 1.959964, -1), 12); // ≈ 0.2201
    expect(nord.upper95).toBeCloseTo(limit(9, 1.959964, 1), 12); // ≈ 0.8708
    expect(nord.lower998).toBeCloseTo(limit(9, 3.090232, -1), 12); // ≈ 0.0326
    expect(nord.upper998).toBe(1); // 0.5455 + 0.5129 clipped
    expect(syd).toMatchObject({ department: { id: 'SYD' }, n: 2, rate: 0.5, lower95: 0, upper95: 1, lower998: 0, upper998: 1, flagged: false });
  });
});

/** Counts the figure queries (those over the case view) a request sends. */
function countingFigureQueries(db: Database): { db: Database; count: () => number } {
  const dialect = new PgDialect();
  let seen = 0;
  const proxy = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property !== 'execute') return typeof value === 'function' ? value.bind(target) : value;
      return (query: SQL) => {
        if (dialect.sqlToQuery(query).sql.includes('from department_closure cl')) seen++;
        return target.execute(query);
      };
    },
  });
  return { db: proxy, count: () => seen };
}

describe('batching', () => {
  async function figureQueries(fields: string): Promise<number> {
    const counting = countingFigureQueries(api.database.db);
    const result = await runOperation(api.apollo, counting.db, FIGURES.replace('FIELDS', fields), { scope: 'ROOT', p: Q1, a: AS_OF });
    expect(result.errors).toBeUndefined();
    return counting.count();
  }

  it('sends one grouped query per figure for all children together, never one per department', async () => {
    expect(await figureQueries('children { timeliness { decided } }')).toBe(1);
    expect(await figureQueries('children { timeliness { decided } processingTime { p50 } backlog { total } timeToDecision { median } }')).toBe(4);
    // One level deeper is one more query (NORDA), not one per department.
    expect(await figureQueries('children { timeliness { decided } children { timeliness { decided } } }')).toBe(2);
    // The funnel loads the scope and its children in one batch.
    expect(await figureQueries('timelinessFunnel { overallRate }')).toBe(1);
  });
});

describe('arguments', () => {
  it('are checked like every figure', async () => {
    const reversed = await api.run(FIGURES.replace('FIELDS', 'timeliness { decided }'), { scope: 'ROOT', p: { from: '2024-03-31', to: '2024-01-01' }, a: AS_OF });
    expect(reversed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^period:/), extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await api.run(FIGURES.replace('FIELDS', 'timeliness { decided }'), { scope: 'NOPE', p: Q1, a: AS_OF });
    expect(unknown.errors?.[0]?.message).toBe('scope: no department has the id "NOPE"');
  });
});
