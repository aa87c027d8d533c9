import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { IndicatorKey, IndicatorTargetPanelQuery } from '../gql/graphql';
import { ClearIndicatorTargetMutation, IndicatorTargetPanelQuery as PanelQuery, SetIndicatorTargetMutation } from '../graphql/targets';
import { useSelectionStore } from '../stores/selection';
import type { TargetBoundsInput } from '../components/overview/targetInput';
import { useMutation } from './useMutation';
import { useQuery } from './useQuery';

export type TargetPanelIndicator = IndicatorTargetPanelQuery['figures']['indicators'][number];
export type TargetChange = IndicatorTargetPanelQuery['indicatorTargetHistory'][number];

/**
 * One department's target for one indicator: the indicator (value, status, target in force) for
 * the selected period, the history of the department's own target, and setting or removing it.
 * After a change the panel reloads and `onChanged` runs (the overview refetches its matrix).
 */
export function useTargets(
  department: MaybeRefOrGetter<string | null>,
  indicator: MaybeRefOrGetter<IndicatorKey>,
  onChanged: () => void,
) {
  const selection = useSelectionStore();
  const panel = useQuery(PanelQuery, () => {
    const id = toValue(department);
    return id === null
      ? null
      : { department: id, indicator: toValue(indicator), period: selection.period, asOf: selection.asOf };
  });
  const setTarget = useMutation(SetIndicatorTargetMutation);
  const clearTarget = useMutation(ClearIndicatorTargetMutation);

  const figure = computed<TargetPanelIndicator | null>(() => panel.data.value?.figures.indicators[0] ?? null);
  const history = computed<readonly TargetChange[]>(() => panel.data.value?.indicatorTargetHistory ?? []);
  /** Only a target set on the department itself can be removed there. */
  const ownTarget = computed(() => (figure.value?.target && !figure.value.target.inherited ? figure.value.target : null));

  async function afterChange(succeeded: boolean): Promise<boolean> {
    if (!succeeded) return false;
    onChanged();
    await panel.refetch();
    return true;
  }

  /** Sets the department's own target; resolves with whether it was saved. */
  async function save(bounds: TargetBoundsInput): Promise<boolean> {
    const id = toValue(department);
    if (id === null) return false;
    clearTarget.reset();
    const answer = await setTarget.run({ input: { department: id, indicator: toValue(indicator), ...bounds } });
    return afterChange(answer !== null);
  }

  /** Removes the department's own target (it inherits again); resolves with whether it was removed. */
  async function clear(): Promise<boolean> {
    const id = toValue(department);
    if (id === null) return false;
    setTarget.reset();
    const answer = await clearTarget.run({ department: id, indicator: toValue(indicator) });
    return afterChange(answer !== null);
  }

  return {
    figure,
    history,
    ownTarget,
    loading: panel.loading,
    error: panel.error,
    refetch: panel.refetch,
    save,
    clear,
    saving: setTarget.pending,
    clearing: clearTarget.pending,
    saveError: setTarget.error,
    clearError: clearTarget.error,
    resetErrors: () => {
      setTarget.reset();
      clearTarget.reset();
    },
  };
}
