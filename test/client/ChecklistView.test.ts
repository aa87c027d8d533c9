// @vitest-environment happy-dom
// The admin's Tjekliste page: the current checklist version and publishing the next one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badUserInput, settle, startAsAdmin, type Variables } from './adminApi';

const VERSION_1 = {
  version: 1,
  publishedAt: '2026-11-23T13:45:00.000Z',
  publishedBy: 'Tilsyn (standard)',
  items: [
    { number: 1, text: 'Er sagen tilstrækkeligt oplyst?', legalReference: 'Officialprincippet', ruleType: 'MANDATORY_SAFEGUARD' },
    { number: 2, text: 'Er der givet kvittering for modtagelsen?', legalReference: null, ruleType: 'PROCEDURAL' },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function publishFlow(wrapper: Awaited<ReturnType<typeof startAsAdmin>>['wrapper']) {
  await wrapper.get('form.checklist-editor').trigger('submit');
  expect(wrapper.get('.checklist-editor__confirm').text()).toContain('Runder, der allerede er i gang, beholder den version, de blev startet med.');
  await wrapper.get('.checklist-editor__confirm-button').trigger('click');
  await settle();
}

describe('the checklist page', () => {
  it('is in the admin’s navigation and shows the current version', async () => {
    const { wrapper } = await startAsAdmin('/tjekliste', { ChecklistTemplates: () => ({ checklistTemplates: [VERSION_1] }) });
    expect(wrapper.get('main h1').text()).toBe('Tjekliste');
    expect(wrapper.findAll('nav a').map((a) => a.text())).toContain('Tjekliste');
    const main = wrapper.get('main').text();
    expect(main).toContain('Version 1');
    expect(main).toContain('Udgivet 23.11.2026, 14.45 af Tilsyn (standard).');
    const rows = wrapper.findAll('table tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['1', 'Er sagen tilstrækkeligt oplyst?', 'Garantiforskrift', 'Officialprincippet'],
      ['2', 'Er der givet kvittering for modtagelsen?', 'Ordensforskrift', 'Ingen'],
    ]);
    expect(wrapper.findAll('.checklist-editor textarea').map((t) => (t.element as HTMLTextAreaElement).value)).toEqual([
      'Er sagen tilstrækkeligt oplyst?',
      'Er der givet kvittering for modtagelsen?',
    ]);
    expect(wrapper.get('.checklist-editor button[type="submit"]').text()).toBe('Udgiv som version 2');
  });

  it('publishes the edited items as the next version and confirms it', async () => {
    let templates = [VERSION_1] as Record<string, unknown>[];
    const { wrapper, named } = await startAsAdmin('/tjekliste', {
      ChecklistTemplates: () => ({ checklistTemplates: templates }),
      PublishChecklistTemplate: (v: Variables) => {
        const items = (v.input as { items: Record<string, unknown>[] }).items.map((item, i) => ({ number: i + 1, ...item }));
        const published = { version: 2, publishedAt: '2026-11-24T09:00:00.000Z', publishedBy: 'test-admin', items };
        templates = [published, ...templates];
        return { publishChecklistTemplate: published };
      },
    });
    await wrapper.findAll('.checklist-editor textarea')[1]!.setValue('  Er der givet kvittering inden for 7 dage? ');
    await wrapper.get('button[aria-label="Flyt op: punkt 2"]').trigger('click');
    await wrapper.findAll('.checklist-editor select')[0]!.setValue('MANDATORY_SAFEGUARD');
    await wrapper.findAll('.checklist-editor input')[0]!.setValue('Forvaltningsloven § 7');
    await wrapper.get('button[aria-label="Fjern punkt 2"]').trigger('click');
    await publishFlow(wrapper);
    expect(named('PublishChecklistTemplate')[0]!.variables).toEqual({
      input: { items: [{ text: 'Er der givet kvittering inden for 7 dage?', legalReference: 'Forvaltningsloven § 7', ruleType: 'MANDATORY_SAFEGUARD' }] },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Version 2 er udgivet. Nye runder bruger den fra nu af.');
    expect(wrapper.get('main').text()).toContain('Version 2');
    expect(wrapper.get('.checklist-editor button[type="submit"]').text()).toBe('Udgiv som version 3');
  });

  it('shows the server’s reason when the version is refused', async () => {
    const { wrapper } = await startAsAdmin('/tjekliste', {
      ChecklistTemplates: () => ({ checklistTemplates: [VERSION_1] }),
      PublishChecklistTemplate: () => badUserInput('input.items: item 2: text must be 1–500 characters, got 501'),
    });
    await publishFlow(wrapper);
    expect(wrapper.get('[role="alert"]').text()).toContain('Tjeklisten blev ikke udgivet:');
    expect(wrapper.get('[role="alert"]').text()).toContain('item 2: text must be 1–500 characters, got 501');
  });

  it('starts from an empty editor when no version is published', async () => {
    const { wrapper, named } = await startAsAdmin('/tjekliste', { ChecklistTemplates: () => ({ checklistTemplates: [] }) });
    expect(wrapper.get('main').text()).toContain('Der er endnu ikke udgivet nogen tjekliste.');
    await wrapper.get('form.checklist-editor').trigger('submit');
    expect(wrapper.get('[role="alert"]').text()).toBe('Tjeklisten skal have mindst ét punkt.');
    expect(named('PublishChecklistTemplate')).toHaveLength(0);
  });
});
