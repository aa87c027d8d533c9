// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canUse, ROLES } from '../../client/utils/roleAccess';
import { FIGURES, start } from './timelinessApp';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const CASE = {
  citizenPseudonym: 'P-123',
  receivedOn: '2026-01-05',
  decidedOn: '2026-03-20',
  closedOn: null,
  outcome: 'GRANTED',
  dueDate: '2026-03-02',
  caseType: { id: 'CT-41', name: 'Merudgifter', legalBasis: 'Serviceloven § 41' },
  department: { id: 'MYN-B', name: 'Myndighed Børn' },
  deadline: { effectiveFrom: '2024-01-01', value: 8, unit: 'WEEKS' },
  assignments: [{ caseworker: { id: 'CW1', displayName: 'Anna Andersen' }, from: '2026-01-06', to: null }],
  contacts: [{ on: '2026-02-01', channel: 'PHONE', caseworker: { id: 'CW1', displayName: 'Anna Andersen' } }],
  appeals: [],
};

describe('the case page', () => {
  it('is for directors, managers and reviewers, outside the navigation', () => {
    expect(ROLES.filter((role) => canUse(role, 'case'))).toEqual(['director', 'manager', 'reviewer']);
  });

  it('reads the case with the CASE_VIEW purpose and shows its timeline', async () => {
    const { wrapper, calls } = await start('/sager/C-7?scope=BCH', { ...FIGURES, Case: (v) => ({ case: { id: v.id, ...CASE } }) });
    expect(calls.find((c) => c.name === 'Case')).toMatchObject({ purpose: 'CASE_VIEW', variables: { id: 'C-7' } });
    const main = wrapper.get('main');
    expect(main.get('h1').text()).toBe('Sag C-7');
    expect(main.text()).toContain('Merudgifter (Serviceloven § 41)');
    expect(main.text()).toContain('20.03.2026 – Afgjort efter fristen');
    expect(main.text()).toContain('8 uger');
    expect(main.text()).toContain('Bevilget');
    expect(main.text()).toContain('Telefon');
    expect(main.text()).toContain('Fortsat');
    expect(main.findAll('h2').map((h) => h.text())).toEqual([
      'Sagen',
      'Sagsbehandlere',
      'Kontakter med borgeren',
      'Klager til Ankestyrelsen',
    ]);
  });

  it('says so when the case is unknown or outside the role', async () => {
    const { wrapper } = await start('/sager/NOPE', { ...FIGURES, Case: () => ({ case: null }) });
    expect(wrapper.get('main').text()).toContain('Sagen findes ikke, eller din rolle giver ikke adgang til den.');
  });

  it('sends a committee member to the not-allowed page', async () => {
    const { router } = await start('/sager/C-7', FIGURES, 'committee');
    expect(router.currentRoute.value.name).toBe('forbidden');
  });
});
