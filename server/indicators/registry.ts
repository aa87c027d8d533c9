// The development plan's indicators (domain.md, "The development plan's five themes"), pure: for
// each key its theme, direction and unit, and where its value and base are read — which figure
// family (a ScopeFigures field's object, already disclosure-controlled) and which of its fields.
// Consistent with client/utils/indicators.ts, which only orders and formats what is said here.
import type {
  Appeals, Backlog, Complaints, Continuity, IndicatorDirection, IndicatorKey, IndicatorUnit, KaplanMeier,
  Resources, Staff, Suppression, Theme, Timeliness,
} from '../graphql/generated';

/** A single disclosure-controlled number with its base (the dialogue complaints, the review share). */
export interface ScalarFigure { value: number | null; base: number | null; withheld: boolean; suppressed: Suppression[] }

/** The figure object each family of indicators is read from. */
export interface FamilyFigures {
  timeliness: Timeliness;
  timeToDecision: KaplanMeier;
  backlog: Backlog;
  staff: Staff;
  continuity: Continuity;
  complaints: Complaints;
  dialogueComplaints: ScalarFigure;
  appeals: Appeals;
  review: ScalarFigure;
  resources: Resources;
}
export type Family = keyof FamilyFigures;

type NumericField<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T] & string;

interface Definition<F extends Family> {
  theme: Theme;
  direction: IndicatorDirection;
  unit: IndicatorUnit;
  family: F;
  /** The field holding the value; its `suppressed` entry says whether and why it is withheld. */
  value: NumericField<FamilyFigures[F]>;
  /** The fields whose sum is the base (null when any is null). */
  base: readonly NumericField<FamilyFigures[F]>[];
  /** Measured on the as-of date, not over the period (the backlog): a quarter's value is the one on its last day. */
  onDate?: true;
}
export type IndicatorDefinition = { [F in Family]: Definition<F> }[Family];

/** Every key in the order of the IndicatorKey enum (the order of `indicators` without `keys`). */
export const INDICATOR_KEYS: readonly IndicatorKey[] = [
  'TIMELINESS', 'KM_MEDIAN_DAYS', 'OVERDUE_BACKLOG', 'ANNUALISED_TURNOVER', 'FIXED_CASEWORKER_SHARE',
  'COMPLAINTS_PER_1000', 'DIALOGUE_COMPLAINTS_PER_1000', 'REVERSAL_RATE', 'REVIEW_IN_ORDER_SHARE',
  'CASELOAD', 'DECISIONS_PER_CASEWORKER_YEAR',
];

const higher = 'HIGHER_IS_BETTER' as const;
const lower = 'LOWER_IS_BETTER' as const;
const band = 'WITHIN_BAND' as const;

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  TIMELINESS: { theme: 'TIMELINESS', direction: higher, unit: 'SHARE', family: 'timeliness', value: 'rate', base: ['decidedWithDueDate'] },
  KM_MEDIAN_DAYS: { theme: 'TIMELINESS', direction: lower, unit: 'DAYS', family: 'timeToDecision', value: 'median', base: ['cohort'] },
  OVERDUE_BACKLOG: { theme: 'TIMELINESS', direction: lower, unit: 'COUNT', family: 'backlog', value: 'overdue', base: ['total'], onDate: true },
  ANNUALISED_TURNOVER: {
    theme: 'ATTRACTIVE_WORKPLACE', direction: lower, unit: 'SHARE', family: 'staff', value: 'annualisedTurnoverRate', base: ['averageHeadcount'],
  },
  FIXED_CASEWORKER_SHARE: {
    theme: 'CITIZEN_DIALOGUE', direction: higher, unit: 'SHARE', family: 'continuity', value: 'fixedCaseworkerShare', base: ['cases'],
  },
  COMPLAINTS_PER_1000: { theme: 'CITIZEN_DIALOGUE', direction: lower, unit: 'PER_1000', family: 'complaints', value: 'per1000Decisions', base: ['decisions'] },
  DIALOGUE_COMPLAINTS_PER_1000: { theme: 'CITIZEN_DIALOGUE', direction: lower, unit: 'PER_1000', family: 'dialogueComplaints', value: 'value', base: ['base'] },
  REVERSAL_RATE: {
    theme: 'PROFESSIONAL_QUALITY', direction: lower, unit: 'SHARE', family: 'appeals', value: 'reversalRate', base: ['upheld', 'changed', 'remitted'],
  },
  REVIEW_IN_ORDER_SHARE: { theme: 'PROFESSIONAL_QUALITY', direction: higher, unit: 'SHARE', family: 'review', value: 'value', base: ['base'] },
  CASELOAD: { theme: 'RESOURCES', direction: band, unit: 'PER_CASEWORKER', family: 'resources', value: 'caseload', base: ['headcountOnAsOf'], onDate: true },
  DECISIONS_PER_CASEWORKER_YEAR: {
    theme: 'RESOURCES', direction: band, unit: 'PER_CASEWORKER_YEAR', family: 'resources', value: 'decisionsPerCaseworkerYear', base: ['averageHeadcount'],
  },
};

export interface IndicatorReading {
  value: number | null;
  base: number | null;
  withheld: boolean;
  reason: Suppression['reason'] | null;
}

/** Reads an indicator from its family's figure: the value, its base and whether it was withheld. */
export function readIndicator(definition: IndicatorDefinition, figure: FamilyFigures[Family]): IndicatorReading {
  const fields = figure as unknown as Record<string, number | null | undefined>;
  const parts = definition.base.map((field) => fields[field] ?? null);
  const suppression = figure.suppressed.find((s) => s.field === definition.value);
  // A withheld value has no base either (schema.graphql): beside it, the base could tell the value.
  const withheld = suppression !== undefined;
  return {
    value: fields[definition.value] ?? null,
    base: withheld || parts.some((p) => p === null) ? null : parts.reduce<number>((sum, p) => sum + p!, 0),
    withheld,
    reason: suppression?.reason ?? null,
  };
}
