import { describe, expect, it } from 'vitest';
import { parseTargetDraft, parseTargetNumber, targetDraft } from '../../client/components/overview/targetInput';

const draft = (value: string, low = '', high = '') => ({ value, low, high });

describe('the target form\'s numbers', () => {
  it('reads percent as a share in [0, 1], with a decimal comma or point and an optional "%"', () => {
    expect(parseTargetNumber('85', 'SHARE')).toEqual({ ok: true, value: 0.85 });
    expect(parseTargetNumber('85,5', 'SHARE')).toEqual({ ok: true, value: 0.855 });
    expect(parseTargetNumber(' 92.25 % ', 'SHARE')).toEqual({ ok: true, value: 0.9225 });
    expect(parseTargetNumber('100', 'SHARE')).toEqual({ ok: true, value: 1 });
    expect(parseTargetNumber('0', 'SHARE')).toEqual({ ok: true, value: 0 });
  });

  it('keeps other units as typed', () => {
    expect(parseTargetNumber('30', 'DAYS')).toEqual({ ok: true, value: 30 });
    expect(parseTargetNumber('4,5', 'PER_1000')).toEqual({ ok: true, value: 4.5 });
    expect(parseTargetNumber('150', 'PER_CASEWORKER_YEAR')).toEqual({ ok: true, value: 150 });
  });

  it('says why a field is not a target', () => {
    expect(parseTargetNumber('  ', 'DAYS')).toEqual({ ok: false, error: 'required' });
    expect(parseTargetNumber('85,5,1', 'SHARE')).toEqual({ ok: false, error: 'number' });
    expect(parseTargetNumber('1.000,5', 'COUNT')).toEqual({ ok: false, error: 'number' });
    expect(parseTargetNumber('høj', 'DAYS')).toEqual({ ok: false, error: 'number' });
    expect(parseTargetNumber('-3', 'DAYS')).toEqual({ ok: false, error: 'negative' });
    expect(parseTargetNumber('100,1', 'SHARE')).toEqual({ ok: false, error: 'percent' });
  });

  it('sends one value, or a band with low ≤ high', () => {
    expect(parseTargetDraft(draft('85'), 'HIGHER_IS_BETTER', 'SHARE')).toEqual({ ok: true, input: { value: 0.85 } });
    expect(parseTargetDraft(draft('30'), 'LOWER_IS_BETTER', 'DAYS')).toEqual({ ok: true, input: { value: 30 } });
    expect(parseTargetDraft(draft('', '25', '35'), 'WITHIN_BAND', 'PER_CASEWORKER')).toEqual({ ok: true, input: { low: 25, high: 35 } });
    expect(parseTargetDraft(draft('', '30', '30'), 'WITHIN_BAND', 'PER_CASEWORKER')).toEqual({ ok: true, input: { low: 30, high: 30 } });
    expect(parseTargetDraft(draft('', '35', '25'), 'WITHIN_BAND', 'PER_CASEWORKER')).toEqual({ ok: false, errors: { high: 'order' } });
    expect(parseTargetDraft(draft('', '', 'x'), 'WITHIN_BAND', 'PER_CASEWORKER')).toEqual({
      ok: false,
      errors: { low: 'required', high: 'number' },
    });
  });

  it('fills the form from a target as the user would type it', () => {
    expect(targetDraft({ value: 0.855, low: null, high: null }, 'SHARE', 'da')).toEqual({ value: '85,5', low: '', high: '' });
    expect(targetDraft({ value: 0.07, low: null, high: null }, 'SHARE', 'en')).toEqual({ value: '7', low: '', high: '' });
    expect(targetDraft({ value: null, low: 1250.5, high: 1400 }, 'PER_CASEWORKER_YEAR', 'da')).toEqual({ value: '', low: '1250,5', high: '1400' });
    expect(targetDraft(null, 'DAYS', 'da')).toEqual({ value: '', low: '', high: '' });
  });
});
