import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../../client/router';
import { useSelectionStore } from '../../client/stores/selection';
import { useSessionStore } from '../../client/stores/session';
import type { Role } from '../../client/utils/roleAccess';
import ContinuityView from '../../client/views/ContinuityView.vue';
import { caseworkers, correlationFigures, departmentFigures, periods, scopeFigures } from './continuityFixtures';
import { resourceFigures } from './complaintsFixtures';
import { createAppI18n, DEPARTMENTS } from './fixtures';
import { api, type Answer } from './timelinessApp';

/** The Personale og kontinuitet page's API, by operation name. */
export const CONTINUITY: Record<string, Answer> = {
  Departments: () => ({ departments: DEPARTMENTS }),
  ContinuityScope: () => scopeFigures(),
  ContinuityDepartments: () => departmentFigures(),
  TurnoverVersusContinuity: () => correlationFigures(),
  StaffOverTime: (v) => periods(v.granularity as string),
  CaseworkerFigures: () => caseworkers(),
  ResourcesFigures: () => resourceFigures(),
};

const chartStub = defineComponent({ props: ['option'], setup: () => () => h('div', { class: 'chart-stub' }) });

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The page on its own (outside the app's route guard), signed in as `role` with scope `BCH`:
 * shows what the view itself decides for a role the navigation would never bring here.
 */
export async function mountView(role: Role, answers: Record<string, Answer> = CONTINUITY) {
  const server = api(answers, role);
  vi.stubGlobal('fetch', server.fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().ensureLoaded();
  const selection = useSelectionStore();
  selection.setScope('BCH');
  selection.setAsOf('2026-11-23');
  const router = createAppRouter(createMemoryHistory(), pinia);
  const wrapper = mount(ContinuityView, {
    global: { plugins: [pinia, router, createAppI18n('da')], stubs: { Echarts: chartStub } },
    attachTo: document.body,
  });
  await settle();
  return { wrapper, ...server };
}
