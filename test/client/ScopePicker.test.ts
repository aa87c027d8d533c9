// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ScopePicker from '../../client/components/selection/ScopePicker.vue';
import { flattenTree } from '../../client/utils/departmentTree';
import { createAppI18n, DEPARTMENTS } from './fixtures';

const TREE = flattenTree(DEPARTMENTS);
const INDENT = '\u00a0\u00a0\u00a0';

function render(props: Partial<InstanceType<typeof ScopePicker>['$props']> = {}) {
  return mount(ScopePicker, {
    props: { departments: TREE, modelValue: 'BCH', ...props },
    global: { plugins: [createAppI18n('da')] },
  });
}

describe('ScopePicker', () => {
  it('is a labelled select listing the tree depth-first, indented by depth', () => {
    const wrapper = render();
    const select = wrapper.get('select');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Enhed');
    const options = select.findAll('option');
    expect(options.map((o) => o.attributes('value'))).toEqual(['BUF', 'SOC', 'BCH', 'AFD-2', 'AFD-10', 'MYN-B', 'VOK']);
    expect(options.map((o) => o.attributes('data-depth'))).toEqual(['0', '0', '1', '2', '2', '2', '1']);
    expect(options[0]!.element.textContent!.trim()).toBe('Børne- og Ungdomsforvaltningen');
    expect(options[2]!.element.textContent).toContain(`${INDENT}Børnecenter Handicap`);
    expect(options[5]!.element.textContent).toContain(`${INDENT}${INDENT}Myndighed Børn`);
    expect((select.element as HTMLSelectElement).value).toBe('BCH');
  });

  it('emits the chosen department', async () => {
    const wrapper = render();
    await wrapper.get('select').setValue('MYN-B');
    expect(wrapper.emitted('update:modelValue')).toEqual([['MYN-B']]);
  });

  it('does not emit when the same department is chosen again', async () => {
    const wrapper = render();
    await wrapper.get('select').trigger('change');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('says it is loading, disabled, before departments arrive', () => {
    const wrapper = render({ departments: [], modelValue: null, loading: true });
    const select = wrapper.get('select');
    expect(select.attributes('disabled')).toBeDefined();
    expect(select.get('option').text()).toBe('Henter enheder …');
  });
});
