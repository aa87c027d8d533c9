// Whose eyes the PDF sees with. The report signs nobody in with a password: it mints an ordinary
// browser session for a named, existing, enabled user straight in the sessions table (the same
// createSession the sign-in uses), short-lived, and ends it when the PDF is written. Whoever can
// run this command can read the database anyway; the server then applies that user's role and
// disclosure control as for any other request, and the access log records the reads as theirs.
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/access-schema';
import { createSession, destroySession, type SessionPolicy } from '../access/sessions';
import { findUserByUsername } from '../access/users';

/** Long enough to render a report, and gone soon after even if the command is killed. */
export const REPORT_SESSION_POLICY: SessionPolicy = { sessionIdleMinutes: 10, sessionHours: 0.25 };

/** The demo committee member, preferred when several committee users exist. */
const DEMO_COMMITTEE_USER = 'demo-udvalg';

export class ReportUserError extends Error {
  override name = 'ReportUserError';
}

export interface ReportUser { id: number; username: string; role: string }

/** The user named, or the committee user when none is named. */
export async function findReportUser(db: Database, username: string | null): Promise<ReportUser> {
  if (username !== null) {
    const user = await findUserByUsername(db, username);
    if (!user) throw new ReportUserError(`no user is called "${username.slice(0, 70)}" (see npm run user -- list)`);
    if (user.disabled) throw new ReportUserError(`the user "${user.username}" is disabled`);
    return { id: user.id, username: user.username, role: user.role };
  }
  const committee = await db.select({ id: users.id, username: users.username, role: users.role }).from(users)
    .where(and(eq(users.role, 'committee'), eq(users.disabled, false))).orderBy(asc(users.username));
  const demo = committee.find((u) => u.username === DEMO_COMMITTEE_USER);
  if (demo) return demo;
  if (committee.length === 1) return committee[0]!;
  if (committee.length === 0) {
    throw new ReportUserError('there is no enabled committee user: add one with '
      + '`npm run user -- add <username> --role committee`, or name a user with --user');
  }
  throw new ReportUserError(`there are several committee users (${committee.map((u) => u.username).join(', ')}): choose one with --user`);
}

/** A session for the user; `end` removes it again. */
export async function mintReportSession(db: Database, userId: number, now: Date): Promise<{ token: string; end: () => Promise<void> }> {
  const { token } = await createSession(db, userId, now, REPORT_SESSION_POLICY);
  return { token, end: () => destroySession(db, token) };
}
