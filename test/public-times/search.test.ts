// The public page's search and grouping (client/utils/publicTimes.ts), without a browser.
import { describe, expect, it } from 'vitest';
import { groupByDepartment, matchesSearch, searchWords, type PublicRow } from '../../client/utils/publicTimes';

const row = (caseTypeName: string, legalBasis: string | null, departmentName = 'Myndighed Børn', departmentId = 'BORN'): PublicRow => ({
  departmentId, departmentName, caseTypeId: caseTypeName, caseTypeName, legalBasis, deadline: null, decisions: 20,
  decisionsWithDeadline: 20, medianDays: 10, p80Days: 20, onTimeRate: 0.9, withheld: false, withheldReason: null,
});

const merudgifter = row('Merudgifter til børn med nedsat funktionsevne', 'Serviceloven § 41');
const ledsagelse = row('Ledsagelse for unge 12-18 år', 'Serviceloven § 45');
const behandling = row('Behandling ud over sundhedsloven', 'Serviceloven § 141');
const all = [merudgifter, ledsagelse, behandling];
const find = (query: string) => all.filter((r) => matchesSearch(r, query)).map((r) => r.caseTypeName);

describe('searching the public table', () => {
  it('splits into lower-case words, dropping § and punctuation', () => {
    expect(searchWords('Serviceloven §41, stk. 2')).toEqual(['serviceloven', '41', 'stk', '2']);
  });

  it('finds a case type by part of its name, in any case, and shows everything for an empty search', () => {
    expect(find('MERUDGIFT')).toEqual([merudgifter.caseTypeName]);
    expect(find('funktionsevne børn')).toEqual([merudgifter.caseTypeName]);
    expect(find('  ')).toHaveLength(3);
  });

  it('finds by legal basis with or without §, a number matching a whole paragraph number only', () => {
    expect(find('§ 41')).toEqual([merudgifter.caseTypeName]);
    expect(find('§41')).toEqual([merudgifter.caseTypeName]);
    expect(find('serviceloven 141')).toEqual([behandling.caseTypeName]);
    expect(find('servicelov')).toHaveLength(3);
    expect(find('12')).toEqual([ledsagelse.caseTypeName]);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(find('boligstøtte')).toEqual([]);
  });
});

describe('grouping by department', () => {
  it('orders departments and case types the Danish way (Æ, Ø, Å last)', () => {
    const groups = groupByDepartment([
      row('Øvrige', null, 'Ældreområdet', 'AELD'), row('Bolig', null, 'Ældreområdet', 'AELD'), row('Aflastning', null, 'Borgercenter', 'BC'),
    ], 'da');
    expect(groups.map((g) => [g.name, g.rows.map((r) => r.caseTypeName)])).toEqual([
      ['Borgercenter', ['Aflastning']], ['Ældreområdet', ['Bolig', 'Øvrige']],
    ]);
  });
});
