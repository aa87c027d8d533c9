/** Shared by every chart builder: colours (WCAG AA against white) and injected text functions. */

/** Translates an i18n key; chart builders get it as an argument so they stay pure. */
export type Translate = (key: string) => string;

/** How a chart writes months and numbers; the views pass the current language's formatters. */
export interface ChartLabels {
  month: (month: string) => string;
  integer: (value: number) => string;
}

export const identityLabels: ChartLabels = {
  month: (month) => month,
  integer: (value) => String(value),
};

export const CHART_COLORS = {
  /** The product's dark blue (contrast 8.6:1 on white). */
  primary: '#1f4e79',
  /** A lighter blue for a second series beside the primary one. */
  secondary: '#7fa7cf',
  /** Below the target, flagged units, overdue (contrast 5.9:1 on white). */
  alert: '#b3261e',
  /** Units doing better than chance explains (contrast 6.4:1 on white). */
  better: '#1e6b34',
  /** Target lines and deadline markers (contrast 5.2:1 on white). */
  target: '#8a4b00',
  /** Control limits: 95 % lighter, 99.8 % darker. */
  limit95: '#8c96a0',
  limit998: '#4a5560',
  /** Backlog age bands, youngest to oldest: blues, then warm colours for the oldest. */
  ageBands: ['#b9d3ea', '#7fa7cf', '#4a7fb5', '#1f4e79', '#d08c3c', '#8a4b00'],
} as const;

/**
 * Translates an i18n key with named values and, for plural messages, a count. Builders get it as
 * an argument so they stay pure; tests pass a stand-in that shows the key.
 */
export type TranslateWith = (key: string, named?: Record<string, unknown>, plural?: number) => string;

/** Axis and label text (contrast 7.4:1 on white). */
export const CHART_TEXT = '#4a5560';

/** Text for a custom HTML tooltip: names come from imported data and must not become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
