/** Supervisory review figures and events as text: intervals, changes, frames, clock times, log details. */
import type { Formatters } from '../i18n/format';

/** An interval of shares with the percent sign once: "72,1–92,6 %" (en: "72.1–92.6%"). */
export function rangeText(fmt: Formatters, lower: number, upper: number): string {
  return `${fmt.percent(lower, 1).replace(/\s*%$/, '')}–${fmt.percent(upper, 1)}`;
}

/**
 * "85,0 % (72,1–92,6 %)"; the estimate alone (or an en dash) without an interval, or when the
 * interval is a single point (every answer alike, a stratified standard error of 0).
 */
export function intervalText(fmt: Formatters, estimate: number | null | undefined, lower?: number | null, upper?: number | null): string {
  const shown = fmt.percent(estimate, 1);
  if (estimate === null || estimate === undefined || lower === null || lower === undefined || upper === null || upper === undefined) return shown;
  return lower === upper ? shown : `${shown} (${rangeText(fmt, lower, upper)})`;
}

/** A change in percentage points with its sign: "+3,2" / "−1,0"; an en dash for none. */
export function signedPoints(fmt: Formatters, change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return fmt.decimal(null);
  const points = change * 100;
  const text = fmt.decimal(Math.abs(points), 1);
  if (text === fmt.decimal(0, 1)) return text;
  return `${points > 0 ? '+' : '−'}${text}`;
}

/** Hours and minutes of an instant in Danish time, e.g. "14:05". */
export function clockTime(instant: string | Date, locale: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }).format(date);
}

/** "Afgjort 01.12.2025–30.11.2026" or "Verserende pr. 23.11.2026". */
export function frameText(
  frame: { kind: 'DECIDED_IN_PERIOD' | 'OPEN_AT'; period?: { from: string; to: string } | null; asOf: string },
  t: (key: string, named: Record<string, unknown>) => string,
  fmt: Formatters,
): string {
  return frame.kind === 'DECIDED_IN_PERIOD' && frame.period
    ? t('supervision.frame.DECIDED_IN_PERIOD', { from: fmt.date(frame.period.from), to: fmt.date(frame.period.to) })
    : t('supervision.frame.OPEN_AT', { asOf: fmt.date(frame.asOf) });
}

/**
 * An event's detail (the server writes a JSON object) as readable text: known keys and values in
 * the user's language ("Tilsynsfører: demo-leder · 1. gennemgang"), others as they are.
 */
export function eventDetail(detail: string | null, t: (key: string) => string, te: (key: string) => boolean): string {
  if (!detail) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return detail;
  const value = (key: string, raw: unknown): string => {
    const text = String(raw);
    if (key === 'level' && te(`supervision.level.${text.toUpperCase()}`)) return t(`supervision.level.${text.toUpperCase()}`);
    if (key === 'reason' && te(`supervision.round.eliminate.reasons.${text}`)) return t(`supervision.round.eliminate.reasons.${text}`);
    const status = `supervision.results.followUp.status.${text.toUpperCase()}`;
    if ((key === 'status' || key === 'from' || key === 'to') && te(status)) return t(status);
    return text;
  };
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([, raw]) => raw !== null && raw !== undefined && raw !== '')
    .map(([key, raw]) => {
      const label = te(`supervision.round.log.details.${key}`) ? t(`supervision.round.log.details.${key}`) : key;
      return key === 'level' ? value(key, raw) : `${label}: ${value(key, raw)}`;
    })
    .join(' · ');
}
