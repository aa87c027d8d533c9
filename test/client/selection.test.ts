import { createPinia, setActivePinia } from 'pinia';
import { effectScope, nextTick, shallowRef } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSelectionUrlSync } from '../../client/composables/useSelectionUrlSync';
import { parseSelection, selectionToQuery, useSelectionStore } from '../../client/stores/selection';
import type { DepartmentNode } from '../../client/utils/departmentTree';
import { DEPARTMENTS } from './fixtures';

/** 23 November 2026, late evening local time: "today" is the local date, not the UTC one. */
const NOW = new Date(2026, 10, 23, 23, 30);

function freshStore() {
  setActivePinia(createPinia());
  const store = useSelectionStore();
  store.setClock(() => NOW);
  return store;
}

describe('selection store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('defaults to as of today and the 12 months ending today, scope unknown', () => {
    const store = freshStore();
    expect(store.asOf).toBe('2026-11-23');
    expect(store.period).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(store.scope).toBeNull();
    expect(store.query).toEqual({ from: '2025-11-24', to: '2026-11-23', asOf: '2026-11-23' });
  });

  it('takes scope, period and as-of from a URL query', () => {
    const store = freshStore();
    store.applyQuery({ scope: 'BCH', from: '2026-01-01', to: '2026-06-30', asOf: '2026-09-01' });
    expect(store.selection).toEqual({ scope: 'BCH', period: { from: '2026-01-01', to: '2026-06-30' }, asOf: '2026-09-01' });
  });

  it('round-trips through the URL query', () => {
    const selection = { scope: 'MYN-B', period: { from: '2025-07-01', to: '2025-09-30' }, asOf: '2026-01-15' };
    const query = selectionToQuery(selection);
    expect(query).toEqual({ scope: 'MYN-B', from: '2025-07-01', to: '2025-09-30', asOf: '2026-01-15' });
    expect(parseSelection(query, '2026-11-23')).toEqual(selection);
  });

  it('falls back to defaults for invalid values, each on its own', () => {
    const today = '2026-11-23';
    // A bad as-of date becomes today; the period, absent, follows it.
    expect(parseSelection({ asOf: '2026-02-30' }, today)).toEqual({
      scope: null,
      period: { from: '2025-11-24', to: '2026-11-23' },
      asOf: today,
    });
    // A period ending before it starts becomes the 12 months ending at the (valid) as-of date.
    expect(parseSelection({ from: '2026-05-01', to: '2026-04-01', asOf: '2026-06-30' }, today).period).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    });
    // Half a period is no period; garbage, repeated keys and empty scopes are ignored safely.
    expect(parseSelection({ from: '2026-01-01', to: 'soon' }, today).period).toEqual({ from: '2025-11-24', to: today });
    expect(parseSelection({ scope: ['A', 'B'], asOf: ['2026-03-01'] }, today)).toMatchObject({ scope: 'A', asOf: '2026-03-01' });
    expect(parseSelection({ scope: '   ' }, today).scope).toBeNull();
    expect(parseSelection({ scope: null, from: null }, today).scope).toBeNull();
  });

  it('rejects invalid changes and keeps the current values', () => {
    const store = freshStore();
    expect(store.setPeriod({ from: '2026-05-01', to: '2026-04-01' })).toBe(false);
    expect(store.setAsOf('2026-02-31')).toBe(false);
    expect(store.period).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(store.asOf).toBe('2026-11-23');
    expect(store.setPeriod({ from: '2026-01-01', to: '2026-03-31' })).toBe(true);
    expect(store.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('replaces a missing or unknown scope by the first root once departments are known', () => {
    const store = freshStore();
    store.reconcileScope([]);
    expect(store.scope).toBeNull();
    store.reconcileScope(DEPARTMENTS);
    expect(store.scope).toBe('BUF');
    store.setScope('BCH');
    store.reconcileScope(DEPARTMENTS);
    expect(store.scope).toBe('BCH');
    store.applyQuery({ scope: 'DOES-NOT-EXIST' });
    store.reconcileScope(DEPARTMENTS);
    expect(store.scope).toBe('BUF');
  });

  it('starts on the user\'s own department when it is in the tree', () => {
    const store = freshStore();
    store.reconcileScope(DEPARTMENTS, ['ELSEWHERE', 'BCH']);
    expect(store.scope).toBe('BCH');
    store.applyQuery({ scope: 'DOES-NOT-EXIST' });
    store.reconcileScope(DEPARTMENTS, ['ELSEWHERE']);
    expect(store.scope).toBe('BUF');
  });
});

describe('selection mirrored in the URL', () => {
  async function setup(url: string, departments: DepartmentNode[] | null = DEPARTMENTS) {
    const store = freshStore();
    const router: Router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<div />' } },
        { path: '/data', component: { template: '<div />' } },
      ],
    });
    await router.push(url);
    await router.isReady();
    const list = shallowRef<readonly DepartmentNode[] | null>(departments);
    const scope = effectScope();
    scope.run(() => useSelectionUrlSync(router, list));
    await settle();
    return { store, router, list, stop: () => scope.stop() };
  }

  /** Lets watchers run and the router finish a replace. */
  async function settle() {
    for (let i = 0; i < 5; i += 1) {
      await nextTick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  it('reads a bookmarked URL into the store, keeping other query keys', async () => {
    const { store, router, stop } = await setup('/?scope=BCH&from=2026-01-01&to=2026-03-31&asOf=2026-06-30&tab=x');
    expect(store.selection).toEqual({ scope: 'BCH', period: { from: '2026-01-01', to: '2026-03-31' }, asOf: '2026-06-30' });
    expect(router.currentRoute.value.query).toEqual({
      scope: 'BCH',
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-06-30',
      tab: 'x',
    });
    stop();
  });

  it('writes defaults and the first root into a bare URL', async () => {
    const { router, stop } = await setup('/');
    expect(router.currentRoute.value.query).toEqual({
      scope: 'BUF',
      from: '2025-11-24',
      to: '2026-11-23',
      asOf: '2026-11-23',
    });
    stop();
  });

  it('repairs invalid values in the URL instead of failing', async () => {
    const { store, router, stop } = await setup('/?scope=NOPE&from=yesterday&to=2026-01-01&asOf=2026-13-01');
    expect(store.selection).toEqual({ scope: 'BUF', period: { from: '2025-11-24', to: '2026-11-23' }, asOf: '2026-11-23' });
    expect(router.currentRoute.value.query).toMatchObject({ scope: 'BUF', from: '2025-11-24', asOf: '2026-11-23' });
    stop();
  });

  it('waits for departments before choosing a scope', async () => {
    const { store, router, list, stop } = await setup('/?asOf=2026-06-30', null);
    expect(store.scope).toBeNull();
    expect(router.currentRoute.value.query.scope).toBeUndefined();
    list.value = DEPARTMENTS;
    await settle();
    expect(router.currentRoute.value.query.scope).toBe('BUF');
    stop();
  });

  it('puts store changes into the URL, and URL changes (back/forward) into the store', async () => {
    const { store, router, stop } = await setup('/?scope=SOC');
    store.setScope('VOK');
    store.setPeriod({ from: '2026-01-01', to: '2026-06-30' });
    await settle();
    expect(router.currentRoute.value.query).toMatchObject({ scope: 'VOK', from: '2026-01-01', to: '2026-06-30' });

    await router.push({ path: '/data', query: { scope: 'BCH', from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-31' } });
    await settle();
    expect(store.selection).toEqual({ scope: 'BCH', period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2026-01-31' });
    stop();
  });

  it('carries the selection along to a page linked without it', async () => {
    const { store, router, stop } = await setup('/?scope=VOK&from=2026-01-01&to=2026-03-31&asOf=2026-04-30');
    await router.push({ path: '/data', query: { tab: 'imports' } });
    await settle();
    expect(router.currentRoute.value.path).toBe('/data');
    expect(router.currentRoute.value.query).toEqual({
      tab: 'imports',
      scope: 'VOK',
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-04-30',
    });
    expect(store.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    stop();
  });
});
