import { describe, expect, it } from 'vitest';
import { citizenPseudonym, cprDigits } from '../../server/importer/cpr';
import { parseDate, parseId, parsePositiveInt } from '../../server/importer/values';
import { checkRow } from '../../server/importer/row-rules';
import { ProblemList } from '../../server/importer/problems';

describe('field parsers', () => {
  it('checks ids, dates and positive numbers', () => {
    expect(parseId('SEL-41.a:b_c').ok).toBe(true);
    expect(parseId('a b').ok).toBe(false);
    expect(parseId('x'.repeat(65)).ok).toBe(false);
    expect(parseDate('2024-02-29').ok).toBe(true);
    expect(parseDate('2023-02-29')).toEqual({ ok: false, problem: { code: 'dateNotReal', params: {}, message: 'is not a real calendar date' } });
    expect(parsePositiveInt('12')).toEqual({ ok: true, value: 12 });
    expect(parsePositiveInt('0').ok).toBe(false);
    expect(parsePositiveInt('-3').ok).toBe(false);
    expect(parsePositiveInt('1.5').ok).toBe(false);
  });
});

describe('CPR-shaped citizen ids', () => {
  it('are recognised in both spellings with a valid 19xx or 20xx date', () => {
    expect(cprDigits('150372-4821')).toBe('1503724821');
    expect(cprDigits('1503724821')).toBe('1503724821');
    expect(cprDigits('290200-1234')).toBe('2902001234');
    expect(cprDigits('290201-1234')).toBeNull();
    expect(cprDigits('321299-1234')).toBeNull();
    expect(cprDigits('15037-24821')).toBeNull();
    expect(cprDigits('B0012345')).toBeNull();
  });

  it('become one keyed pseudonym per person; other ids stay', () => {
    const a = citizenPseudonym('150372-4821', 'k1');
    expect(a).toBe(citizenPseudonym('1503724821', 'k1'));
    expect(a).not.toBe(citizenPseudonym('1503724821', 'k2'));
    expect(a).toMatch(/^psn-[0-9a-f]{40}$/);
    expect(citizenPseudonym('B77', 'k1')).toBe('B77');
  });

  it('are never echoed in a problem report', () => {
    const problems = new ProblemList();
    problems.add({ file: 'cases.csv', line: 2, column: 'citizen_id', value: '150372-4821', message: 'x' });
    expect(problems.items[0]!.value).toBe('(CPR number hidden)');
  });
});

describe('rules within a case row', () => {
  const all = () => true;
  const row = (over: Record<string, string | null>) => ({ received_on: '2024-01-10', decided_on: null, closed_on: null, outcome: null, ...over });
  it('accepts open, decided and withdrawn cases', () => {
    expect(checkRow('cases.csv', row({}), all)).toEqual([]);
    expect(checkRow('cases.csv', row({ decided_on: '2024-01-10', outcome: 'dismissed' }), all)).toEqual([]);
    expect(checkRow('cases.csv', row({ closed_on: '2024-02-01', outcome: 'withdrawn' }), all)).toEqual([]);
  });
  it('rejects a withdrawn case with a decision and a closing before the decision', () => {
    expect(checkRow('cases.csv', row({ decided_on: '2024-01-12', closed_on: '2024-02-01', outcome: 'withdrawn' }), all)[0]!.column).toBe('outcome');
    expect(checkRow('cases.csv', row({ decided_on: '2024-01-12', closed_on: '2024-01-11', outcome: 'granted' }), all)[0]!.column).toBe('closed_on');
  });
});
