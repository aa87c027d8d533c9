// The indicator registry against the contract (enum order) and the client's themes, and reading an
// indicator from its family's figure.
import { describe, expect, it } from 'vitest';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import { INDICATOR_KEYS, INDICATORS, readIndicator } from '../../server/indicators/registry';
import { THEMES } from '../../client/utils/indicators';

describe('the indicator registry', () => {
  it('lists every IndicatorKey of the schema, in its order', () => {
    const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const keys = (buildSchema(typeDefs).getType('IndicatorKey') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(INDICATOR_KEYS).toEqual(keys);
    expect(Object.keys(INDICATORS)).toEqual(keys);
  });

  it('puts each indicator of the client\'s themes in that theme, and complaints per 1,000 in citizen dialogue', () => {
    for (const { theme, indicators } of THEMES) for (const key of indicators) expect(INDICATORS[key].theme).toBe(theme);
    expect(INDICATORS.COMPLAINTS_PER_1000.theme).toBe('CITIZEN_DIALOGUE');
  });

  it('has the units and directions of the plan', () => {
    const units = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, INDICATORS[k].unit]));
    expect(units).toEqual({
      TIMELINESS: 'SHARE', KM_MEDIAN_DAYS: 'DAYS', OVERDUE_BACKLOG: 'COUNT', ANNUALISED_TURNOVER: 'SHARE', FIXED_CASEWORKER_SHARE: 'SHARE',
      COMPLAINTS_PER_1000: 'PER_1000', DIALOGUE_COMPLAINTS_PER_1000: 'PER_1000', REVERSAL_RATE: 'SHARE', REVIEW_IN_ORDER_SHARE: 'SHARE',
      CASELOAD: 'PER_CASEWORKER', DECISIONS_PER_CASEWORKER_YEAR: 'PER_CASEWORKER_YEAR',
    });
    const higher = INDICATOR_KEYS.filter((k) => INDICATORS[k].direction === 'HIGHER_IS_BETTER');
    const band = INDICATOR_KEYS.filter((k) => INDICATORS[k].direction === 'WITHIN_BAND');
    expect(higher).toEqual(['TIMELINESS', 'FIXED_CASEWORKER_SHARE', 'REVIEW_IN_ORDER_SHARE']);
    expect(band).toEqual(['CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR']);
  });
});

describe('readIndicator', () => {
  it('reads the value, sums the base and reports the value\'s suppression', () => {
    const appeals = { upheld: 6, changed: 2, remitted: 1, reversalRate: 3 / 9, withheld: false, suppressed: [] };
    expect(readIndicator(INDICATORS.REVERSAL_RATE, appeals)).toEqual({ value: 3 / 9, base: 9, withheld: false, reason: null });
    const timeliness = { rate: null, decidedWithDueDate: null, withheld: true, suppressed: [{ field: 'decidedWithDueDate', reason: 'BELOW_FIVE' as const }, { field: 'rate', reason: 'SMALL_BASE' as const }] };
    expect(readIndicator(INDICATORS.TIMELINESS, timeliness)).toEqual({ value: null, base: null, withheld: true, reason: 'SMALL_BASE' });
  });

  it('is not withheld when only another field of the figure is', () => {
    const backlog = { overdue: 7, total: 9, ageBands: [], withheld: true, suppressed: [{ field: 'withDueDate', reason: 'SECONDARY' as const }] };
    expect(readIndicator(INDICATORS.OVERDUE_BACKLOG, backlog)).toEqual({ value: 7, base: 9, withheld: false, reason: null });
  });

  it('gives no base beside a withheld value, even when the base itself is shown', () => {
    const backlog = { overdue: null, total: 26, ageBands: [], withheld: true, suppressed: [{ field: 'overdue', reason: 'BELOW_FIVE' as const }] };
    expect(readIndicator(INDICATORS.OVERDUE_BACKLOG, backlog)).toEqual({ value: null, base: null, withheld: true, reason: 'BELOW_FIVE' });
  });
});
