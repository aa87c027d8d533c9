// The pure complaint and appeal figures against hand-computed values: sums of the grouped rows,
// per-1,000 figures, and the committee's disclosure control (metrics.md, "Disclosure control").
import { describe, expect, it } from 'vitest';
import { appealTotals, complaintTotals, countOf, DIALOGUE_CATEGORIES, reversalRate } from '../../server/complaints/totals';
import { appealsFigure, complaintsFigure, disclosePer1000 } from '../../server/complaints/figures';

const row = (month: string, category: string, count: number) => ({ scopeId: 'S', month, category, count });

describe('complaint totals', () => {
  it('sums the months asked for, every category in the enum order, 0 included', () => {
    const rows = [row('2024-01-01', 'service', 2), row('2024-02-01', 'service', 3), row('2024-02-01', 'other', 1), row('2024-03-01', 'decision', 7)];
    expect(complaintTotals(rows, ['2024-01-01', '2024-02-01'])).toEqual({ counts: [0, 5, 0, 0, 1], total: 6 });
    expect(complaintTotals(rows, [])).toEqual({ counts: [0, 0, 0, 0, 0], total: 0 });
  });

  it('counts the dialogue categories: service and status information', () => {
    expect(countOf({ counts: [9, 2, 3, 8, 7], total: 29 }, DIALOGUE_CATEGORIES)).toBe(5);
  });
});

describe('complaints figure', () => {
  const totals = { counts: [12, 7, 3, 0, 10], total: 32 };

  it('gives the director every count and per-1,000 figure', () => {
    const f = complaintsFigure(totals, 40, false);
    expect(f).toMatchObject({ total: 32, decisions: 40, per1000Decisions: 800, withheld: false, suppressed: [] });
    expect(f.byCategory.map((c) => [c.category, c.count, c.per1000Decisions, c.withheld])).toEqual([
      ['PROCESSING_TIME', 12, 300, false], ['SERVICE', 7, 175, false], ['STATUS_INFORMATION', 3, 75, false],
      ['DECISION', 0, 0, false], ['OTHER', 10, 250, false],
    ]);
  });

  it('hides a lone "< 5" category and its smallest non-zero partner from the committee, per-1,000 with them', () => {
    const f = complaintsFigure(totals, 40, true);
    expect(f).toMatchObject({ total: 32, decisions: 40, per1000Decisions: 800, withheld: false });
    expect(f.byCategory.map((c) => [c.count, c.per1000Decisions, c.withheld, c.reason])).toEqual([
      [12, 300, false, null], [null, null, true, 'SECONDARY'], [null, null, true, 'BELOW_FIVE'], [0, 0, false, null], [10, 250, false, null],
    ]);
  });

  it('withholds the per-1,000 figure of a "< 5" total even on a large base', () => {
    const f = complaintsFigure({ counts: [0, 3, 0, 0, 0], total: 3 }, 200, true);
    expect(f).toMatchObject({ total: null, decisions: 200, per1000Decisions: null, withheld: true });
    expect(f.suppressed).toEqual([{ field: 'per1000Decisions', reason: 'SECONDARY' }, { field: 'total', reason: 'BELOW_FIVE' }]);
  });

  it('gives null per 1,000 at 0 decisions, withheld for nobody', () => {
    for (const controlled of [false, true]) {
      const f = complaintsFigure({ counts: [6, 0, 0, 0, 0], total: 6 }, 0, controlled);
      expect(f).toMatchObject({ total: 6, decisions: 0, per1000Decisions: null, withheld: false, suppressed: [] });
      expect(f.byCategory.map((c) => [c.count, c.per1000Decisions, c.withheld])).toEqual([[6, null, false], ...Array(4).fill([0, null, false])]);
    }
  });
});

describe('a per-1,000 figure with its base', () => {
  it('is withheld from the committee on a base of 1–4 only', () => {
    expect(disclosePer1000(3, 4, false)).toEqual({ value: 750, base: 4, withheld: false, reason: null });
    expect(disclosePer1000(3, 4, true)).toEqual({ value: null, base: 4, withheld: true, reason: 'SMALL_BASE' });
    expect(disclosePer1000(3, 5, true)).toEqual({ value: 600, base: 5, withheld: false, reason: null });
    expect(disclosePer1000(3, 0, true)).toEqual({ value: null, base: 0, withheld: false, reason: null });
  });
});

const appealRow = (outcome: string | null, count: number) => ({ scopeId: 'S', outcome, count });

describe('appeals', () => {
  it('adds the four outcomes to decided and keeps the pending apart', () => {
    const totals = appealTotals([appealRow('upheld', 20), appealRow('changed', 6), appealRow('remitted', 5), appealRow('dismissed', 7), appealRow(null, 9)]);
    expect(totals).toEqual({ decided: 38, upheld: 20, changed: 6, remitted: 5, dismissed: 7, pending: 9 });
    expect(reversalRate(totals)).toBe(11 / 31);
    expect(reversalRate({ decided: 4, upheld: 0, changed: 0, remitted: 0, dismissed: 4, pending: 0 })).toBeNull();
  });

  it('shows the committee a reversal rate whose counts are all shown', () => {
    const f = appealsFigure({ decided: 38, upheld: 20, changed: 6, remitted: 5, dismissed: 7, pending: 9 }, true);
    expect(f).toMatchObject({ decided: 38, upheld: 20, changed: 6, remitted: 5, dismissed: 7, pending: 9, reversalRate: 11 / 31, withheld: false });
  });

  it('hides a partner of a lone "< 5" outcome, and the rate when it would reveal one', () => {
    // dismissed 2 is "< 5"; decided is shown, so the smallest other non-zero outcome, remitted 5, goes too.
    const f = appealsFigure({ decided: 33, upheld: 20, changed: 6, remitted: 5, dismissed: 2, pending: 0 }, true);
    expect(f).toMatchObject({ decided: 33, upheld: 20, changed: 6, remitted: null, dismissed: null, reversalRate: null });
    expect(f.suppressed).toEqual([
      { field: 'reversalRate', reason: 'SECONDARY' }, { field: 'remitted', reason: 'SECONDARY' }, { field: 'dismissed', reason: 'BELOW_FIVE' },
    ]);
  });

  it('withholds the rate on a base of 1–4 (dismissed appeals not in it) and gives null, not withheld, at 0', () => {
    const small = { decided: 13, upheld: 3, changed: 0, remitted: 0, dismissed: 10, pending: 0 };
    expect(appealsFigure(small, false).reversalRate).toBe(0);
    const f = appealsFigure(small, true);
    expect(f).toMatchObject({ decided: 13, upheld: null, dismissed: null, reversalRate: null, withheld: true });
    expect(f.suppressed).toEqual([
      { field: 'reversalRate', reason: 'SMALL_BASE' }, { field: 'upheld', reason: 'BELOW_FIVE' }, { field: 'dismissed', reason: 'SECONDARY' },
    ]);
    const none = appealsFigure({ decided: 10, upheld: 0, changed: 0, remitted: 0, dismissed: 10, pending: 0 }, true);
    expect(none).toMatchObject({ decided: 10, dismissed: 10, reversalRate: null, withheld: false, suppressed: [] });
  });
});
