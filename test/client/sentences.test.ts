import { describe, expect, it } from 'vitest';
import type { TranslateWith } from '../../client/charts/theme';
import { formattersFor, type AppLocale } from '../../client/i18n/format';
import { indicatorSentence, indicatorValueText, longDate, targetCellText, type SentenceIndicator } from '../../client/utils/sentences';
import indicatorTexts from '../../client/i18n/indicators/da';
import { createAppI18n } from './fixtures';

/** The real messages, as the page translates them. */
function textFor(locale: AppLocale) {
  const { t } = createAppI18n(locale).global;
  const translate: TranslateWith = (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural));
  return { fmt: formattersFor(locale), t: translate };
}
const da = textFor('da');
const sentence = (ind: SentenceIndicator) => indicatorSentence(ind, da.fmt, da.t);
/** Intl writes a no-break space before "%"; the expectations read better with a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const timeliness: SentenceIndicator = {
  key: 'TIMELINESS', direction: 'HIGHER_IS_BETTER', unit: 'SHARE',
  value: 0.78, base: 2140, withheld: false, reason: null,
  previousValue: 0.71, previousWithheld: false, trend: 'BETTER',
  target: { value: 0.85, low: null, high: null }, status: 'RED',
};

describe('indicatorSentence', () => {
  it('a rise that is an improvement, in Danish numbers, with the target missed', () => {
    expect(plain(sentence(timeliness))).toBe(
      'Rettidigheden steg fra 71,0 % året før til 78,0 % (2.140 afgørelser med frist) – en forbedring. '
      + 'Målet er mindst 85,0 %, og det er ikke nået.',
    );
    expect(sentence(timeliness)).toContain('78,0\u00a0%');
  });

  it('a fall of a lower-is-better indicator is an improvement; days carry their unit', () => {
    const median: SentenceIndicator = {
      ...timeliness, key: 'KM_MEDIAN_DAYS', direction: 'LOWER_IS_BETTER', unit: 'DAYS',
      value: 38, base: 1200, previousValue: 45, trend: 'BETTER', target: null, status: null,
    };
    expect(sentence(median)).toBe('Mediantiden til afgørelse faldt fra 45 dage året før til 38 dage (1.200 modtagne sager) – en forbedring.');
  });

  it('without a trend from the server, the direction decides better or worse', () => {
    const backlog: SentenceIndicator = {
      ...timeliness, key: 'OVERDUE_BACKLOG', direction: 'LOWER_IS_BETTER', unit: 'COUNT',
      value: 52, base: 310, previousValue: 40, trend: null, target: null, status: null,
    };
    expect(sentence(backlog)).toBe('Antallet af overskredne åbne sager steg fra 40 året før til 52 (310 åbne sager) – en forværring.');
    const fixed: SentenceIndicator = {
      ...timeliness, key: 'FIXED_CASEWORKER_SHARE', value: 0.6, base: 800, previousValue: 0.65, trend: null, target: null, status: null,
    };
    expect(plain(sentence(fixed))).toBe('Andelen af sager med fast sagsbehandler faldt fra 65,0 % året før til 60,0 % (800 afgjorte sager) – en forværring.');
  });

  it('unchanged when both values read the same, with a lower-is-better target met', () => {
    const reversal: SentenceIndicator = {
      ...timeliness, key: 'REVERSAL_RATE', direction: 'LOWER_IS_BETTER',
      value: 0.1204, base: 85, previousValue: 0.1196, trend: 'UNCHANGED',
      target: { value: 0.15, low: null, high: null }, status: 'GREEN',
    };
    expect(plain(sentence(reversal))).toBe(
      'Omgørelsesprocenten i ankesager var uændret på 12,0 % (85 realitetsbehandlede ankesager) i forhold til året før. '
      + 'Målet er højst 15,0 %, og det er nået.',
    );
  });

  it('a band: rise and fall without a verdict unless the server gives a trend; the band in words', () => {
    const caseload: SentenceIndicator = {
      ...timeliness, key: 'CASELOAD', direction: 'WITHIN_BAND', unit: 'PER_CASEWORKER',
      value: 33.04, base: 40, previousValue: 31.2, trend: null,
      target: { value: null, low: 20, high: 30 }, status: 'AMBER',
    };
    expect(plain(sentence(caseload))).toBe(
      'Antallet af åbne sager pr. sagsbehandler steg fra 31,2 året før til 33 (40 medarbejdere). '
      + 'Målet er mellem 20 og 30, og tallet er tæt på (inden for 10 %).',
    );
    expect(sentence({ ...caseload, trend: 'WORSE' })).toContain('til 33 (40 medarbejdere) – en forværring.');
  });

  it('a count of 1 to 4 is "under 5", withheld for confidentiality', () => {
    const backlog: SentenceIndicator = {
      ...timeliness, key: 'OVERDUE_BACKLOG', direction: 'LOWER_IS_BETTER', unit: 'COUNT',
      value: null, base: null, withheld: true, reason: 'BELOW_FIVE', trend: null, target: null, status: null,
    };
    expect(sentence(backlog)).toBe('Antallet af overskredne åbne sager er under 5. Det præcise tal er tilbageholdt af hensyn til diskretion.');
    expect(indicatorValueText(backlog, da.fmt, da.t)).toBe('< 5');
  });

  it('a rate on a small base is withheld and says what it rests on; the target still stated', () => {
    const reversal: SentenceIndicator = {
      ...timeliness, key: 'REVERSAL_RATE', direction: 'LOWER_IS_BETTER',
      value: null, base: null, withheld: true, reason: 'SMALL_BASE', trend: null,
      target: { value: 0.15, low: null, high: null }, status: null,
    };
    expect(plain(sentence(reversal))).toBe(
      'Omgørelsesprocenten i ankesager er tilbageholdt af hensyn til diskretion (under 5 realitetsbehandlede ankesager). Målet er højst 15,0 %.',
    );
    expect(indicatorValueText(reversal, da.fmt, da.t)).toBe(indicatorTexts.withheld);
    expect(sentence({ ...reversal, reason: 'SECONDARY', target: null })).toBe(
      'Omgørelsesprocenten i ankesager er tilbageholdt af hensyn til diskretion, så et lille tal et andet sted i tabellen ikke kan regnes ud.',
    );
  });

  it('no value and not withheld: no data for the period', () => {
    const review: SentenceIndicator = {
      ...timeliness, key: 'REVIEW_IN_ORDER_SHARE', value: null, base: null, previousValue: null, trend: null, target: null, status: null,
    };
    expect(sentence(review)).toBe('Andel tilsynssager i orden: Der er ingen data for perioden.');
    expect(indicatorValueText(review, da.fmt, da.t)).toBe('–');
  });

  it('no value a year earlier, or one withheld: the value alone, and why there is no comparison', () => {
    const turnover: SentenceIndicator = {
      ...timeliness, key: 'ANNUALISED_TURNOVER', direction: 'LOWER_IS_BETTER',
      value: 0.152, base: 42.5, previousValue: null, trend: null, target: null, status: null,
    };
    expect(plain(sentence(turnover))).toBe(
      'Den årlige personaleomsætning var 15,2 % (42,5 medarbejdere i gennemsnit). Der er ingen tal for samme periode året før at sammenligne med.',
    );
    expect(plain(sentence({ ...turnover, previousWithheld: true, base: null }))).toBe(
      'Den årlige personaleomsætning var 15,2 %. Tallet for året før er tilbageholdt af hensyn til diskretion.',
    );
  });

  it('in English with English numbers', () => {
    const en = textFor('en');
    expect(indicatorSentence(timeliness, en.fmt, en.t)).toBe(
      'Timeliness rose from 71.0% a year earlier to 78.0% (2,140 decisions with a deadline) – an improvement. '
      + 'The target is at least 85.0%, and it is not met.',
    );
  });
});

describe('the table texts and dates', () => {
  it('targets in a cell, by direction', () => {
    expect(plain(targetCellText(timeliness, da.fmt, da.t)!)).toBe('Mål: mindst 85,0 %');
    const band: SentenceIndicator = { ...timeliness, direction: 'WITHIN_BAND', unit: 'PER_CASEWORKER_YEAR', target: { value: null, low: 60, high: 80 } };
    expect(targetCellText(band, da.fmt, da.t)).toBe('Mål: 60–80');
    expect(targetCellText({ ...timeliness, target: null }, da.fmt, da.t)).toBeNull();
  });

  it('dates in words', () => {
    expect(longDate('da', '2026-01-01')).toBe('1. januar 2026');
    expect(longDate('da', '2026-06-30')).toBe('30. juni 2026');
    expect(longDate('en', '2026-06-30')).toBe('30 June 2026');
  });
});
