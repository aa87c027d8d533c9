/**
 * The one place numbers, percentages and dates are formatted, through `Intl`.
 * Danish: `85,3 %`, `14.000`, `23.11.2026`; English (en-GB): `85.3%`, `14,000`, `23 Nov 2026`.
 * Missing values (null) show as an en dash, never as 0.
 */

export const LOCALES = ['da', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 locale `Intl` formats with. */
export const INTL_LOCALE: Record<AppLocale, string> = { da: 'da-DK', en: 'en-GB' };

/** Instants (import times) are shown in Danish time, wherever the browser is. */
export const TIME_ZONE = 'Europe/Copenhagen';

export const MISSING = '–';

const DATE_OPTIONS: Record<AppLocale, Intl.DateTimeFormatOptions> = {
  da: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

export interface Formatters {
  readonly locale: AppLocale;
  /** A whole number with thousands separators. */
  integer(value: number | null | undefined): string;
  /** A number with at most `digits` decimals. */
  decimal(value: number | null | undefined, digits?: number): string;
  /** A share in [0, 1] as a percentage with `digits` decimals (0.853 → `85,3 %`). */
  percent(value: number | null | undefined, digits?: number): string;
  /** An ISO `YYYY-MM-DD` date. */
  date(value: string | null | undefined): string;
  /** An ISO instant, in Danish time. */
  dateTime(value: string | null | undefined): string;
  /** A `YYYY-MM` month, e.g. `nov. 2026`. */
  month(value: string | null | undefined): string;
}

function isoDateToUtc(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
}

function build(locale: AppLocale): Formatters {
  const tag = INTL_LOCALE[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const date = new Intl.DateTimeFormat(tag, { ...DATE_OPTIONS[locale], timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(tag, {
    ...DATE_OPTIONS[locale],
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  });

  const cached = (cache: Map<number, Intl.NumberFormat>, digits: number, options: Intl.NumberFormatOptions) => {
    let format = cache.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits });
      cache.set(digits, format);
    }
    return format;
  };
  const finite = (value: number | null | undefined): value is number =>
    typeof value === 'number' && Number.isFinite(value);

  return {
    locale,
    integer: (value) => (finite(value) ? integer.format(value) : MISSING),
    decimal: (value, digits = 1) => {
      if (!finite(value)) return MISSING;
      let format = decimals.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
    percent: (value, digits = 1) => (finite(value) ? cached(percents, digits, { style: 'percent' }).format(value) : MISSING),
    date: (value) => {
      const parsed = value ? isoDateToUtc(value) : null;
      return parsed ? date.format(parsed) : MISSING;
    },
    dateTime: (value) => {
      const parsed = value ? new Date(value) : null;
      return parsed && !Number.isNaN(parsed.getTime()) ? dateTime.format(parsed) : MISSING;
    },
    month: (value) => {
      const parsed = value ? isoDateToUtc(value) : null;
      return parsed ? month.format(parsed) : MISSING;
    },
  };
}

const byLocale = new Map<AppLocale, Formatters>();

/** The formatters of a locale (built once per locale). */
export function formattersFor(locale: AppLocale): Formatters {
  let formatters = byLocale.get(locale);
  if (!formatters) {
    formatters = build(locale);
    byLocale.set(locale, formatters);
  }
  return formatters;
}
