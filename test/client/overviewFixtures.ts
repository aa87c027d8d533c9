import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory } from 'vue-router';
import App from '../../client/App.vue';
import type { IndicatorKey, IndicatorOverviewQuery } from '../../client/gql/graphql';
import { createAppRouter } from '../../client/router';
import type { Role } from '../../client/utils/roleAccess';
import { createAppI18n, DEPARTMENTS, jsonResponse, pathOf, sessionFor } from './fixtures';

/** Fake answers for Overblik and its target panel, and the whole app on them (happy-dom). */

export type OverviewIndicator = IndicatorOverviewQuery['figures']['indicators'][number];
type Meta = Pick<OverviewIndicator, 'theme' | 'direction' | 'unit'>;

const META: Partial<Record<IndicatorKey, Meta>> = {
  TIMELINESS: { theme: 'TIMELINESS', direction: 'HIGHER_IS_BETTER', unit: 'SHARE' },
  KM_MEDIAN_DAYS: { theme: 'TIMELINESS', direction: 'LOWER_IS_BETTER', unit: 'DAYS' },
  OVERDUE_BACKLOG: { theme: 'TIMELINESS', direction: 'LOWER_IS_BETTER', unit: 'COUNT' },
  ANNUALISED_TURNOVER: { theme: 'ATTRACTIVE_WORKPLACE', direction: 'LOWER_IS_BETTER', unit: 'SHARE' },
  FIXED_CASEWORKER_SHARE: { theme: 'CITIZEN_DIALOGUE', direction: 'HIGHER_IS_BETTER', unit: 'SHARE' },
  COMPLAINTS_PER_1000: { theme: 'CITIZEN_DIALOGUE', direction: 'LOWER_IS_BETTER', unit: 'PER_1000' },
  DIALOGUE_COMPLAINTS_PER_1000: { theme: 'CITIZEN_DIALOGUE', direction: 'LOWER_IS_BETTER', unit: 'PER_1000' },
  REVERSAL_RATE: { theme: 'PROFESSIONAL_QUALITY', direction: 'LOWER_IS_BETTER', unit: 'SHARE' },
  REVIEW_IN_ORDER_SHARE: { theme: 'PROFESSIONAL_QUALITY', direction: 'HIGHER_IS_BETTER', unit: 'SHARE' },
  CASELOAD: { theme: 'RESOURCES', direction: 'WITHIN_BAND', unit: 'PER_CASEWORKER' },
  DECISIONS_PER_CASEWORKER_YEAR: { theme: 'RESOURCES', direction: 'WITHIN_BAND', unit: 'PER_CASEWORKER_YEAR' },
};

const QUARTERS = ['2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'];

/** An indicator with no target, no comparison and flat quarters, unless told otherwise. */
export function indicator(key: IndicatorKey, over: Partial<OverviewIndicator> = {}): OverviewIndicator {
  const value = over.value ?? null;
  return {
    key,
    ...META[key]!,
    value,
    base: value === null ? null : 100,
    withheld: false,
    reason: null,
    status: null,
    previousValue: null,
    previousWithheld: false,
    trend: null,
    target: null,
    quarters: QUARTERS.map((from) => ({ from, to: from, value, withheld: false })),
    ...over,
  };
}

export const inherited = (value: number) =>
  ({ value, low: null, high: null, inherited: true, setOn: { id: 'SOC', name: 'Socialforvaltningen' } }) as const;

/** Børnecenter Handicap in total: one indicator of each kind of cell. */
export function scopeIndicators(): OverviewIndicator[] {
  return [
    indicator('TIMELINESS', {
      value: 0.782, base: 500, status: 'AMBER', target: inherited(0.85), previousValue: 0.75, trend: 'BETTER',
      quarters: [0.7, 0.72, null, 0.75, 0.77, 0.78, 0.79, 0.782].map((v, i) => ({ from: QUARTERS[i]!, to: QUARTERS[i]!, value: v, withheld: v === null })),
    }),
    indicator('KM_MEDIAN_DAYS', { value: 38, status: 'RED', target: { ...inherited(30), inherited: false, setOn: { id: 'BCH', name: 'Børnecenter Handicap' } }, previousValue: 41, trend: 'BETTER' }),
    indicator('OVERDUE_BACKLOG', { value: 22, previousValue: 22, trend: 'UNCHANGED' }),
    indicator('ANNUALISED_TURNOVER', { value: 0.12, status: 'GREEN', target: inherited(0.15), previousValue: 0.1, trend: 'WORSE' }),
    indicator('FIXED_CASEWORKER_SHARE', { value: 0.64 }),
    indicator('COMPLAINTS_PER_1000', { value: 4.25 }),
    indicator('REVERSAL_RATE', { withheld: true, reason: 'SMALL_BASE', target: inherited(0.2) }),
    indicator('REVIEW_IN_ORDER_SHARE', {}),
    indicator('CASELOAD', { value: 31.5, status: 'GREEN', target: { value: null, low: 25, high: 35, inherited: true, setOn: { id: 'SOC', name: 'Socialforvaltningen' } } }),
    indicator('DECISIONS_PER_CASEWORKER_YEAR', { value: 180.4 }),
  ];
}

/** A child's indicators: its timeliness (share of `base` decisions), complaints withheld as "< 5". */
export function childIndicators(timeliness: number | null, base: number, status: OverviewIndicator['status'] = null): OverviewIndicator[] {
  return scopeIndicators().map((figure) => {
    if (figure.key === 'TIMELINESS') return { ...figure, value: timeliness, base, status, trend: null };
    if (figure.key === 'COMPLAINTS_PER_1000') return { ...figure, value: null, base: null, withheld: true, reason: 'BELOW_FIVE' as const };
    return figure;
  });
}

/** BCH with its three departments; Afdeling 2 is below the 99.8 % limits on timeliness. */
export function overviewFigures(): IndicatorOverviewQuery {
  const child = (id: string, name: string, indicators: OverviewIndicator[]) => ({ scope: { id, name }, indicators });
  return {
    figures: {
      scope: { id: 'BCH', name: 'Børnecenter Handicap' },
      indicators: scopeIndicators(),
      children: [
        child('MYN-B', 'Myndighed Børn', childIndicators(0.79, 240, 'AMBER')),
        child('AFD-2', 'Afdeling 2', childIndicators(0.682, 220, 'RED')),
        child('AFD-10', 'Afdeling 10', childIndicators(0.9, 40, 'GREEN')),
      ],
    },
  };
}

export type Answer = (variables: Record<string, unknown>) => unknown;
export interface Call { name: string; variables: Record<string, unknown> }

/** The API by operation name (queries and mutations), signed in as `role`; records every call. */
export function api(answers: Record<string, Answer>, role: Role) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (pathOf(url) === '/auth/session') return jsonResponse(sessionFor(role, 'Dorte Direktør'));
    const { query, variables } = JSON.parse(init!.body as string) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation) (\w+)/.exec(query)![1]!;
    calls.push({ name, variables });
    const answer = answers[name];
    if (!answer) return jsonResponse({ errors: [{ message: `No ${name}` }] });
    try {
      return jsonResponse({ data: answer(variables) });
    } catch (error) {
      return jsonResponse({ errors: [{ message: (error as Error).message }] });
    }
  });
  return { fetch, calls };
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The app at `url` on the fake API; ECharts is a stub that keeps the option it was given. */
export async function start(url: string, answers: Record<string, Answer>, role: Role = 'director') {
  const server = api({ Departments: () => ({ departments: DEPARTMENTS }), ...answers }, role);
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
  await settle();
  return { wrapper, router, ...server };
}
