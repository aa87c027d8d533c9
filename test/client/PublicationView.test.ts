// @vitest-environment happy-dom
// The admin's Offentliggørelse page: the saved settings, switching publication on with departments.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEPARTMENTS } from './fixtures';
import { badUserInput, settle, startAsAdmin, type Variables } from './adminApi';

const departments = () => ({ departments: DEPARTMENTS });
const NEVER = { published: false, departmentIds: [], updatedAt: null, updatedBy: null };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the publication page', () => {
  it('is in the admin’s navigation and shows that nothing is published on a new installation', async () => {
    const { wrapper } = await startAsAdmin('/offentliggoerelse', { Departments: departments, PublicationSettings: () => ({ publicationSettings: NEVER }) });
    expect(wrapper.get('main h1').text()).toBe('Offentliggørelse');
    expect(wrapper.findAll('nav a').map((a) => a.text())).toContain('Offentliggørelse');
    expect(wrapper.get('main').text()).toContain('Sagsbehandlingstiderne er ikke offentliggjort.');
    expect(wrapper.get('main').text()).toContain('Indstillingerne er ikke ændret endnu, så intet er offentliggjort.');
    expect(wrapper.get('fieldset legend').text()).toBe('Enheder, der offentliggøres');
    expect(wrapper.findAll('fieldset input[type="checkbox"]')).toHaveLength(DEPARTMENTS.length);
    expect(wrapper.get('a[href="/aabne-data/sagsbehandlingstider.json"]').text()).toBe('Åbne data som JSON');
  });

  it('switches publication on for the chosen departments and confirms it', async () => {
    let saved = NEVER as Record<string, unknown>;
    const { wrapper, named } = await startAsAdmin('/offentliggoerelse', {
      Departments: departments,
      PublicationSettings: () => ({ publicationSettings: saved }),
      UpdatePublicationSettings: (v: Variables) => {
        saved = { ...(v.input as object), updatedAt: '2026-11-23T13:45:00.000Z', updatedBy: 'test-admin' };
        return { updatePublicationSettings: saved };
      },
    });
    await wrapper.get('form input[type="checkbox"]').setValue(true);
    const soc = wrapper.findAll('fieldset label').find((l) => l.text() === 'Socialforvaltningen')!;
    await soc.get('input').setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(named('UpdatePublicationSettings')[0]!.variables).toEqual({ input: { published: true, departmentIds: ['SOC'] } });
    expect(wrapper.get('[role="status"]').text()).toBe('Indstillingerne er gemt.');
    expect(wrapper.get('main').text()).toContain('Sagsbehandlingstiderne er offentliggjort.');
    expect(wrapper.get('main').text()).toContain('Senest ændret 23.11.2026, 14.45 af test-admin.');
  });

  it('shows the server’s reason when the settings are refused', async () => {
    const { wrapper } = await startAsAdmin('/offentliggoerelse', {
      Departments: departments,
      PublicationSettings: () => ({ publicationSettings: NEVER }),
      UpdatePublicationSettings: () => badUserInput('input.departmentIds: no department has the id "GONE"'),
    });
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('Indstillingerne blev ikke gemt:');
    expect(wrapper.get('[role="alert"]').text()).toContain('no department has the id "GONE"');
  });
});
