// Whose view the report prints, and the short-lived session it signs in with (PGlite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../server/db/access-schema';
import { resolveSession } from '../../server/access/sessions';
import { findReportUser, mintReportSession, REPORT_SESSION_POLICY, ReportUserError } from '../../server/report/session';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(users).values([
    { username: 'direktor', displayName: 'Dina Direktør', role: 'director' },
    { username: 'lone', displayName: 'Lone Udvalg', role: 'committee' },
    { username: 'gammel', displayName: 'Gammelt medlem', role: 'committee', disabled: true },
  ]);
});
afterAll(() => database.dispose());

describe('findReportUser', () => {
  it('without --user: the one enabled committee user', async () => {
    expect(await findReportUser(database.db, null)).toMatchObject({ username: 'lone', role: 'committee' });
  });

  it('with --user: that user, whatever the role; unknown and disabled users are refused', async () => {
    expect(await findReportUser(database.db, 'Direktor')).toMatchObject({ username: 'direktor', role: 'director' });
    await expect(findReportUser(database.db, 'nobody')).rejects.toThrow('no user is called "nobody"');
    await expect(findReportUser(database.db, 'gammel')).rejects.toThrow('the user "gammel" is disabled');
  });

  it('several committee users: the demo member if there is one, else the command asks which', async () => {
    await database.db.insert(users).values({ username: 'ole', displayName: 'Ole Udvalg', role: 'committee' });
    await expect(findReportUser(database.db, null)).rejects.toThrow('there are several committee users (lone, ole): choose one with --user');
    await database.db.insert(users).values({ username: 'demo-udvalg', displayName: 'Demo', role: 'committee' });
    expect(await findReportUser(database.db, null)).toMatchObject({ username: 'demo-udvalg' });
  });

  it('no committee user at all: says how to add one', async () => {
    await database.db.update(users).set({ disabled: true }).where(eq(users.role, 'committee'));
    const refusal = findReportUser(database.db, null);
    await expect(refusal).rejects.toBeInstanceOf(ReportUserError);
    await expect(findReportUser(database.db, null)).rejects.toThrow(/npm run user -- add <username> --role committee/);
  });
});

describe('mintReportSession', () => {
  it('is an ordinary session for the user, ending within 15 minutes, gone after end()', async () => {
    const [director] = await database.db.select().from(users).where(eq(users.username, 'direktor'));
    const now = new Date('2026-07-15T08:00:00Z');
    const session = await mintReportSession(database.db, director!.id, now);
    const resolved = await resolveSession(database.db, session.token, now, REPORT_SESSION_POLICY);
    expect(resolved?.viewer).toMatchObject({ username: 'direktor', role: 'director', via: 'session' });
    expect(resolved?.expiresAt).toEqual(new Date('2026-07-15T08:10:00Z'));
    expect(await resolveSession(database.db, session.token, new Date('2026-07-15T08:16:00Z'), { sessionIdleMinutes: 60, sessionHours: 10 })).toBeNull();
    const again = await mintReportSession(database.db, director!.id, now);
    await again.end();
    expect(await resolveSession(database.db, again.token, now, REPORT_SESSION_POLICY)).toBeNull();
  });
});
