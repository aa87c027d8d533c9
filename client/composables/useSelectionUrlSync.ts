import { onScopeDispose, watch, type Ref } from 'vue';
import type { Router } from 'vue-router';
import { SELECTION_KEYS, useSelectionStore, type SelectionQuery } from '../stores/selection';
import { useSessionStore } from '../stores/session';
import type { DepartmentNode } from '../utils/departmentTree';

function sameSelection(routeQuery: Readonly<Record<string, unknown>>, selection: SelectionQuery): boolean {
  return SELECTION_KEYS.every((key) => (routeQuery[key] ?? undefined) === selection[key]);
}

/**
 * Mirrors the selection store and the URL query both ways: the URL is read on every navigation
 * (bookmarks, back/forward, pasted links), and every store change replaces the URL's query.
 * Navigating to a URL without any selection key carries the current selection along.
 * Once departments are known, a missing or unknown scope becomes the user's own department or
 * the first root. Call once,
 * from the app's root component, after the router is ready. Public pages (sign-in) stay out of
 * it: their URL carries no selection, and visiting them does not reset it.
 */
export function useSelectionUrlSync(router: Router, departments: Ref<readonly DepartmentNode[] | null>): void {
  const store = useSelectionStore();
  const session = useSessionStore();
  const route = router.currentRoute;

  // A link that names none of the keys (e.g. `{ name: 'data' }`) keeps the current selection
  // rather than resetting it to the defaults.
  const removeGuard = router.beforeEach((to) => {
    if (to.meta.public || SELECTION_KEYS.some((key) => key in to.query)) return true;
    return { path: to.path, hash: to.hash, query: { ...to.query, ...store.query } };
  });
  onScopeDispose(removeGuard);

  watch(
    () => route.value.query,
    (query) => {
      if (route.value.meta.public) return;
      if (!sameSelection(query, store.query)) store.applyQuery(query);
    },
    { immediate: true },
  );

  watch(
    () => store.query,
    (selection) => {
      if (route.value.meta.public) return;
      const current = route.value.query;
      if (sameSelection(current, selection)) return;
      const others = Object.fromEntries(
        Object.entries(current).filter(([key]) => !(SELECTION_KEYS as readonly string[]).includes(key)),
      );
      void router.replace({ query: { ...others, ...selection } });
    },
    { immediate: true },
  );

  watch(
    [() => store.scope, departments],
    ([, list]) => {
      // A manager starts on their own unit rather than on the first administration.
      if (list) store.reconcileScope(list, session.user?.departments.map((d) => d.id) ?? []);
    },
    { immediate: true },
  );
}
