import { computed, type ComputedRef } from 'vue';
import { useDepartmentsStore } from '../stores/departments';
import { useSelectionStore } from '../stores/selection';
import type { Period } from '../utils/dates';

export interface ScopeVariables {
  scope: string;
  period: Period;
  asOf: string;
}

/**
 * The selection as query variables, or null until the scope is a department we know (an unknown
 * one is replaced by the URL sync); queries given it wait until then.
 */
export function useScopeVariables(): ComputedRef<ScopeVariables | null> {
  const selection = useSelectionStore();
  const departments = useDepartmentsStore();
  return computed(() => {
    const id = selection.scope;
    if (id === null || !departments.byId.has(id)) return null;
    return { scope: id, period: selection.period, asOf: selection.asOf };
  });
}
