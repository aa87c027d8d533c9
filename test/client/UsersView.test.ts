// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEPARTMENTS } from './fixtures';
import { badUserInput, settle, startAsAdmin, type Variables } from './adminApi';

const USERS = [
  { id: '1', username: 'anders', displayName: 'Anders Admin', role: 'ADMIN', departmentIds: [], usesSingleSignOn: false, hasPassword: true, isDemoAccount: false, disabled: false, createdAt: '2026-01-01T08:00:00.000Z' },
  { id: '2', username: 'lene@kommune.dk', displayName: 'Lene Leder', role: 'MANAGER', departmentIds: ['BCH', 'VOK'], usesSingleSignOn: true, hasPassword: false, isDemoAccount: false, disabled: false, createdAt: '2026-01-02T08:00:00.000Z' },
  { id: '3', username: 'robot', displayName: 'Udtræk', role: 'DIRECTOR', departmentIds: [], usesSingleSignOn: false, hasPassword: false, isDemoAccount: false, disabled: true, createdAt: '2026-01-03T08:00:00.000Z' },
];

function token(id: string, label: string, revokedAt: string | null = null) {
  return { id, username: 'robot', label, createdAt: '2026-11-01T09:00:00.000Z', lastUsedAt: id === '1' ? '2026-11-20T10:30:00.000Z' : null, revokedAt };
}

/** A fake server for the users page whose users and tokens change as mutations arrive. */
function usersApi() {
  const users = [...USERS];
  let tokens = [token('1', 'Månedligt udtræk')];
  return {
    Departments: () => ({ departments: DEPARTMENTS }),
    Users: () => ({ users }),
    ApiTokens: (v: Variables) => ({ apiTokens: v.username === 'robot' ? tokens : [] }),
    AddUser: (v: Variables) => {
      const input = v.input as { username: string; displayName: string | null; role: string; departmentIds: string[] };
      if (input.username === 'anders') return badUserInput('username: already taken');
      const user = { id: String(users.length + 1), username: input.username, displayName: input.displayName ?? input.username, role: input.role, departmentIds: input.departmentIds, usesSingleSignOn: false, hasPassword: false, isDemoAccount: false, disabled: false, createdAt: '2026-11-23T08:00:00.000Z' };
      users.push(user);
      return { addUser: { id: user.id, username: user.username } };
    },
    IssueApiToken: (v: Variables) => {
      const issued = token(String(tokens.length + 1), v.label as string);
      tokens = [...tokens, issued];
      return { issueApiToken: { token: 'tls_hemmelig-engangsværdi', apiToken: issued } };
    },
    RevokeApiToken: (v: Variables) => {
      tokens = tokens.map((t) => (t.id === v.id ? { ...t, revokedAt: '2026-11-23T12:00:00.000Z' } : t));
      return { revokeApiToken: tokens.find((t) => t.id === v.id) };
    },
  };
}

