import { describe, expect, it } from 'vitest';
import { discloseFigure, type DisclosureSpec } from '../../server/access/disclosure-apply';

interface T { decided: number; decidedWithDueDate: number; withoutDeadline: number; onTime: number; rate: number | null }
const SPEC: DisclosureSpec<T> = {
  counts: ['decided', 'decidedWithDueDate', 'withoutDeadline', 'onTime'],
  statistics: { rate: 'decidedWithDueDate' },
};

describe('discloseFigure', () => {
  it('passes everything through for roles without disclosure control', () => {
    const raw = { decided: 3, decidedWithDueDate: 2, withoutDeadline: 1, onTime: 1, rate: 0.5 };
    expect(discloseFigure(raw, SPEC, false)).toEqual({ ...raw, withheld: false, suppressed: [] });
  });

  it('hides counts 1–4 as "< 5" and a rate on a base under 5 for the committee', () => {
    const raw = { decided: 6, decidedWithDueDate: 4, withoutDeadline: 2, onTime: 3, rate: 0.75 };
    expect(discloseFigure(raw, SPEC, true)).toEqual({
      decided: 6, decidedWithDueDate: null, withoutDeadline: null, onTime: null, rate: null, withheld: true,
      suppressed: [
        { field: 'rate', reason: 'SMALL_BASE' },
        { field: 'decidedWithDueDate', reason: 'BELOW_FIVE' },
        { field: 'withoutDeadline', reason: 'BELOW_FIVE' },
        { field: 'onTime', reason: 'BELOW_FIVE' },
      ],
    });
  });

  it('shows zeros and a null rate on a zero base without marking them', () => {
    const raw = { decided: 0, decidedWithDueDate: 0, withoutDeadline: 0, onTime: 0, rate: null };
    expect(discloseFigure(raw, SPEC, true)).toEqual({ ...raw, withheld: false, suppressed: [] });
  });

  it('shows everything from 5 up', () => {
    const raw = { decided: 12, decidedWithDueDate: 7, withoutDeadline: 5, onTime: 5, rate: 5 / 7 };
    expect(discloseFigure(raw, SPEC, true)).toEqual({ ...raw, withheld: false, suppressed: [] });
  });

  it('takes a fixed base when the statistic names a number', () => {
    const spec: DisclosureSpec<{ median: number | null }> = { counts: [], statistics: { median: 3 } };
    expect(discloseFigure({ median: 40 }, spec, true)).toEqual({ median: null, withheld: true, suppressed: [{ field: 'median', reason: 'SMALL_BASE' }] });
  });

  describe('figures that add up within the object', () => {
    const TIMELINESS: DisclosureSpec<T> = {
      ...SPEC,
      partitions: [
        { total: 'decided', parts: ['decidedWithDueDate', 'withoutDeadline'] },
        { total: 'decidedWithDueDate', parts: ['onTime', null] },
      ],
      reveals: { rate: ['onTime', 'decidedWithDueDate'] },
    };

    it('hides a second part when one part of a shown total is "< 5", and the rate that would give it away', () => {
      // withoutDeadline 2 is "< 5"; decided 12 is shown, so decidedWithDueDate (10) would give it
      // away (12 − 10) and is withheld; the rate would give back decidedWithDueDate (7 ÷ 0.7).
      const raw = { decided: 12, decidedWithDueDate: 10, withoutDeadline: 2, onTime: 7, rate: 0.7 };
      expect(discloseFigure(raw, TIMELINESS, true)).toEqual({
        decided: 12, decidedWithDueDate: null, withoutDeadline: null, onTime: 7, rate: null, withheld: true,
        suppressed: [
          { field: 'rate', reason: 'SECONDARY' },
          { field: 'decidedWithDueDate', reason: 'SECONDARY' },
          { field: 'withoutDeadline', reason: 'BELOW_FIVE' },
        ],
      });
    });

    it('protects an unshown part of 1–4: three late of twenty would be 20 − 17', () => {
      const raw = { decided: 20, decidedWithDueDate: 20, withoutDeadline: 0, onTime: 17, rate: 0.85 };
      expect(discloseFigure(raw, TIMELINESS, true)).toEqual({
        decided: 20, decidedWithDueDate: 20, withoutDeadline: 0, onTime: null, rate: null, withheld: true,
        suppressed: [{ field: 'rate', reason: 'SECONDARY' }, { field: 'onTime', reason: 'SECONDARY' }],
      });
    });

    it('leaves figures alone when every part is 0 or at least 5', () => {
      const raw = { decided: 25, decidedWithDueDate: 20, withoutDeadline: 5, onTime: 10, rate: 0.5 };
      expect(discloseFigure(raw, TIMELINESS, true)).toEqual({ ...raw, withheld: false, suppressed: [] });
    });
  });
});
