import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { createAuthApi, type AuthApi, type AuthFailure, type AuthOptions, type AuthResult, type Session, type SessionUser } from '../utils/authApi';
import { landingRoute, navRoutesFor, type NavRoute } from '../utils/roleAccess';

/**
 * Who is signed in. Loaded once before the first navigation (the router guard awaits
 * `ensureLoaded`); sign-in, demo sign-in and sign-out go through the server's `/auth` endpoints.
 * When the server says the session is gone while someone was signed in, `expire()` clears it and
 * sets `expired`, which `useSessionRedirects` turns into a trip to the sign-in page.
 */
export const useSessionStore = defineStore('session', () => {
  let api: AuthApi = createAuthApi();
  let firstLoad: Promise<void> | null = null;

  const user = shallowRef<SessionUser | null>(null);
  const expiresAt = ref<string | null>(null);
  /** Whether the first load has finished (successfully or not). */
  const loaded = ref(false);
  const loading = ref(false);
  /** A sign-in, demo sign-in or sign-out in progress. */
  const pending = ref(false);
  /** Why the last load, sign-in or sign-out failed; null after a success. */
  const error = shallowRef<AuthFailure | null>(null);
  /** True from when a signed-in session ran out until the next sign-in. */
  const expired = ref(false);

  const role = computed(() => user.value?.role ?? null);
  const navRoutes = computed<NavRoute[]>(() => (user.value ? navRoutesFor(user.value.role) : []));
  const landing = computed<NavRoute | null>(() => (user.value ? landingRoute(user.value.role) : null));

  /** Replaces the auth endpoints (tests inject a fake fetch this way). */
  function setApi(next: AuthApi): void {
    api = next;
  }

  function accept(session: Session): void {
    user.value = session.user;
    expiresAt.value = session.expiresAt;
    expired.value = false;
    error.value = null;
  }

  function clear(): void {
    user.value = null;
    expiresAt.value = null;
  }

  /** Asks the server who is signed in. A session that was there and is now gone has expired. */
  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await api.session();
      if (!result.ok) {
        error.value = result.failure;
        return;
      }
      error.value = null;
      if (result.value === 'signed-out') expire();
      else accept(result.value);
    } finally {
      loading.value = false;
      loaded.value = true;
    }
  }

  /** The first load, shared by everyone who waits for it. */
  function ensureLoaded(): Promise<void> {
    firstLoad ??= load();
    return firstLoad;
  }

  async function settle(call: Promise<AuthResult<Session>>): Promise<AuthFailure | null> {
    pending.value = true;
    try {
      const result = await call;
      if (result.ok) accept(result.value);
      else error.value = result.failure;
      return result.ok ? null : result.failure;
    } finally {
      pending.value = false;
    }
  }

  /** Signs in; resolves with why it failed, or null on success. */
  function signIn(username: string, password: string): Promise<AuthFailure | null> {
    return settle(api.signIn(username, password));
  }

  function demoSignIn(username: string): Promise<AuthFailure | null> {
    return settle(api.demoSignIn(username));
  }

  /** Signs out; resolves with whether it worked (a network failure keeps the session). */
  async function signOut(): Promise<boolean> {
    pending.value = true;
    try {
      const result = await api.signOut();
      if (!result.ok) {
        error.value = result.failure;
        return false;
      }
      error.value = null;
      expired.value = false;
      clear();
      return true;
    } finally {
      pending.value = false;
    }
  }

  /** The server no longer knows the session: clear it, and mark it expired if someone was signed in. */
  function expire(): void {
    if (user.value === null) return;
    clear();
    expired.value = true;
  }

  /** Forgets a failure once it has been shown (e.g. when the user edits the form). */
  function clearError(): void {
    error.value = null;
  }

  const options = (): Promise<AuthResult<AuthOptions>> => api.options();

  return {
    user,
    expiresAt,
    loaded,
    loading,
    pending,
    error,
    expired,
    role,
    navRoutes,
    landing,
    setApi,
    load,
    ensureLoaded,
    signIn,
    demoSignIn,
    signOut,
    expire,
    clearError,
    options,
  };
});