type Wrapper = Awaited<ReturnType<typeof startAsAdmin>>['wrapper'];
const button = (wrapper: Wrapper, text: string) => wrapper.findAll('button').find((b) => b.text() === text)!;
const userRows = (wrapper: Wrapper) => wrapper.findAll('.users-table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));
const tokenRows = (wrapper: Wrapper) => wrapper.findAll('.tokens-table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the users page', () => {
  it('lists the users with role, departments, sign-in method and status, and explains passwords', async () => {
    const { wrapper } = await startAsAdmin('/brugere', usersApi());
    expect(wrapper.get('main h1').text()).toBe('Brugere');
    expect(userRows(wrapper)).toEqual([
      ['anders', 'Anders Admin', 'Administrator', '–', 'Adgangskode', 'Aktiv'],
      ['lene@kommune.dk', 'Lene Leder', 'Leder', 'BCH, VOK', 'Kommunens log-in', 'Aktiv'],
      ['robot', 'Udtræk', 'Direktør', '–', 'Ingen (kun API-nøgle)', 'Deaktiveret'],
    ]);
    expect(wrapper.get('main').text()).toContain('npm run user -- passwd <brugernavn>');
  });

  it('requires departments for a manager before adding the user, then refreshes the list', async () => {
    const { wrapper, named } = await startAsAdmin('/brugere', usersApi());
    const form = wrapper.get('.stacked-form');
    await form.get('input[name="username"]').setValue('mette');
    await form.get('input[name="displayName"]').setValue('Mette Leder');
    await form.get('select[name="role"]').setValue('manager');
    await form.trigger('submit');
    await settle();

    expect(form.get('[role="alert"]').text()).toBe('Vælg mindst én enhed for en leder.');
    const picker = form.get('select[multiple]');
    expect(picker.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(picker.element);
    expect(named('AddUser')).toHaveLength(0);

    // The departments come from the departments store, in tree order (so Myndighed Børn first).
    expect(picker.findAll('option').map((o) => o.text().trim())).toContain('Myndighed Børn');
    await picker.setValue(['VOK', 'MYN-B']);
    await form.trigger('submit');
    await settle();

    expect(named('AddUser').map((c) => c.variables)).toEqual([
      { input: { username: 'mette', displayName: 'Mette Leder', role: 'MANAGER', departmentIds: ['MYN-B', 'VOK'] } },
    ]);
    expect(named('Users')).toHaveLength(2);
    expect(userRows(wrapper).at(-1)).toEqual(['mette', 'Mette Leder', 'Leder', 'MYN-B, VOK', 'Ingen (kun API-nøgle)', 'Aktiv']);
    const done = wrapper.get('.status-message');
    expect(done.text()).toBe('Brugeren mette er oprettet.');
    expect(document.activeElement).toBe(done.element);
    // The form starts over.
    expect((wrapper.get('input[name="username"]').element as HTMLInputElement).value).toBe('');
  });

  it('does not ask for departments for other roles, and shows the server’s reason when it refuses', async () => {
    const { wrapper, named } = await startAsAdmin('/brugere', usersApi());
    await wrapper.get('input[name="username"]').setValue('anders');
    await wrapper.get('select[name="role"]').setValue('reviewer');
    expect(wrapper.find('select[multiple]').exists()).toBe(false);
    await wrapper.get('.stacked-form').trigger('submit');
    await settle();

    expect(named('AddUser')[0]!.variables).toEqual({ input: { username: 'anders', displayName: null, role: 'REVIEWER', departmentIds: [] } });
    const alert = wrapper.get('.notice--error[role="alert"]');
    expect(alert.text()).toContain('Brugeren blev ikke oprettet:');
    expect(alert.text()).toContain('username: already taken');
    expect(named('Users')).toHaveLength(1);
  });
});

describe('API tokens on the users page', () => {
  it('shows an issued token once, with how to use it, and refreshes the list', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper, named } = await startAsAdmin('/brugere', usersApi());
    expect(wrapper.text()).toContain('Vælg en bruger for at se og udstede API-nøgler.');
    expect(named('ApiTokens')).toHaveLength(0);

    await wrapper.get('select.token-user').setValue('robot');
    await settle();
    expect(named('ApiTokens').map((c) => c.variables)).toEqual([{ username: 'robot' }]);
    expect(tokenRows(wrapper)).toEqual([['Månedligt udtræk', '01.11.2026, 10.00', '20.11.2026, 11.30', 'Aktiv', 'Tilbagekald']]);

    await wrapper.get('.issue-token-form').trigger('submit');
    expect(wrapper.get('.issue-token-form [role="alert"]').text()).toBe('Skriv en betegnelse.');
    await wrapper.get('.issue-token-form input[name="label"]').setValue('Dataudtræk');
    await wrapper.get('.issue-token-form').trigger('submit');
    await settle();

    expect(named('IssueApiToken').map((c) => c.variables)).toEqual([{ username: 'robot', label: 'Dataudtræk' }]);
    const box = wrapper.get('.issued-token');
    expect(document.activeElement).toBe(box.element);
    expect(box.get('.issued-token__value').text()).toBe('tls_hemmelig-engangsværdi');
    expect(box.text()).toContain('Den bliver ikke vist igen.');
    expect(box.text()).toContain('Authorization: Bearer <nøgle>');
    await button(wrapper, 'Kopiér nøglen').trigger('click');
    await settle();
    expect(writeText).toHaveBeenCalledWith('tls_hemmelig-engangsværdi');
    expect(box.text()).toContain('Nøglen er kopieret.');

    expect(named('ApiTokens')).toHaveLength(2);
    expect(tokenRows(wrapper).map((r) => r[0])).toEqual(['Månedligt udtræk', 'Dataudtræk']);
    expect((wrapper.get('.issue-token-form input').element as HTMLInputElement).value).toBe('');

    // Once: gone when dismissed, and not back after choosing the user again.
    await button(wrapper, 'Jeg har gemt nøglen').trigger('click');
    expect(wrapper.text()).not.toContain('tls_hemmelig-engangsværdi');
    await wrapper.get('select.token-user').setValue('anders');
    await settle();
    expect(wrapper.text()).toContain('anders har ingen API-nøgler.');
    await wrapper.get('select.token-user').setValue('robot');
    await settle();
    expect(wrapper.text()).not.toContain('tls_hemmelig-engangsværdi');
  });

  it('revokes a token after confirmation and refreshes the list', async () => {
    const { wrapper, named } = await startAsAdmin('/brugere', usersApi());
    await wrapper.get('select.token-user').setValue('robot');
    await settle();

    const revoke = wrapper.get('.tokens-table button');
    expect(revoke.attributes('aria-label')).toBe('Tilbagekald Månedligt udtræk');
    await revoke.trigger('click');
    await settle();
    expect(wrapper.get('.confirm-row').text()).toContain('Tilbagekald »Månedligt udtræk«?');
    expect(document.activeElement?.textContent?.trim()).toBe('Ja, tilbagekald');
    expect(named('RevokeApiToken')).toHaveLength(0);

    // Cancelling changes nothing.
    await button(wrapper, 'Fortryd').trigger('click');
    await settle();
    expect(wrapper.find('.confirm-row').exists()).toBe(false);
    expect(named('RevokeApiToken')).toHaveLength(0);

    await wrapper.get('.tokens-table button').trigger('click');
    await settle();
    await button(wrapper, 'Ja, tilbagekald').trigger('click');
    await settle();

    expect(named('RevokeApiToken').map((c) => c.variables)).toEqual([{ id: '1' }]);
    expect(named('ApiTokens')).toHaveLength(2);
    expect(tokenRows(wrapper)).toEqual([['Månedligt udtræk', '01.11.2026, 10.00', '20.11.2026, 11.30', 'Tilbagekaldt 23.11.2026, 13.00', '']]);
    const done = wrapper.get('.status-message');
    expect(done.text()).toBe('Nøglen »Månedligt udtræk« er tilbagekaldt.');
    expect(document.activeElement).toBe(done.element);
  });
});
