// GET /admin/access-log.csv over HTTP: admin only (bearer token here), filters, CSV safety, and
// the export itself written to the access log.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHttpServer, SAFE_APP_CONFIG } from '../../server/http/app';
import { addUser } from '../../server/access/users';
import { issueApiToken } from '../../server/access/tokens';
import { accessLog } from '../../server/db/access-schema';
import { queryRows } from '../../server/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase;
let server: http.Server;
let stop: () => Promise<void>;
let base: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  for (const [username, role] of [['it-admin', 'admin'], ['chef', 'director']] as const) {
    const user = await addUser(database.db, { username, role });
    tokens[username] = (await issueApiToken(database.db, user.id, 'test', new Date())).token;
  }
  const entry = { userId: 1, role: 'director' as const, via: 'session', operation: 'Query.case', requestId: 'r1' };
  await database.db.insert(accessLog).values([
    { ...entry, at: new Date('2026-03-01T10:00:00Z'), username: 'chef', purpose: 'CASE_VIEW', caseIds: ['C1'], citizenPseudonyms: ['psn-aaa'] },
    { ...entry, at: new Date('2026-03-02T10:00:00Z'), username: '=cmd()', purpose: 'REVIEW_ROUND', purposeReference: 'runde "3", del 1', caseIds: ['C2', 'C3'], citizenPseudonyms: ['psn-bbb'] },
  ]);
  ({ server, stop } = await createHttpServer({ handle: database, clientDir: '/nonexistent', config: SAFE_APP_CONFIG }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await stop();
  server.close();
  await database.dispose();
});

const get = (query: string, username?: string) =>
  fetch(`${base}/admin/access-log.csv${query}`, { headers: username ? { authorization: `Bearer ${tokens[username]}` } : {} });

describe('the access-log export', () => {
  it('is refused to the anonymous (401) and to every role but admin (403)', async () => {
    expect((await get('')).status).toBe(401);
    expect((await get('', 'chef')).status).toBe(403);
  });

  it('gives the admin CSV with a BOM, quoted cells and no runnable formulas, filtered by citizen', async () => {
    const response = await get('?citizen=psn-bbb', 'it-admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('adgangslog.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFid,at,username,role,via,purpose,purpose_reference,operation,request_id,case_ids,citizen_pseudonyms\r\n')).toBe(true);
    const lines = text.trim().split('\r\n');
    // Newest first: this export (logged before it ran), then the read of the citizen.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/,it-admin,admin,token,EXPORT,access-log,GET \/admin\/access-log\.csv,[0-9a-f-]{36},,psn-bbb$/);
    expect(lines[2]).toMatch(/^\d+,2026-03-02T10:00:00\.000Z,'=cmd\(\),director,session,REVIEW_ROUND,"runde ""3"", del 1",Query\.case,r1,C2 C3,psn-bbb$/);
  });

  it('refuses a malformed date filter, naming it', async () => {
    const response = await get('?from=2026-02-30', 'it-admin');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad-request', message: 'from must be a date YYYY-MM-DD' });
  });

  it('writes the export itself to the access log, with the citizen it was about', async () => {
    await get('?citizen=psn-aaa', 'it-admin');
    const rows = await queryRows<{ username: string; via: string; purpose: string; citizen_pseudonyms: string[] }>(database.db,
      sql`select username, via, purpose, citizen_pseudonyms from access_log where operation = 'GET /admin/access-log.csv' order by id desc limit 1`);
    expect(rows).toEqual([{ username: 'it-admin', via: 'token', purpose: 'EXPORT', citizen_pseudonyms: ['psn-aaa'] }]);
  });
});
