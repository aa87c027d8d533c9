// Assembling the deadline figure objects from grouped rows, with and without disclosure control.
import { describe, expect, it } from 'vitest';
import {
  backlogFigure, boxPlotFigure, kaplanMeierFigure, percentilesFigure, rawTimeliness, timelinessFigure,
} from '../../server/deadlines/figures';
import { funnelFigure, funnelPoint } from '../../server/deadlines/funnel-figure';
import { deadlineDays, realismFigure, scenarioFigures } from '../../server/deadlines/realism';
import { groupByCaseType } from '../../server/deadlines/case-types';
import { monthsOverlapping } from '../../server/deadlines/service';
import { checkDeadline, checkPage, checkPeriod } from '../../server/deadlines/validation';

const dept = (id: string) => ({ id, name: id, parentId: 'ROOT', depth: 1 });

describe('timeliness', () => {
  it('derives withoutDeadline and the rate over the cases with a due date', () => {
    expect(rawTimeliness({ decided: 13, withDueDate: 11, onTime: 6 })).toEqual({ decided: 13, decidedWithDueDate: 11, withoutDeadline: 2, onTime: 6, rate: 6 / 11 });
    expect(timelinessFigure(undefined, false)).toEqual({
      decided: 0, decidedWithDueDate: 0, withoutDeadline: 0, onTime: 0, rate: null, withheld: false, suppressed: [],
    });
  });

  it('hides counts 1–4 and a rate on fewer than 5 for the committee', () => {
    // SYD: H3, H4, R1 decided; H3 on time.
    expect(timelinessFigure({ decided: 3, withDueDate: 2, onTime: 1 }, true)).toMatchObject({
      decided: null, decidedWithDueDate: null, withoutDeadline: null, onTime: null, rate: null, withheld: true,
    });
  });
});

describe('percentiles and box plot', () => {
  const days = [{ value: 18, count: 1 }, { value: 21, count: 1 }, { value: 29, count: 1 }, { value: 30, count: 1 }, { value: 39, count: 1 }];

  it('interpolate between closest ranks (HJM: 18 21 29 30 39)', () => {
    const p = percentilesFigure(days, false);
    expect(p.p50).toBe(29);
    expect(p.p80).toBeCloseTo(31.8, 10); // rank 3.2: 30 + 0.2 · 9
    expect(p.p90).toBeCloseTo(35.4, 10); // rank 3.6: 30 + 0.6 · 9
    expect(p.count).toBe(5);
    expect(boxPlotFigure(days, false)).toMatchObject({ min: 18, q1: 21, median: 29, q3: 30, max: 39, count: 5 });
  });

  it('are null on no cases, and withheld on fewer than 5 for the committee', () => {
    expect(percentilesFigure([], true)).toEqual({ p50: null, p80: null, p90: null, count: 0, withheld: false, suppressed: [] });
    const box = boxPlotFigure(days.slice(0, 4), true);
    expect(box).toMatchObject({ min: null, q1: null, median: null, q3: null, max: null, count: null, withheld: true });
    expect(box.suppressed).toContainEqual({ field: 'median', reason: 'SMALL_BASE' });
    expect(box.suppressed).toContainEqual({ field: 'count', reason: 'BELOW_FIVE' });
  });
});

describe('Kaplan–Meier', () => {
  // Six cases: events at 5 (two), censored at 5 (one), event at 9, censored at 12, event at 20.
  const observations = [{ t: 5, events: 2, censored: 1 }, { t: 9, events: 1, censored: 0 }, { t: 12, events: 0, censored: 1 }, { t: 20, events: 1, censored: 0 }];

  it('keeps the full curve for a director', () => {
    const km = kaplanMeierFigure(observations, false);
    // t=5: 6 at risk (the censoring at 5 still counts), S = 4/6; t=9: 3 at risk, S = 4/6 · 2/3 = 4/9 ≤ ½ → median 9.
    expect(km).toMatchObject({ cohort: 6, events: 4, censored: 2, median: 9, p80: 20, withheld: false });
    expect(km.points.map((p) => [p.t, p.atRisk, p.events])).toEqual([[5, 6, 2], [9, 3, 1], [20, 1, 1]]);
  });

  it('shows the committee only points with at least 5 at risk, without counts', () => {
    const km = kaplanMeierFigure(observations, true);
    expect(km.points).toEqual([{ t: 5, atRisk: null, events: null, survival: 4 / 6 }]);
    expect(km).toMatchObject({ cohort: 6, events: null, censored: null, median: 9, p80: 20 });
    expect(kaplanMeierFigure([{ t: 3, events: 2, censored: 1 }], true)).toMatchObject({ cohort: null, median: null, points: [], withheld: true });
  });
});

