// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEPARTMENTS } from './fixtures';
import { settle, startAsAdmin, type Variables } from './adminApi';

/** `count` look-ups, newest first, one minute apart. */
function entries(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: String(1000 - i),
    at: new Date(Date.UTC(2026, 10, 23, 13, 45 - i)).toISOString(),
    username: i % 2 === 0 ? 'dorthe' : 'script-bot',
    role: i % 2 === 0 ? 'DIRECTOR' : 'MANAGER',
    via: i % 2 === 0 ? 'SESSION' : 'TOKEN',
    purpose: i === 0 ? 'REVIEW_ROUND' : 'CASE_VIEW',
    purposeReference: i === 0 ? 'runde-7' : null,
    operation: 'Query.case',
    requestId: `req-${i}`,
    caseIds: [`S-${i}`],
    citizenPseudonyms: i === 0 ? ['psn-a1', 'psn-b2'] : [],
  }));
}

/** A log of `total` entries, paged as the server pages it. */
function log(total: number) {
  const all = entries(total);
  return (v: Variables) => {
    const first = (v.first as number) ?? 50;
    const offset = (v.offset as number) ?? 0;
    return { accessLog: { entries: all.slice(offset, offset + first), hasMore: offset + first < total } };
  };
}

const departments = () => ({ departments: DEPARTMENTS });
const rowsOf = (wrapper: Awaited<ReturnType<typeof startAsAdmin>>['wrapper']) =>
  wrapper.findAll('.access-log-table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the access log page', () => {
  it('explains the log, and shows the newest look-ups in Danish', async () => {
    const { wrapper, named } = await startAsAdmin('/adgangslog', { Departments: departments, AccessLog: log(3) });
    expect(wrapper.get('main h1').text()).toBe('Adgangslog');
    expect(wrapper.get('main').text()).toContain('artikel 15');
    expect(wrapper.get('main').text()).toContain(
      'Opslag slettes automatisk efter den fastsatte opbevaringsperiode (standard 180 dage).',
    );
    expect(named('AccessLog')[0]!.variables).toEqual({ filter: {}, first: 50, offset: 0 });

    const headers = wrapper.findAll('.access-log-table thead th');
    expect(headers.map((th) => th.text())).toEqual(['Tidspunkt', 'Bruger', 'Rolle', 'Adgang', 'Formål', 'Handling', 'Sager', 'Borgere']);
    expect(headers.every((th) => th.attributes('scope') === 'col')).toBe(true);
    expect(rowsOf(wrapper)).toEqual([
      ['23.11.2026, 14.45', 'dorthe', 'Direktør', 'Browser', 'Tilsynsrunde runde-7', 'Query.case', 'S-0', 'psn-a1, psn-b2'],
      ['23.11.2026, 14.44', 'script-bot', 'Leder', 'Script', 'Sagsvisning', 'Query.case', 'S-1', '–'],
      ['23.11.2026, 14.43', 'dorthe', 'Direktør', 'Browser', 'Sagsvisning', 'Query.case', 'S-2', '–'],
    ]);
    expect(wrapper.find('.access-log-table time').attributes('datetime')).toBe('2026-11-23T13:45:00.000Z');
    // Purging is not offered: retention runs on its own.
    expect(named('PurgeAccessLog')).toHaveLength(0);
    expect(wrapper.text()).not.toMatch(/slet nu|purge/i);
  });

  it('searches with the filters and builds the CSV link from the same filters', async () => {
    const { wrapper, named } = await startAsAdmin('/adgangslog', { Departments: departments, AccessLog: log(2) });
    const link = wrapper.get('a[download]');
    expect(link.text()).toBe('Eksportér som CSV');
    expect(link.attributes('href')).toBe('/admin/access-log.csv');

    await wrapper.get('input[name="citizen"]').setValue(' psn-a1 ');
    await wrapper.get('input[name="case"]').setValue('S-0');
    await wrapper.get('input[name="from"]').setValue('2026-11-01');
    await wrapper.get('input[name="to"]').setValue('2026-11-30');
    await wrapper.get('.filter-form').trigger('submit');
    await settle();

    expect(named('AccessLog').at(-1)!.variables).toEqual({
      filter: { citizenPseudonym: 'psn-a1', caseId: 'S-0', from: '2026-11-01', to: '2026-11-30' },
      first: 50,
      offset: 0,
    });
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      '/admin/access-log.csv?citizen=psn-a1&case=S-0&from=2026-11-01&to=2026-11-30',
    );

    await wrapper.get('input[name="user"]').setValue('dorthe');
    await wrapper.get('input[name="citizen"]').setValue('');
    await wrapper.get('.filter-form').trigger('submit');
    await settle();
    expect(wrapper.get('a[download]').attributes('href')).toBe(
      '/admin/access-log.csv?user=dorthe&case=S-0&from=2026-11-01&to=2026-11-30',
    );
  });

  it('refuses a period that ends before it starts, without searching', async () => {
    const { wrapper, named } = await startAsAdmin('/adgangslog', { Departments: departments, AccessLog: log(1) });
    await wrapper.get('input[name="from"]').setValue('2026-11-30');
    await wrapper.get('input[name="to"]').setValue('2026-11-01');
    await wrapper.get('.filter-form').trigger('submit');
    await settle();
    expect(wrapper.get('.filter-form [role="alert"]').text()).toBe('Fra-datoen må ikke ligge efter til-datoen.');
    expect(wrapper.get('input[name="from"]').attributes('aria-invalid')).toBe('true');
    expect(named('AccessLog')).toHaveLength(1);
  });

  it('pages with "Vis flere" by offset until there is no more', async () => {
    const { wrapper, named } = await startAsAdmin('/adgangslog', { Departments: departments, AccessLog: log(75) });
    expect(rowsOf(wrapper)).toHaveLength(50);
    expect(wrapper.text()).toContain('Viser 50 opslag.');

    const more = wrapper.findAll('button').find((b) => b.text() === 'Vis flere')!;
    await more.trigger('click');
    await settle();
    expect(named('AccessLog').map((c) => c.variables.offset)).toEqual([0, 50]);
    const rows = rowsOf(wrapper);
    expect(rows).toHaveLength(75);
    expect(rows[50]![6]).toBe('S-50');
    expect(rows[74]![6]).toBe('S-74');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Vis flere')).toBe(false);
    expect(wrapper.text()).toContain('Viser 75 opslag.');
    expect(document.activeElement?.classList.contains('results-summary')).toBe(true);
  });

  it('says when nothing matches, and shows errors as alerts', async () => {
    let fail = false;
    const { wrapper } = await startAsAdmin('/adgangslog', {
      Departments: departments,
      AccessLog: (v) => (fail ? new Response('bad gateway', { status: 502 }) : log(0)(v)),
    });
    expect(wrapper.text()).toContain('Ingen opslag matcher søgningen.');
    expect(wrapper.find('.access-log-table').exists()).toBe(false);

    fail = true;
    await wrapper.get('input[name="user"]').setValue('nobody');
    await wrapper.get('.filter-form').trigger('submit');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toContain('Serveren svarer ikke.');
  });
});
