// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import QueryState from '../../client/components/common/QueryState.vue';
import { GraphQLRequestError } from '../../client/composables/useGraphQL';
import { createAppI18n } from './fixtures';

function render(props: InstanceType<typeof QueryState>['$props'], locale: 'da' | 'en' = 'da') {
  return mount(QueryState, {
    props,
    slots: { default: () => h('p', { class: 'content' }, 'Indhold') },
    global: { plugins: [createAppI18n(locale)] },
  });
}

describe('QueryState', () => {
  it('shows a loading status and no content while loading', () => {
    const wrapper = render({ loading: true, error: null });
    expect(wrapper.get('[role="status"]').text()).toBe('Henter data …');
    expect(wrapper.find('.content').exists()).toBe(false);
  });

  it('shows an error with the server’s messages and a retry button that emits retry', async () => {
    const error = new GraphQLRequestError('graphql', ['Unknown scope "X"']);
    const wrapper = render({ loading: false, error });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Data kunne ikke hentes');
    expect(alert.text()).toContain('Serveren kunne ikke besvare forespørgslen:');
    expect(alert.findAll('li').map((li) => li.text())).toEqual(['Unknown scope "X"']);
    expect(wrapper.find('.content').exists()).toBe(false);
    await alert.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('names the HTTP status of an http error, in the chosen language', () => {
    const wrapper = render({ loading: false, error: new GraphQLRequestError('http', [], 502) }, 'en');
    expect(wrapper.get('[role="alert"]').text()).toContain('The server answered with error code 502.');
    expect(wrapper.get('button').text()).toBe('Try again');
  });

  it('shows the empty text when there is nothing to show', () => {
    const wrapper = render({ loading: false, error: null, empty: true, emptyText: 'Ingen enheder under X.' });
    expect(wrapper.text()).toBe('Ingen enheder under X.');
    expect(wrapper.find('.content').exists()).toBe(false);
  });

  it('shows the content once data is there', () => {
    const wrapper = render({ loading: false, error: null, empty: false });
    expect(wrapper.get('.content').text()).toBe('Indhold');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
  });
});
