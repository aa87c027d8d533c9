import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../client/i18n/format';
import { canRunRounds, draftProblems, isOverdue, parseNumber, reserveSize, roundCsvUrl, stratumName, subtreeEntries } from '../../../client/utils/reviews';
import { eventDetail, intervalText, signedPoints } from '../../../client/utils/reviewText';

const da = formattersFor('da');
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('supervisory review helpers', () => {
  it('lets directors and managers run rounds', () => {
    expect(['director', 'manager', 'reviewer', 'committee', 'admin', null].map((r) => canRunRounds(r as never))).toEqual([true, true, false, false, false, false]);
  });

  it('names a stratum by its department, and its case type when it has one', () => {
    const strata = [
      { key: 'BCH', department: { name: 'Børnecenter Handicap' }, caseType: null },
      { key: 'BCH/41', department: { name: 'Børnecenter Handicap' }, caseType: { name: 'Merudgifter' } },
    ];
    expect(stratumName('BCH', strata)).toBe('Børnecenter Handicap');
    expect(stratumName('BCH/41', strata)).toBe('Børnecenter Handicap × Merudgifter');
    expect(stratumName('X', strata)).toBe('X');
  });

  it('reserves ⌈share × allocated⌉ without floating-point noise', () => {
    expect(reserveSize(5, 0.2)).toBe(1);
    expect(reserveSize(6, 0.2)).toBe(2);
    expect(reserveSize(15, 0.2)).toBe(3);
    expect(reserveSize(35, 0.2)).toBe(7);
    expect(reserveSize(4, 0)).toBe(0);
  });

  it('writes shares with intervals and changes in percentage points', () => {
    expect(plain(intervalText(da, 0.853, 0.721, 0.926))).toBe('85,3 % (72,1–92,6 %)');
    expect(plain(intervalText(da, 0.5))).toBe('50,0 %');
    expect(intervalText(da, null)).toBe('–');
    expect(signedPoints(da, 0.032)).toBe('+3,2');
    expect(signedPoints(da, -0.01)).toBe('−1');
    expect(signedPoints(da, 0.00001)).toBe('0');
    expect(signedPoints(da, null)).toBe('–');
  });

  it('flags open and ongoing actions past their due date', () => {
    expect(isOverdue({ dueOn: '2026-11-01', status: 'OPEN' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueOn: '2026-11-01', status: 'IN_PROGRESS' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ dueOn: '2026-11-01', status: 'DONE' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ dueOn: '2026-11-23', status: 'OPEN' }, '2026-11-23')).toBe(false);
  });

  it('lists what keeps a review from being submitted, in form order', () => {
    const answers = [
      { itemNumber: 1, answer: 'YES' as const, note: '' },
      { itemNumber: 2, answer: 'NO' as const, note: '  ' },
      { itemNumber: 3, answer: null, note: '' },
      { itemNumber: 4, answer: 'NO' as const, note: 'Ingen partshøring' },
    ];
    expect(draftProblems([1, 2, 3, 4], answers, null, 'UPHELD')).toEqual([
      { kind: 'noteMissing', itemNumber: 2 },
      { kind: 'unanswered', itemNumber: 3 },
      { kind: 'overall' },
    ]);
    expect(draftProblems([1, 4], answers, 'IN_ORDER', 'UPHELD')).toEqual([]);
  });

  it('reads numbers typed with a comma or a point, within bounds', () => {
    expect(parseNumber('2,5', 0, 100)).toBe(2.5);
    expect(parseNumber(' 30 ', 1, 100, true)).toBe(30);
    expect(parseNumber('2.5', 1, 100, true)).toBeNull();
    expect(parseNumber('0', 1, 100)).toBeNull();
    expect(parseNumber('-3', -5, 100)).toBeNull();
    expect(parseNumber('abc', 0, 100)).toBeNull();
  });

  it('keeps the departments in the given subtrees, in tree order', () => {
    const tree = [
      { id: 'SOF', depth: 0 }, { id: 'BCH', depth: 1 }, { id: 'BCH.1', depth: 2 }, { id: 'VOK', depth: 1 }, { id: 'BUF', depth: 0 },
    ];
    expect(subtreeEntries(tree, ['BCH']).map((d) => d.id)).toEqual(['BCH', 'BCH.1']);
    expect(subtreeEntries(tree, ['BCH', 'BUF']).map((d) => d.id)).toEqual(['BCH', 'BCH.1', 'BUF']);
    expect(subtreeEntries(tree, null)).toHaveLength(5);
    expect(subtreeEntries(tree, [])).toEqual([]);
  });

  it('links to the server’s CSV exports', () => {
    expect(roundCsvUrl('12', 'results')).toBe('/reviews/12/results.csv');
    expect(roundCsvUrl('12', 'reviews')).toBe('/reviews/12/reviews.csv');
  });
});

describe('event details', () => {
  const t = (key: string) => ({
    'supervision.level.FIRST': '1. gennemgang',
    'supervision.round.eliminate.reasons.NOT_YET_DOCUMENTED': 'Endnu ikke dokumenteret',
    'supervision.round.log.details.reviewer': 'tilsynsfører',
    'supervision.round.log.details.reason': 'begrundelse',
    'supervision.round.log.details.replacementCaseId': 'erstattet af',
  } as Record<string, string>)[key] ?? key;
  const te = (key: string) => t(key) !== key;

  it('writes the server’s JSON details as readable text, leaving out empty values', () => {
    expect(eventDetail('{"level":"FIRST","reviewer":"demo-leder"}', t, te)).toBe('1. gennemgang · tilsynsfører: demo-leder');
    expect(eventDetail('{"note":null,"reason":"NOT_YET_DOCUMENTED","replacementCaseId":"HJM-1"}', t, te)).toBe('begrundelse: Endnu ikke dokumenteret · erstattet af: HJM-1');
    expect(eventDetail('{"unknown":3}', t, te)).toBe('unknown: 3');
  });

  it('keeps plain text and nothing as they are', () => {
    expect(eventDetail('Punkt 2 skal vurderes igen', t, te)).toBe('Punkt 2 skal vurderes igen');
    expect(eventDetail(null, t, te)).toBe('');
  });
});
