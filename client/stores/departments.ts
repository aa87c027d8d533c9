import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useQuery } from '../composables/useQuery';
import { DepartmentsQuery } from '../graphql/departments';
import { useSessionStore } from './session';
import { flattenTree, pathTo, type DepartmentNode } from '../utils/departmentTree';

/**
 * The department tree, loaded once per sign-in and shared by the scope picker and every view.
 * Nobody signed in, nothing asked: the list is cleared on sign-out and loaded again on sign-in.
 */
export const useDepartmentsStore = defineStore('departments', () => {
  const session = useSessionStore();
  const { data, error, loading, refetch } = useQuery(DepartmentsQuery, () => (session.user ? {} : null));

  /** Null until loaded; then every department, parents before children. */
  const list = computed<readonly DepartmentNode[] | null>(() => data.value?.departments ?? null);
  /** Depth-first order with depth, children by name. */
  const tree = computed(() => flattenTree(list.value ?? []));
  const byId = computed(() => new Map((list.value ?? []).map((d) => [d.id, d])));
  const childCount = computed(() => new Map(tree.value.map((entry) => [entry.id, entry.childCount])));

  /** The departments from the root down to `id` (inclusive). */
  function path(id: string): DepartmentNode[] {
    return pathTo(list.value ?? [], id);
  }

  return { list, tree, byId, childCount, error, loading, refetch, path };
});
