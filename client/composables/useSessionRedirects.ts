import { onScopeDispose, watch } from 'vue';
import type { Router } from 'vue-router';
import { useSessionStore } from '../stores/session';
import { SIGN_IN_ROUTE } from '../utils/authGuard';
import { onUnauthenticated } from './useGraphQL';

/**
 * Follows the session from the app's root component: any API answer saying the session is gone
 * expires it, and when a signed-in user stops being signed in the app goes to the sign-in page,
 * after an expiry with `returnTo` (the page they were on, selection included) and `expired=1`.
 */
export function useSessionRedirects(router: Router): void {
  const session = useSessionStore();

  onScopeDispose(onUnauthenticated(() => session.expire()));

  watch(
    () => session.user,
    (user, previous) => {
      if (user !== null || previous === null) return;
      const current = router.currentRoute.value;
      if (current.meta.public) return;
      // The route guard sends any other navigation under way to the same place (see authGuard.ts).
      const query: Record<string, string> = session.expired ? { returnTo: current.fullPath, expired: '1' } : {};
      void router.replace({ name: SIGN_IN_ROUTE, query });
    },
  );
}
