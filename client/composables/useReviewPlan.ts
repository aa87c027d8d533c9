import { computed, reactive, shallowRef, watch, type ComputedRef } from 'vue';
import type { AllocationMethod, FrameKind, ReviewPlanInput, ReviewRoundPlanQuery, Stratification } from '../gql/graphql';
import { ReviewRoundPlanQuery as PlanDocument } from '../graphql/reviewPlan';
import type { Period } from '../utils/dates';
import { parseNumber } from '../utils/reviews';
import { useDebounced } from './useDebounced';
import { useQuery } from './useQuery';

/** How long the planner waits after the last change before it asks for the plan. */
export const PLAN_DEBOUNCE_MS = 400;
export const MAX_SAMPLE = 10_000;

export interface PlanForm {
  name: string;
  scope: string | null;
  kind: FrameKind;
  caseTypes: string[];
  excludeEarlierRounds: boolean;
  strata: Stratification;
  method: AllocationMethod;
  total: string;
  perStratum: string;
  reservePercent: string;
  seed: string;
}

export function defaultPlanForm(scope: string | null): PlanForm {
  return {
    name: '', scope, kind: 'DECIDED_IN_PERIOD', caseTypes: [], excludeEarlierRounds: true, strata: 'DEPARTMENT',
    method: 'PROPORTIONAL', total: '30', perStratum: '5', reservePercent: '20', seed: '',
  };
}

/** The plan input of a form, or null while a field is not valid. */
export function planInput(form: PlanForm, period: Period, asOf: string): ReviewPlanInput | null {
  const size = parseNumber(form.method === 'PROPORTIONAL' ? form.total : form.perStratum, 1, MAX_SAMPLE, true);
  if (form.scope === null || size === null) return null;
  return {
    scope: form.scope,
    frame: {
      kind: form.kind,
      period: form.kind === 'DECIDED_IN_PERIOD' ? { from: period.from, to: period.to } : null,
      asOf,
      caseTypes: form.caseTypes,
      excludeEarlierRounds: form.excludeEarlierRounds,
    },
    strata: form.strata,
    allocation: form.method === 'PROPORTIONAL' ? { method: 'PROPORTIONAL', total: size } : { method: 'EQUAL', perStratum: size },
  };
}

type Plan = ReviewRoundPlanQuery['reviewRoundPlan'];

/**
 * The planning wizard's state and the live plan: the frame size and allocation per stratum follow
 * the form once it has been still for {@link PLAN_DEBOUNCE_MS}; the last plan stays shown while
 * the next one loads.
 */
export function useReviewPlan(scope: string | null, selection: () => { period: Period; asOf: string }) {
  const form = reactive(defaultPlanForm(scope));
  const input: ComputedRef<ReviewPlanInput | null> = computed(() => planInput(form, selection().period, selection().asOf));
  const settled = useDebounced(input, PLAN_DEBOUNCE_MS);
  const query = useQuery(PlanDocument, () => (settled.value ? { input: settled.value } : null));
  const last = shallowRef<Plan | null>(null);
  watch(query.data, (data) => {
    if (data) last.value = data.reviewRoundPlan;
  });
  watch(input, (value) => {
    if (value === null) last.value = null;
  });
  const reserveShare = computed(() => {
    const percent = parseNumber(form.reservePercent, 0, 100);
    return percent === null ? null : percent / 100;
  });
  /** True while the plan shown is not yet the one for the form as it is now. */
  const updating = computed(() => JSON.stringify(input.value) !== JSON.stringify(settled.value) || query.loading.value);
  return { form, input, plan: last, updating, reserveShare, error: query.error, refetch: query.refetch };
}
