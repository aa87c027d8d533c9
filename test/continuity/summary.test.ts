// The per-case continuity summary follows every import: a newer export that changes a case's
// assignments or decision replaces that case's summary rows, and the migration backfills it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/client';
import { refreshContactSummary, refreshContinuitySummary } from '../../server/continuity/summary';
import { FixtureCopy } from '../helpers/fixtures';
import type { TestDatabase } from '../helpers/database';
import { CONTINUITY_FIXTURE, continuityDatabase, importContinuity } from './fixture';

let database: TestDatabase;
beforeAll(async () => { database = await continuityDatabase(); });
afterAll(async () => { await database.dispose(); });

const summary = (caseId: string) => queryRows<{ decided_on: string; assignments: number; changes: number }>(database.db,
  sql`select decided_on::text, assignments, changes from case_continuity where case_id = ${caseId}`);
const changes = (caseId: string) => queryRows<{ changed_on: string; previous_caseworker_id: string; caseworker_id: string }>(database.db,
  sql`select changed_on::text, previous_caseworker_id, caseworker_id from case_changes where case_id = ${caseId} order by changed_on`);

const contactRows = (caseId: string) => queryRows<{ department_id: string; contact_on: string; citizen_id: string; caseworker_id: string; received_on: string }>(database.db,
  sql`select department_id, contact_on::text, citizen_id, caseworker_id, received_on::text from citizen_contacts
    where case_id = ${caseId} order by contact_on, caseworker_id`);

describe('the continuity summary', () => {
  it('holds every decided case with its changes as imported', async () => {
    expect(await summary('K3')).toEqual([{ decided_on: '2024-03-10', assignments: 3, changes: 2 }]);
    expect(await changes('K3')).toEqual([
      { changed_on: '2024-02-01', previous_caseworker_id: 'W5', caseworker_id: 'W8' },
      { changed_on: '2024-02-16', previous_caseworker_id: 'W8', caseworker_id: 'W5' },
    ]);
    expect(await summary('K4')).toEqual([{ decided_on: '2024-02-20', assignments: 0, changes: 0 }]);
    expect(await summary('O1')).toEqual([]); // open
  });

  it('holds every contact with its case\'s citizen, department and received day', async () => {
    expect(await contactRows('K1')).toEqual([
      { department_id: 'A', contact_on: '2024-01-10', citizen_id: 'CIT-1', caseworker_id: 'W5', received_on: '2024-01-03' },
      { department_id: 'A', contact_on: '2024-01-10', citizen_id: 'CIT-1', caseworker_id: 'W8', received_on: '2024-01-03' },
      { department_id: 'A', contact_on: '2024-02-01', citizen_id: 'CIT-1', caseworker_id: 'W8', received_on: '2024-01-03' },
    ]);
    const [counts] = await queryRows<{ summary: number; contacts: number }>(database.db, sql`select
      (select count(*)::int from citizen_contacts) as summary, (select count(*)::int from contacts) as contacts`);
    expect(counts!.summary).toBe(counts!.contacts);
  });

  it('is refreshed for the cases a newer export names', async () => {
    const newer = new FixtureCopy(CONTINUITY_FIXTURE);
    try {
      newer.replace('assignments.csv', 'K1,W8,2024-02-01,\n', 'K1,W5,2024-02-01,\n');
      // K1 moves to department B and gains a contact: its contact summary follows both.
      newer.replace('cases.csv', 'K1,CIT-1,T1,A,2024-01-03,2024-02-15,,granted', 'K1,CIT-1,T1,B,2024-01-03,2024-02-15,,granted');
      newer.replace('contacts.csv', 'K1,W8,2024-02-01,letter\n', 'K1,W8,2024-02-01,letter\nK1,W5,2024-02-10,email\n');
      newer.replace('cases.csv', 'FA01,CIT-FA01,T1,A,2024-01-01,2024-01-15,,granted', 'FA01,CIT-FA01,T1,A,2024-01-01,2024-02-15,,granted');
      await importContinuity(database.db, newer.dir);
    } finally {
      newer.dispose();
    }
    expect(await summary('K1')).toEqual([{ decided_on: '2024-02-15', assignments: 2, changes: 1 }]);
    expect(await changes('K1')).toEqual([{ changed_on: '2024-02-01', previous_caseworker_id: 'W8', caseworker_id: 'W5' }]);
    expect(await summary('FA01')).toEqual([{ decided_on: '2024-02-15', assignments: 1, changes: 0 }]);
    expect(await summary('K3')).toEqual([{ decided_on: '2024-03-10', assignments: 3, changes: 2 }]);
    expect((await contactRows('K1')).map((r) => `${r.department_id} ${r.contact_on} ${r.caseworker_id}`)).toEqual([
      'B 2024-01-10 W5', 'B 2024-01-10 W8', 'B 2024-02-01 W8', 'B 2024-02-10 W5',
    ]);
  });

  it('can be rebuilt from scratch with the same rows', async () => {
    const all = () => queryRows(database.db, sql`select s.*, (select array_agg(ch::text order by ch.changed_on) from case_changes ch
      where ch.case_id = s.case_id) as changes_list from case_continuity s order by s.case_id`);
    const before = await all();
    const contactsBefore = await queryRows(database.db, sql`select * from citizen_contacts order by case_id, contact_on, caseworker_id`);
    await database.db.transaction(async (tx) => refreshContinuitySummary(tx, sql`select case_id from cases`));
    await database.db.transaction(async (tx) => refreshContactSummary(tx, sql`select case_id from cases`));
    expect(await all()).toEqual(before);
    expect(await queryRows(database.db, sql`select * from citizen_contacts order by case_id, contact_on, caseworker_id`)).toEqual(contactsBefore);
  });
});
