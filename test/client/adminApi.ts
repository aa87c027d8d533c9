import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import { createAppRouter } from '../../client/router';
import { createAppI18n, jsonResponse, pathOf, sessionFor } from './fixtures';

export type Variables = Record<string, unknown>;
/** An answer: `data` for the operation, or a Response (e.g. GraphQL errors) as it is. */
export type Answer = (variables: Variables) => unknown;

/** The GraphQL calls a test made, by operation name, with their variables. */
export interface GraphQLCall {
  name: string;
  variables: Variables;
}

/** A GraphQL error answer as Apollo gives it for bad input. */
export function badUserInput(message: string): Response {
  return jsonResponse({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }], data: null });
}

/**
 * The whole app signed in as an admin, against a fake API answering each query or mutation by
 * its operation name. Returns the mounted app and the GraphQL calls made so far.
 */
export async function startAsAdmin(url: string, answers: Record<string, Answer>) {
  const calls: GraphQLCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (pathOf(input) === '/auth/session') return jsonResponse(sessionFor('admin', 'Anders Admin'));
    if (pathOf(input) !== '/graphql') return jsonResponse({ error: 'not-found' }, 404);
    const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: Variables };
    const name = /(?:query|mutation) (\w+)/.exec(query)![1]!;
    calls.push({ name, variables });
    const answer = answers[name];
    if (!answer) return jsonResponse({ errors: [{ message: `no answer for ${name}` }] });
    const result = answer(variables);
    return result instanceof Response ? result : jsonResponse({ data: result });
  });
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(url);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [pinia, router, createAppI18n('da')] }, attachTo: document.body });
  await settle();
  const named = (name: string) => calls.filter((c) => c.name === name);
  return { wrapper, router, calls, named };
}

export async function settle() {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
