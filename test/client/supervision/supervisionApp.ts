import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import App from '../../../client/App.vue';
import { createAppRouter } from '../../../client/router';
import type { Role } from '../../../client/utils/roleAccess';
import { createAppI18n, DEPARTMENTS, jsonResponse, pathOf, sessionFor } from '../fixtures';

/** The whole app on a fake API for the Ledelsestilsyn pages (happy-dom). */

export type Variables = Record<string, any>;
/** An answer: the operation's `data`, or a Response (e.g. GraphQL errors) as it is. */
export type Answer = (variables: Variables) => unknown;
export interface Call { name: string; variables: Variables; purpose?: string }

/** A GraphQL error answer as Apollo gives it for bad input. */
export function refused(message: string): Response {
  return jsonResponse({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }], data: null });
}

export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Waits for real timers (debounced requests), then for the answers. */
export async function wait(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await settle();
}

/** Signed in as `role` (a manager of BCH by default departments), answering operations by name. */
export async function start(url: string, answers: Record<string, Answer>, role: Role = 'director', username?: string) {
  const calls: Call[] = [];
  const session = sessionFor(role);
  if (username) session.user.username = username;
  if (role === 'manager') session.user.departments = [{ id: 'BCH', name: 'Børnecenter Handicap' }];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (pathOf(input) === '/auth/session') return jsonResponse(session);
    const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: Variables };
    const name = /(?:query|mutation) (\w+)/.exec(query)![1]!;
    calls.push({ name, variables, purpose: (init!.headers as Record<string, string>)['X-Tilsyn-Purpose'] });
    const answer = answers[name] ?? (name === 'Departments' ? () => ({ departments: DEPARTMENTS }) : undefined);
    if (!answer) return jsonResponse({ errors: [{ message: `No ${name}` }] });
    const result = answer(variables);
    return result instanceof Response ? result : jsonResponse({ data: result });
  });
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  const router = createAppRouter(createMemoryHistory(), pinia);
  await router.push(url);
  await router.isReady();
  const wrapper = mount(App, {
    global: {
      plugins: [pinia, router, createAppI18n('da')],
      stubs: { Echarts: defineComponent({ props: ['option'], setup: () => () => h('div', { class: 'chart-stub' }) }) },
    },
    attachTo: document.body,
  });
  await settle();
  const named = (name: string) => calls.filter((c) => c.name === name);
  return { wrapper, router, calls, named };
}

export type Wrapper = Awaited<ReturnType<typeof start>>['wrapper'];

export const button = (wrapper: Wrapper, text: string | RegExp) =>
  wrapper.findAll('button').find((b) => (typeof text === 'string' ? b.text() === text : text.test(b.text())))!;

/** Text without the no-break spaces Intl puts before "%". */
export const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