describe('the backlog', () => {
  const row = { scopeId: 'X', total: 8, withDueDate: 8, overdue: 3, bands: [2, 6, 0, 0, 0, 0] };

  it('labels the age bands', () => {
    expect(backlogFigure(row, false).ageBands.map((b) => [b.label, b.count])).toEqual([
      ['0-30', 2], ['31-60', 6], ['61-90', 0], ['91-180', 0], ['181-365', 0], ['>365', 0],
    ]);
  });

  it('hides a second band when only one would be hidden beside the total (committee)', () => {
    const backlog = backlogFigure(row, true);
    expect(backlog).toMatchObject({ total: 8, withDueDate: 8, overdue: null, withheld: true });
    expect(backlog.ageBands.slice(0, 3)).toEqual([
      { label: '0-30', count: null, withheld: true, reason: 'BELOW_FIVE' },
      { label: '31-60', count: null, withheld: true, reason: 'SECONDARY' },
      { label: '61-90', count: 0, withheld: false, reason: null },
    ]);
  });

  it('is all zeros without open cases', () => {
    expect(backlogFigure(undefined, true)).toMatchObject({ total: 0, withDueDate: 0, overdue: 0, withheld: false });
  });
});

describe('the funnel', () => {
  it('puts limits around p0 and flags a department strictly outside the 99.8 % limits', () => {
    // p0 = 0.5, n = 20: 99.8 % half-width 3.090232 · √(0.25/20) = 0.3455 → [0.1545, 0.8455]; rate 0.9 is outside.
    const p = funnelPoint(dept('A'), rawTimeliness({ decided: 20, withDueDate: 20, onTime: 18 }), 0.5, false);
    expect(p.lower998).toBeCloseTo(0.5 - 3.090232 * Math.sqrt(0.25 / 20), 12);
    expect(p.upper95).toBeCloseTo(0.5 + 1.959964 * Math.sqrt(0.25 / 20), 12);
    expect(p.flagged).toBe(true);
    expect(funnelPoint(dept('B'), rawTimeliness({ decided: 20, withDueDate: 20, onTime: 13 }), 0.5, false).flagged).toBe(false);
  });

  it('gives a department without cases no rate, limits or flag', () => {
    expect(funnelPoint(dept('A'), rawTimeliness(), 0.5, false)).toMatchObject({
      n: 0, rate: null, lower95: null, upper95: null, lower998: null, upper998: null, flagged: false, withheld: false,
    });
  });

  it('withholds a small department and the flag with it for the committee, and p0 on a small base', () => {
    const p = funnelPoint(dept('A'), rawTimeliness({ decided: 4, withDueDate: 4, onTime: 4 }), 0.1, true);
    expect(p).toMatchObject({ n: null, rate: null, lower998: null, flagged: false, withheld: true });
    const funnel = funnelFigure(rawTimeliness({ decided: 4, withDueDate: 4, onTime: 2 }), [], true);
    expect(funnel).toEqual({ overallRate: null, points: [], withheld: true, suppressed: [{ field: 'overallRate', reason: 'SMALL_BASE' }] });
  });
});

