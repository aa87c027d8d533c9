import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import type { Role } from '../../client/utils/roleAccess';
import { createAppRouter } from '../../client/router';
import { createAppI18n, DEPARTMENTS, jsonResponse, pathOf, sessionFor } from './fixtures';
import { departmentFigures, openCasesPage, scopeFigures, timeliness, trendFigures } from './timelinessFixtures';

/** The whole app on a fake API, for the Rettidighed and case pages (happy-dom). */

export type Answer = (variables: Record<string, unknown>) => unknown;

/** The API by operation name, signed in as `role`; records each operation with its purpose header. */
export function api(answers: Record<string, Answer>, role: Role = 'director') {
  const calls: Array<{ name: string; purpose?: string; variables: Record<string, unknown> }> = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (pathOf(url) === '/auth/session') return jsonResponse(sessionFor(role));
    const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: Record<string, unknown> };
    const name = /query (\w+)/.exec(query)![1]!;
    calls.push({ name, variables, purpose: (init!.headers as Record<string, string>)['X-Tilsyn-Purpose'] });
    const answer = answers[name];
    return answer ? jsonResponse({ data: answer(variables) }) : jsonResponse({ errors: [{ message: `No ${name}` }] });
  });
  return { fetch, calls };
}

export const FIGURES: Record<string, Answer> = {
  Departments: () => ({ departments: DEPARTMENTS }),
  TimelinessScope: () => scopeFigures(),
  TimelinessDepartments: () => departmentFigures(),
  TimelinessTrend: () => trendFigures(),
  OpenCases: () => openCasesPage(0, 2, 2),
  DeadlineScenario: (v) => ({
    deadlineScenario: {
      caseType: { id: v.caseType, name: 'Merudgifter' },
      proposed: v.deadline,
      actual: timeliness(40, 50),
      scenario: timeliness(45, 53),
      becameLate: 0, becameOnTime: 5, changedStatus: 5, withoutActualDueDate: 3,
      withheld: false, suppressed: [],
    },
  }),
};

export async function start(url: string, answers: Record<string, Answer>, role: Role = 'director') {
  const server = api(answers, role);
  vi.stubGlobal('fetch', server.fetch);
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
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { wrapper, router, ...server };
}
