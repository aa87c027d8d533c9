// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DeadlineScenarioPanel, { SCENARIO_DEBOUNCE_MS } from '../../client/components/timeliness/DeadlineScenarioPanel.vue';
import { createAppI18n, jsonResponse } from './fixtures';
import { CASE_TYPES, timeliness } from './timelinessFixtures';

const VARIABLES = { scope: 'BCH', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23' };

interface Asked {
  caseType: string;
  deadline: { value: number; unit: string };
}

/** The scenario as a server would answer: the longer the deadline, the more cases on time (of 53). */
function fakeServer() {
  const asked: Asked[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(init!.body as string) as { variables: Asked };
    asked.push(variables);
    const onTime = Math.min(53, 32 + variables.deadline.value);
    return jsonResponse({
      data: {
        deadlineScenario: {
          caseType: { id: variables.caseType, name: 'Merudgifter' },
          proposed: variables.deadline,
          actual: timeliness(40, 50),
          scenario: timeliness(onTime, 50, { decided: 53, decidedWithDueDate: 53, rate: onTime / 53 }),
          becameLate: 0,
          becameOnTime: onTime - 40,
          changedStatus: onTime - 40,
          withoutActualDueDate: 3,
          withheld: false,
          suppressed: [],
        },
      },
    });
  });
  return { fetch, asked };
}

async function settle() {
  for (let i = 0; i < 5; i += 1) await flushPromises();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the deadline scenario', () => {
  it('asks for the current deadline of the first case type at once and shows actual against scenario', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(DeadlineScenarioPanel, {
      props: { variables: VARIABLES, caseTypes: CASE_TYPES },
      global: { plugins: [createAppI18n('da')] },
    });
    await settle();
    expect(asked).toEqual([{ ...VARIABLES, caseType: 'CT-41', deadline: { value: 8, unit: 'WEEKS' } }]);
    expect(wrapper.get('input[type="number"]').element).toHaveProperty('value', '8');
    expect(wrapper.text()).toContain('Gældende frist: 8 uger');
    expect(wrapper.get('[data-testid="scenario-actual"]').text()).toContain('80,0\u00a0%');
    expect(wrapper.get('[data-testid="scenario-actual"]').text()).toContain('40 af 50 til tiden');
    expect(wrapper.get('[data-testid="scenario-scenario"]').text()).toContain('Med en frist på 8 uger');
    expect(wrapper.get('[data-testid="scenario-becameOnTime"]').text()).toBe('0');
    expect(wrapper.get('[data-testid="scenario-withoutActualDueDate"]').text()).toBe('3');
  });

  it('waits 300 ms after the last change before asking again, then shows the new result', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(DeadlineScenarioPanel, {
      props: { variables: VARIABLES, caseTypes: CASE_TYPES },
      global: { plugins: [createAppI18n('da')] },
    });
    await settle();
    expect(SCENARIO_DEBOUNCE_MS).toBe(300);

    const input = wrapper.get('input[type="number"]');
    for (const value of ['1', '10', '12']) {
      await input.setValue(value);
      vi.advanceTimersByTime(100);
      await settle();
    }
    expect(asked).toHaveLength(1);
    expect(wrapper.get('[role="status"]').text()).toBe('Beregner …');

    await wrapper.findAll('select')[1]!.setValue('DAYS');
    vi.advanceTimersByTime(299);
    await settle();
    expect(asked).toHaveLength(1);

    vi.advanceTimersByTime(1);
    await settle();
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual({ ...VARIABLES, caseType: 'CT-41', deadline: { value: 12, unit: 'DAYS' } });
    expect(wrapper.get('[data-testid="scenario-scenario"]').text()).toContain('Med en frist på 12 dage');
    expect(wrapper.get('[data-testid="scenario-scenario"]').text()).toContain('83,0\u00a0%');
    expect(wrapper.get('[data-testid="scenario-becameOnTime"]').text()).toBe('4');
    expect(wrapper.get('[role="status"]').text()).toBe('');
  });

  it('does not ask for an invalid deadline and says why; a new case type starts from its own deadline', async () => {
    const { fetch, asked } = fakeServer();
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(DeadlineScenarioPanel, {
      props: { variables: VARIABLES, caseTypes: CASE_TYPES },
      global: { plugins: [createAppI18n('da')] },
    });
    await settle();
    await wrapper.get('input[type="number"]').setValue('0');
    vi.advanceTimersByTime(400);
    await settle();
    expect(asked).toHaveLength(1);
    expect(wrapper.text()).toContain('Skriv et helt tal fra 1 til 999.');
    expect(wrapper.get('input[type="number"]').attributes('aria-invalid')).toBe('true');

    await wrapper.get('select').setValue('CT-42');
    vi.advanceTimersByTime(300);
    await settle();
    expect(asked.at(-1)).toEqual({ ...VARIABLES, caseType: 'CT-42', deadline: { value: 3, unit: 'MONTHS' } });
  });
});
