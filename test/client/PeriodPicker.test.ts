// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import PeriodPicker from '../../client/components/selection/PeriodPicker.vue';
import { createAppI18n } from './fixtures';

function render() {
  return mount(PeriodPicker, {
    props: { period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23' },
    global: { plugins: [createAppI18n('da')] },
  });
}

describe('PeriodPicker', () => {
  it('offers presets relative to the as-of date and marks the current one', async () => {
    const wrapper = render();
    const buttons = wrapper.findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['Seneste 12 måneder', 'I år', 'Sidste år', 'Sidste kvartal']);
    expect(buttons.map((b) => b.attributes('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);
    await buttons[3]!.trigger('click');
    expect(wrapper.emitted('update:period')).toEqual([[{ from: '2026-07-01', to: '2026-09-30' }]]);
  });

  it('emits a valid pair of dates when one changes', async () => {
    const wrapper = render();
    await wrapper.get('input[type="date"]').setValue('2026-01-01');
    expect(wrapper.emitted('update:period')).toEqual([[{ from: '2026-01-01', to: '2026-11-23' }]]);
  });

  it('explains a period that ends before it starts, and emits nothing', async () => {
    const wrapper = render();
    await wrapper.findAll('input[type="date"]')[1]!.setValue('2025-01-01');
    expect(wrapper.get('[role="alert"]').text()).toBe('Fra-datoen må ikke ligge efter til-datoen.');
    expect(wrapper.findAll('input[aria-invalid="true"]')).toHaveLength(2);
    expect(wrapper.emitted('update:period')).toBeUndefined();
  });
});