describe('deadline realism', () => {
  it('gives days for days and weeks, none for months', () => {
    expect(deadlineDays({ value: 30, unit: 'days' })).toBe(30);
    expect(deadlineDays({ value: 4, unit: 'weeks' })).toBe(28);
    expect(deadlineDays({ value: 1, unit: 'months' })).toBeNull();
    expect(deadlineDays(null)).toBeNull();
  });

  it('suggests the smallest number of units reaching 85 %, in the unit in force', () => {
    const days = [{ value: 10, count: 1 }, { value: 23, count: 1 }, { value: 29, count: 2 }, { value: 30, count: 2 }, { value: 75, count: 1 }];
    const months = [{ value: 1, count: 4 }, { value: 2, count: 2 }, { value: 3, count: 1 }];
    const deadline = { caseTypeId: 'MDR', effectiveFrom: '2024-01-01', value: 1, unit: 'months' as const };
    const realism = realismFigure(days, months, deadline, false);
    expect(realism).toMatchObject({ p80: 30, deadlineDays: null, suggested: { value: 2, unit: 'MONTHS' }, suggestedRate: 6 / 7, withheld: false });
    expect(realism.p90).toBeCloseTo(48, 10); // rank 5.4: 30 + 0.4 · 45
    expect(realismFigure(days, months, null, false)).toMatchObject({ suggested: null, suggestedRate: null });
  });
});

describe('the scenario figures', () => {
  it('rates the scenario over every decided case and counts the flips', () => {
    const s = scenarioFigures({ decided: 7, withDueDate: 6, onTime: 3, scenarioOnTime: 6, becameOnTime: 2, becameLate: 0 }, false);
    expect(s.actual).toMatchObject({ decided: 7, decidedWithDueDate: 6, withoutDeadline: 1, onTime: 3, rate: 0.5 });
    expect(s.scenario).toMatchObject({ decided: 7, decidedWithDueDate: 7, withoutDeadline: 0, onTime: 6, rate: 6 / 7 });
    expect(s).toMatchObject({ becameOnTime: 2, becameLate: 0, changedStatus: 2, withoutActualDueDate: 1, withheld: false });
  });
});

describe('grouping case type rows and listing months', () => {
  it('gathers one group per case type in order', () => {
    const row = (caseTypeId: string, kind: 'all' | 'days' | 'units', value: number | null, decided: number) =>
      ({ scopeId: 'ROOT', caseTypeId, kind, value, decided, withDueDate: 0, onTime: 0 });
    expect(groupByCaseType([row('B', 'all', null, 2), row('B', 'days', 4, 2), row('B', 'units', null, 2), row('A', 'all', null, 1)])).toEqual([
      { caseTypeId: 'B', counts: { decided: 2, withDueDate: 0, onTime: 0 }, days: [{ value: 4, count: 2 }], minimalUnits: [] },
      { caseTypeId: 'A', counts: { decided: 1, withDueDate: 0, onTime: 0 }, days: [], minimalUnits: [] },
    ]);
  });

  it('lists every month overlapping the period', () => {
    expect(monthsOverlapping('2024-01-31', '2024-03-01')).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    expect(monthsOverlapping('2023-12-15', '2023-12-15')).toEqual(['2023-12-01']);
  });
});

describe('argument checks', () => {
  it('names the argument', () => {
    expect(() => checkPeriod({ from: '2024-02-01', to: '2024-01-31' })).toThrow(/^period: from/);
    expect(checkDeadline({ value: 3650, unit: 'DAYS' })).toEqual({ value: 3650, unit: 'days' });
    expect(() => checkDeadline({ value: 3651, unit: 'DAYS' })).toThrow(/^deadline: value must be a whole number of days from 1 to 3650/);
    expect(() => checkDeadline({ value: 521, unit: 'WEEKS' })).toThrow(/1 to 520/);
    expect(() => checkDeadline({ value: 0, unit: 'MONTHS' })).toThrow(/1 to 120/);
    expect(checkPage(null, undefined)).toEqual({ first: 50, offset: 0 });
    expect(() => checkPage(201, 0)).toThrow(/^first:/);
    expect(() => checkPage(0, 0)).toThrow(/^first:/);
    expect(() => checkPage(10, -1)).toThrow(/^offset:/);
  });
});
