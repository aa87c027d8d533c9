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
} as const;

/** Axis and label text (contrast 7.4:1 on white). */
export const CHART_TEXT = '#4a5560';
