// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../../client/router';
import { useSessionStore } from '../../client/stores/session';
import { createAuthApi, type AuthOptions } from '../../client/utils/authApi';
import SignInView from '../../client/views/SignInView.vue';
import { fakeServer, signedOut, type AuthHandler } from './authFetch';
import { createAppI18n, jsonResponse, sessionFor } from './fixtures';

const NO_OPTIONS: AuthOptions = { oidc: { enabled: false, label: null }, demoAccounts: [] };
const DEMO: AuthOptions = {
  oidc: { enabled: true, label: 'KK Login' },
  demoAccounts: [
    { username: 'dorthe', displayName: 'Dorthe Dahl', role: 'director' },
    { username: 'ulla', displayName: 'Ulla Ulriksen', role: 'committee' },
  ],
};

async function render(url: string, handlers: Record<string, AuthHandler>, options: AuthOptions = NO_OPTIONS) {
  const pinia = createPinia();
  const fetch = fakeServer({ '/auth/session': signedOut, '/auth/options': () => jsonResponse(options), ...handlers });
  useSessionStore(pinia).setApi(createAuthApi(fetch));
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(url);
  await router.isReady();
  const wrapper = mount(SignInView, { global: { plugins: [pinia, router, createAppI18n('da')] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, fetch };
}

/** Lets the fake server answer and the router load the next (lazy) page. */
async function settle() {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function submit(wrapper: Awaited<ReturnType<typeof render>>['wrapper'], username: string, password: string) {
  await wrapper.get('#sign-in-username').setValue(username);
  await wrapper.get('#sign-in-password').setValue(password);
  await wrapper.get('form').trigger('submit');
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SignInView', () => {
  it('is a labelled form with focus in the username, and no demo accounts unless the server offers them', async () => {
    const { wrapper } = await render('/log-ind', {});
    expect(wrapper.get('h1').text()).toBe('Log ind');
    expect(wrapper.get('label[for="sign-in-username"]').text()).toBe('Brugernavn');
    expect(wrapper.get('label[for="sign-in-password"]').text()).toBe('Adgangskode');
    expect(wrapper.get('#sign-in-password').attributes('type')).toBe('password');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Log ind');
    expect(document.activeElement?.id).toBe('sign-in-username');
    expect(wrapper.find('.demo-accounts').exists()).toBe(false);
    expect(wrapper.find('.sign-in__oidc').exists()).toBe(false);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('lists the demo accounts with their Danish role, and offers single sign-on back to returnTo', async () => {
    const { wrapper, router, fetch } = await render(
      '/log-ind?returnTo=%2Fudvalg%3Fscope%3DSOC',
      { '/auth/demo-sign-in': () => jsonResponse(sessionFor('committee')) },
      DEMO,
    );
    const buttons = wrapper.findAll('.demo-accounts button');
    expect(buttons.map((b) => [b.get('.demo-accounts__name').text(), b.get('.demo-accounts__role').text()])).toEqual([
      ['Dorthe Dahl', 'Direktør'],
      ['Ulla Ulriksen', 'Udvalgsmedlem'],
    ]);
    expect(buttons[1]!.attributes('aria-label')).toBe('Log ind som Ulla Ulriksen, Udvalgsmedlem');
    const oidc = wrapper.get('a.sign-in__oidc');
    expect(oidc.text()).toBe('Log ind med KK Login');
    expect(oidc.attributes('href')).toBe('/auth/oidc/start?returnTo=%2Fudvalg%3Fscope%3DSOC');

    await buttons[1]!.trigger('click');
    await settle();
    expect(JSON.parse(fetch.mock.calls.at(-1)![1]!.body as string)).toEqual({ username: 'ulla' });
    // The next page is a lazy chunk, which may take a moment to load the first time.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/udvalg?scope=SOC'));
  });

  it('shows the seconds to wait when throttled', async () => {
    const { wrapper } = await render('/log-ind', {
      '/auth/sign-in': () => jsonResponse({ error: 'throttled', retryAfterSeconds: 37 }, 429),
    });
    await submit(wrapper, 'dorthe', 'gæt');
    const alert = wrapper.get('#sign-in-error [role="alert"]');
    expect(alert.text()).toBe('Der er forsøgt at logge ind for mange gange. Vent 37 sekunder, og prøv igen.');
  });

  it('shows whole minutes for a lock of a minute or more (a started minute counts)', async () => {
    const { wrapper } = await render('/log-ind', {
      '/auth/sign-in': () => jsonResponse({ error: 'throttled', retryAfterSeconds: 841 }, 429),
    });
    await submit(wrapper, 'dorthe', 'gæt');
    expect(wrapper.get('#sign-in-error [role="alert"]').text()).toBe('Der er forsøgt at logge ind for mange gange. Vent 15 minutter, og prøv igen.');
  });

  it('says the credentials are wrong, clears the password and puts focus back in it', async () => {
    const { wrapper, router } = await render('/log-ind', {
      '/auth/sign-in': () => jsonResponse({ error: 'invalid-credentials' }, 401),
    });
    await submit(wrapper, 'dorthe', 'forkert');
    expect(wrapper.get('[role="alert"]').text()).toBe('Brugernavnet eller adgangskoden er forkert.');
    const password = wrapper.get('#sign-in-password');
    expect((password.element as HTMLInputElement).value).toBe('');
    expect(password.attributes('aria-invalid')).toBe('true');
    expect(password.attributes('aria-describedby')).toBe('sign-in-error');
    expect(document.activeElement?.id).toBe('sign-in-password');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('asks for both fields before calling the server, and explains a network failure', async () => {
    const { wrapper, fetch } = await render('/log-ind', {
      '/auth/sign-in': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const calls = fetch.mock.calls.length;
    await submit(wrapper, 'dorthe', '');
    expect(wrapper.get('#sign-in-missing').text()).toBe('Skriv både brugernavn og adgangskode.');
    expect(document.activeElement?.id).toBe('sign-in-password');
    expect(fetch.mock.calls.length).toBe(calls);

    await submit(wrapper, 'dorthe', 'hemmelig');
    expect(wrapper.get('#sign-in-error').text()).toBe('Serveren svarer ikke. Tjek forbindelsen, og prøv igen.');
  });

  it('goes to the role’s start page after signing in without returnTo', async () => {
    const { wrapper, router } = await render('/log-ind', { '/auth/sign-in': () => jsonResponse(sessionFor('reviewer')) });
    await submit(wrapper, 'rita', 'hemmelig');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('supervision'));
  });

  it('says when the session expired, or single sign-on failed', async () => {
    const expired = await render('/log-ind?returnTo=%2Fdata&expired=1', {});
    expect(expired.wrapper.get('[role="alert"]').text()).toBe('Din session er udløbet. Log ind igen.');
    const oidc = await render('/log-ind?error=oidc', {});
    expect(oidc.wrapper.get('[role="alert"]').text()).toContain('Log ind via den fælles log-ind-løsning mislykkedes.');
  });

  it('still offers the form when the other ways to sign in cannot be loaded', async () => {
    const { wrapper } = await render('/log-ind', { '/auth/options': () => new Response('', { status: 500 }) });
    expect(wrapper.text()).toContain('De andre måder at logge ind på kunne ikke hentes.');
    expect(wrapper.find('form').exists()).toBe(true);
  });
});
