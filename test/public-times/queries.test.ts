// The public table on a real (embedded) database: the hand-worked answers of ./fixture.ts, the
// admin's settings, and a cache that holds until the next import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { computePublicTable, publishedTable } from '../../server/public-times/service';
import { readPublicationState, savePublicationSettings } from '../../server/public-times/settings';
import { createPublicTimesRuntime } from '../../server/public-times/runtime';
import { DATA_DATE, importPublicFixture, PERIOD_FROM } from './fixture';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await importPublicFixture(database.db);
});
afterAll(async () => { await database?.dispose(); });

const NOW = new Date('2025-07-01T06:00:00Z');

describe('the table of one import', () => {
  it('is as of the latest event in the data, over the 12 months up to it', async () => {
    const table = await computePublicTable(database.db, NOW);
    expect([table.dataDate, table.periodFrom, table.generatedAt]).toEqual([DATA_DATE, PERIOD_FROM, NOW]);
  });

  it('rests on 19 decisions → too few (the one a day before the window and the withdrawn one do not count); on 20 → figures', async () => {
    const { entries } = await computePublicTable(database.db, NOW);
    expect(entries.find((e) => e.caseTypeId === 'T19')).toMatchObject({ decisions: null, medianDays: null, onTimeRate: null, withheldReason: 'TOO_FEW_DECISIONS', deadline: { value: 15, unit: 'days' } });
    const t20 = entries.find((e) => e.caseTypeId === 'T20')!;
    expect(t20).toMatchObject({ decisions: 20, decisionsWithDeadline: 20, medianDays: 10.5, onTimeRate: 0.75, withheldReason: null });
    expect(t20.p80Days).toBeCloseTo(16.2, 12);
  });

  it('shows the deadline in force on the date of the figures after a change (not a later one), and judges each case by its own', async () => {
    const chg = (await computePublicTable(database.db, NOW)).entries.find((e) => e.caseTypeId === 'CHG')!;
    expect(chg).toMatchObject({ deadline: { value: 8, unit: 'weeks' }, decisions: 25, medianDays: 60, p80Days: 70, onTimeRate: 0.8 });
  });

  it('lists each department and case type once, by department then case type name', async () => {
    const { entries } = await computePublicTable(database.db, NOW);
    expect(entries.map((e) => `${e.departmentId}/${e.caseTypeId}`)).toEqual(['OTHER/OTH', 'A/T19', 'A/T20', 'B/FEWD', 'B/CHG', 'B/NOD']);
    expect(entries.find((e) => e.caseTypeId === 'NOD')).toMatchObject({ deadline: null, decisionsWithDeadline: 0, onTimeRate: null, withheldReason: null });
    expect(entries.find((e) => e.caseTypeId === 'FEWD')).toMatchObject({ decisions: 25, onTimeRate: null, withheldReason: 'TOO_FEW_WITH_DEADLINE' });
  });
});

describe('publication settings', () => {
  it('start off with no departments, and refuse unknown departments by name', async () => {
    expect((await readPublicationState(database.db)).settings).toEqual({ published: false, departmentIds: [], updatedAt: null, updatedBy: null });
    await expect(savePublicationSettings(database.db, { published: true, departmentIds: ['A', 'NOPE'] }, 'admin', NOW))
      .rejects.toThrow('departmentIds: no department has the id "NOPE"');
    expect((await readPublicationState(database.db)).settings.published).toBe(false);
  });

  it('are saved as one row, duplicates dropped, with who and when', async () => {
    await savePublicationSettings(database.db, { published: true, departmentIds: ['A', 'A', 'OTHER'] }, 'admin', NOW);
    const later = new Date(NOW.getTime() + 60_000);
    await savePublicationSettings(database.db, { published: true, departmentIds: ['ROOT'] }, 'chef', later);
    expect((await readPublicationState(database.db)).settings).toEqual({ published: true, departmentIds: ['ROOT'], updatedAt: later, updatedBy: 'chef' });
    await savePublicationSettings(database.db, { published: true, departmentIds: ['A', 'A', 'OTHER'] }, 'admin', NOW);
    expect((await readPublicationState(database.db)).settings.departmentIds).toEqual(['A', 'OTHER']);
  });
});

describe('what the public sees', () => {
  it('is nothing while publication is off, and only the chosen departments’ subtrees while on', async () => {
    const runtime = createPublicTimesRuntime({ now: () => NOW });
    await savePublicationSettings(database.db, { published: false, departmentIds: ['ROOT'] }, 'admin', NOW);
    expect(await publishedTable(database.db, runtime)).toEqual({ published: false });
    await savePublicationSettings(database.db, { published: true, departmentIds: ['ROOT'] }, 'admin', NOW);
    const shown = await publishedTable(database.db, runtime);
    expect(shown.published && shown.entries.map((e) => e.departmentId)).toEqual(['A', 'A', 'B', 'B', 'B']);
  });

  it('changes only at import: a change in the database alone does not show, the next import does', async () => {
    const runtime = createPublicTimesRuntime({ now: () => NOW });
    const rateOf = async () => {
      const result = await publishedTable(database.db, runtime);
      return result.published ? result.entries.find((e) => e.caseTypeId === 'T20')!.onTimeRate : 'off';
    };
    expect(await rateOf()).toBe(0.75);
    // T20-2 (2 days) becomes 40 days: late. Without an import the cached table stands.
    await database.db.execute(sql`update cases set received_on = decided_on - 40 where case_id = 'T20-2'`);
    expect(await rateOf()).toBe(0.75);
    await importPublicFixture(database.db);
    expect(await rateOf()).toBe(0.75); // the import put the row back as the export has it
    await importPublicFixture(database.db, { 'deadlines.csv': ['case_type_id,effective_from,deadline_value,deadline_unit', 'T20,2020-01-01,20,days'] });
    expect(await rateOf()).toBe(1);
  });
});
