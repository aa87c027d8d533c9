// One case and its timeline: assignments, contacts and appeals.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { appeals, assignments, cases, caseworkers, contacts } from '../db/schema';
import type { CaseModel } from '../graphql/models';

const caseworker = { id: caseworkers.caseworkerId, displayName: caseworkers.displayName };

export function casesByIds(db: Database, ids: readonly string[]): Promise<CaseModel[]> {
  return db.select({
    id: cases.caseId, citizenPseudonym: cases.citizenId, caseTypeId: cases.caseTypeId, departmentId: cases.departmentId,
    receivedOn: cases.receivedOn, decidedOn: cases.decidedOn, closedOn: cases.closedOn, outcome: cases.outcome,
  }).from(cases).where(inArray(cases.caseId, [...ids]));
}

export function assignmentsOfCases(db: Database, ids: readonly string[]) {
  return db.select({ caseId: assignments.caseId, from: assignments.assignedFrom, to: assignments.assignedTo, caseworker })
    .from(assignments).innerJoin(caseworkers, eq(caseworkers.caseworkerId, assignments.caseworkerId))
    .where(inArray(assignments.caseId, [...ids])).orderBy(asc(assignments.assignedFrom));
}

export function contactsOfCases(db: Database, ids: readonly string[]) {
  return db.select({ caseId: contacts.caseId, on: contacts.contactOn, channel: contacts.channel, caseworker })
    .from(contacts).innerJoin(caseworkers, eq(caseworkers.caseworkerId, contacts.caseworkerId))
    .where(inArray(contacts.caseId, [...ids])).orderBy(asc(contacts.contactOn), asc(contacts.caseworkerId));
}

export function appealsOfCases(db: Database, ids: readonly string[]) {
  return db.select({ caseId: appeals.caseId, appealedOn: appeals.appealedOn, decidedOn: appeals.decidedOn, outcome: appeals.outcome })
    .from(appeals).where(inArray(appeals.caseId, [...ids])).orderBy(asc(appeals.appealedOn));
}
