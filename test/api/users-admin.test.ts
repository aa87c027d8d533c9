// The admin's user list says how each account signs in: a demo account is marked as one, so the
// Brugere page does not call it "API token only".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, testViewer, type TestApi } from '../helpers/api';
import { addUser } from '../../server/access/users';
import { ensureDemoUsers } from '../../server/access/demo-users';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await ensureDemoUsers(api.database.db);
  await addUser(api.database.db, { username: 'robot', displayName: 'Udtræk', role: 'director' });
});
afterAll(async () => { await api?.stop(); });

describe('users, as the admin sees them', () => {
  it('marks the demo accounts, and no other account, as demo accounts', async () => {
    const result = await api.run('{ users { username hasPassword isDemoAccount } }', {}, { viewer: testViewer('admin') });
    expect(result.errors).toBeUndefined();
    const users = result.data!.users as { username: string; hasPassword: boolean; isDemoAccount: boolean }[];
    expect(users.filter((u) => u.isDemoAccount).map((u) => u.username).sort())
      .toEqual(['demo-admin', 'demo-direktor', 'demo-leder', 'demo-tilsyn', 'demo-udvalg']);
    expect(users.find((u) => u.username === 'robot')).toEqual({ username: 'robot', hasPassword: false, isDemoAccount: false });
  });
});
