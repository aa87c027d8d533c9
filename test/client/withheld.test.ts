// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import FigureValue from '../../client/components/common/FigureValue.vue';
import { formattersFor } from '../../client/i18n/format';
import { approximateDays, createFigureText, deadlineRange } from '../../client/utils/figureText';
import { anyWithheld, reasonFor, showFigure, withheldText } from '../../client/utils/withheld';
import { createAppI18n } from './fixtures';

describe('the withheld formatter', () => {
  it('shows "< 5" for a count of 1–4 and the hidden text for the other reasons', () => {
    expect(withheldText('BELOW_FIVE', 'skjult')).toBe('< 5');
    expect(withheldText('SMALL_BASE', 'skjult')).toBe('skjult');
    expect(withheldText('SECONDARY', 'withheld')).toBe('withheld');
  });

  it('formats the value when nothing is withheld, and never shows a withheld null as 0 or a dash', () => {
    const format = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${v}`);
    expect(showFigure(12, null, format, 'skjult')).toBe('12');
    expect(showFigure(null, null, format, 'skjult')).toBe('–');
    expect(showFigure(null, 'BELOW_FIVE', format, 'skjult')).toBe('< 5');
    expect(showFigure(null, 'SMALL_BASE', format, 'skjult')).toBe('skjult');
  });

  it('reads the reason of a field from `suppressed`', () => {
    const source = { suppressed: [{ field: 'onTime', reason: 'BELOW_FIVE' as const }] };
    expect(reasonFor(source, 'onTime')).toBe('BELOW_FIVE');
    expect(reasonFor(source, 'rate')).toBeNull();
    expect(reasonFor(null, 'rate')).toBeNull();
    expect(anyWithheld([{ suppressed: [] }, source])).toBe(true);
    expect(anyWithheld([{ suppressed: [] }, null])).toBe(false);
  });

  it('writes figures, days and deadlines in Danish and English', () => {
    const t = (key: string, named?: Record<string, unknown>, plural?: number) =>
      createAppI18n('da').global.t(key, named ?? {}, plural ?? 1);
    const da = createFigureText(t, formattersFor('da'));
    expect(da.rate(0.8534)).toBe('85,3\u00a0%');
    expect(da.rate(null, 'SMALL_BASE')).toBe('skjult');
    expect(da.count(3, 'BELOW_FIVE')).toBe('< 5');
    expect(da.count(14000)).toBe('14.000');
    expect(da.days(38)).toBe('38 dage');
    expect(da.days(1)).toBe('1 dag');
    expect(da.dayCount(70.5)).toBe('70,5');
    expect(da.deadline({ value: 3, unit: 'MONTHS' })).toBe('3 mdr.');
    expect(da.deadline({ value: 1, unit: 'MONTHS' })).toBe('1 md.');
    expect(da.deadline({ value: 8, unit: 'WEEKS' })).toBe('8 uger');
    expect(da.deadline(null)).toBe('–');
    const i18nEn = createAppI18n('en').global;
    const en = createFigureText((k, n, p) => i18nEn.t(k, n ?? {}, p ?? 1), formattersFor('en'));
    expect(en.rate(null, 'SECONDARY')).toBe('withheld');
    expect(en.deadline({ value: 14, unit: 'DAYS' })).toBe('14 days');
  });

  it('orders deadlines by their length in days', () => {
    expect(approximateDays({ value: 2, unit: 'WEEKS' })).toBe(14);
    const range = deadlineRange([{ value: 3, unit: 'MONTHS' }, null, { value: 14, unit: 'DAYS' }, { value: 8, unit: 'WEEKS' }]);
    expect(range).toEqual({ shortest: { value: 14, unit: 'DAYS' }, longest: { value: 3, unit: 'MONTHS' } });
    expect(deadlineRange([null])).toBeNull();
  });
});

describe('FigureValue', () => {
  const render = (props: InstanceType<typeof FigureValue>['$props'], locale: 'da' | 'en' = 'da') =>
    mount(FigureValue, { props, global: { plugins: [createAppI18n(locale)] } });

  it('shows the figure in the current language', () => {
    expect(render({ value: 0.853, kind: 'rate' }).text()).toBe('85,3\u00a0%');
    expect(render({ value: 0.853, kind: 'rate' }, 'en').text()).toBe('85.3%');
  });

  it('shows "< 5" and "skjult"/"withheld" with the reason for screen readers', () => {
    const below = render({ value: null, reason: 'BELOW_FIVE' });
    expect(below.get('[aria-hidden="true"]').text()).toBe('< 5');
    expect(below.get('.visually-hidden').text()).toContain('Færre end 5');
    expect(render({ value: null, reason: 'SMALL_BASE', kind: 'rate' }).get('[aria-hidden="true"]').text()).toBe('skjult');
    expect(render({ value: null, reason: 'SECONDARY' }, 'en').get('[aria-hidden="true"]').text()).toBe('withheld');
  });
});
