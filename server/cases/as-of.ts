// A case's timeline as known on an as-of date (metrics.md, "The as-of view"): assignments starting
// after A do not exist and an end after A is unknown (still held); contacts and appeals dated after
// A do not exist; an appeal decided after A is pending. Pure: the citizen view shows every case
// of a citizen as known on the date the user chose, not with what happened later.
import type { AppealModel, ContactModel } from '../graphql/models';

export interface AssignmentRow { caseId: string; from: string; to: string | null }

export function assignmentsAsOf<T extends AssignmentRow>(rows: readonly T[], asOf: string | undefined): T[] {
  if (asOf === undefined) return [...rows];
  return rows.filter((a) => a.from <= asOf).map((a) => (a.to !== null && a.to > asOf ? { ...a, to: null } : a));
}

export function contactsAsOf<T extends Pick<ContactModel, 'on'>>(rows: readonly T[], asOf: string | undefined): T[] {
  return asOf === undefined ? [...rows] : rows.filter((c) => c.on <= asOf);
}

export function appealsAsOf<T extends AppealModel>(rows: readonly T[], asOf: string | undefined): T[] {
  if (asOf === undefined) return [...rows];
  return rows.filter((a) => a.appealedOn <= asOf)
    .map((a) => (a.decidedOn !== null && a.decidedOn > asOf ? { ...a, decidedOn: null, outcome: null } : a));
}
