// The committee report's plain-language sentences: one per indicator, written deterministically
// from its numbers (value, the same period a year earlier, base, target and status). Pure: the
// words come from the translate function (client/i18n/committee), the numbers from the formatters.
import type { TranslateWith } from '../charts/theme';
import type { IndicatorFieldsFragment } from '../gql/graphql';
import { INTL_LOCALE, type AppLocale, type Formatters } from '../i18n/format';
import { formatIndicatorValue, indicatorBaseKey, indicatorKey } from './indicators';

type Target = Pick<NonNullable<IndicatorFieldsFragment['target']>, 'value' | 'low' | 'high'>;

/** What a sentence is written from: an indicator as the report query returns it. */
export type SentenceIndicator = Pick<
  IndicatorFieldsFragment,
  'key' | 'direction' | 'unit' | 'value' | 'base' | 'withheld' | 'reason' | 'status' | 'previousValue' | 'previousWithheld' | 'trend'
> & { target: Target | null };

/** A value with its unit, for running text and table cells: "78,0 %", "38 dage", "12,4". */
export function valueWithUnit(ind: Pick<SentenceIndicator, 'unit'>, value: number | null | undefined, fmt: Formatters, t: TranslateWith): string {
  return t(`committee.unit.${ind.unit}`, { value: formatIndicatorValue(fmt, ind.unit, value) });
}

/** The value as a table cell shows it: "< 5" or "Tilbageholdt" when withheld, an en dash when missing. */
export function indicatorValueText(ind: SentenceIndicator, fmt: Formatters, t: TranslateWith): string {
  if (ind.withheld) return t(ind.reason === 'BELOW_FIVE' ? 'indicators.belowFive' : 'indicators.withheld');
  return ind.value === null ? formatIndicatorValue(fmt, ind.unit, null) : valueWithUnit(ind, ind.value, fmt, t);
}

function hasTarget(ind: SentenceIndicator): ind is SentenceIndicator & { target: Target } {
  if (!ind.target) return false;
  return ind.direction === 'WITHIN_BAND' ? ind.target.low !== null || ind.target.high !== null : ind.target.value !== null;
}

/** The target in a table cell, "Mål: mindst 85,0 %"; null when none is set. */
export function targetCellText(ind: SentenceIndicator, fmt: Formatters, t: TranslateWith): string | null {
  if (!hasTarget(ind)) return null;
  const show = (value: number | null) => valueWithUnit(ind, value, fmt, t);
  return t(`committee.target.${ind.direction}`, { value: show(ind.target.value), low: show(ind.target.low), high: show(ind.target.high) });
}

/** "Målet er mindst 85,0 %, og det er ikke nået."; empty when no target is set. */
export function targetSentence(ind: SentenceIndicator, fmt: Formatters, t: TranslateWith): string {
  if (!hasTarget(ind)) return '';
  const show = (value: number | null) => valueWithUnit(ind, value, fmt, t);
  const target = t(`committee.sentence.target.${ind.direction}`, {
    target: show(ind.target.value), low: show(ind.target.low), high: show(ind.target.high),
  });
  return t(`committee.sentence.targetStatus.${ind.status ?? 'NONE'}`, { target });
}

/** Better or worse: the server's trend, else the indicator's direction (a band has none of its own). */
function judgement(ind: SentenceIndicator, rose: boolean): 'better' | 'worse' | null {
  if (ind.trend === 'BETTER') return 'better';
  if (ind.trend === 'WORSE') return 'worse';
  if (ind.trend === 'UNCHANGED' || ind.direction === 'WITHIN_BAND') return null;
  return rose === (ind.direction === 'HIGHER_IS_BETTER') ? 'better' : 'worse';
}

function withheldSentence(ind: SentenceIndicator, subject: string, t: TranslateWith): string {
  if (ind.reason === 'BELOW_FIVE') return t('committee.sentence.belowFive', { subject });
  if (ind.reason === 'SECONDARY') return t('committee.sentence.secondary', { subject });
  const base = t(indicatorBaseKey(ind.key), { n: t('committee.sentence.baseBelowFive') });
  return t('committee.sentence.smallBase', { subject, base });
}

/** The comparison with a year earlier, or the value alone when there is nothing to compare with. */
function valueSentence(ind: SentenceIndicator & { value: number }, subject: string, fmt: Formatters, t: TranslateWith): string {
  const value = valueWithUnit(ind, ind.value, fmt, t);
  const base = ind.base === null ? '' : t('committee.sentence.base', { base: t(indicatorBaseKey(ind.key), { n: fmt.decimal(ind.base, 1) }) });
  if (ind.previousWithheld) return t('committee.sentence.previousWithheld', { subject, value, details: base });
  if (ind.previousValue === null) return t('committee.sentence.noPrevious', { subject, value, details: base });
  const previous = valueWithUnit(ind, ind.previousValue, fmt, t);
  // Unchanged as the reader sees it: equal once written with the indicator's decimals.
  if (previous === value) return t('committee.sentence.unchanged', { subject, value, details: base });
  const rose = ind.value > ind.previousValue;
  const verdict = judgement(ind, rose);
  const details = base + (verdict ? t(`committee.sentence.${verdict}`) : '');
  return t(rose ? 'committee.sentence.rose' : 'committee.sentence.fell', { subject, previous, value, details });
}

/**
 * One indicator in plain words, e.g. "Rettidigheden steg fra 71,0 % året før til 78,0 % (2.140
 * afgørelser med frist) – en forbedring. Målet er mindst 85,0 %, og det er ikke nået."
 */
export function indicatorSentence(ind: SentenceIndicator, fmt: Formatters, t: TranslateWith): string {
  const subject = t(`committee.subject.${ind.key}`);
  let main: string;
  if (ind.withheld) main = withheldSentence(ind, subject, t);
  else if (ind.value === null) main = t('committee.sentence.noData', { name: t(indicatorKey(ind.key)) });
  else main = valueSentence({ ...ind, value: ind.value }, subject, fmt, t);
  const target = targetSentence(ind, fmt, t);
  return target ? `${main} ${target}` : main;
}

/** A date in words: "1. januar 2026" / "1 January 2026". */
export function longDate(locale: AppLocale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
