import type { Database } from '../db/client';
import { loaderByKey, loaderOfLists } from '../graphql/batch';
import { appealsOfCases, assignmentsOfCases, casesByIds, contactsOfCases } from './queries';

export function createCaseLoaders(db: Database) {
  return {
    case: loaderByKey((ids) => casesByIds(db, ids), (c) => c.id),
    assignments: loaderOfLists((ids) => assignmentsOfCases(db, ids), (a) => a.caseId),
    contacts: loaderOfLists((ids) => contactsOfCases(db, ids), (c) => c.caseId),
    appeals: loaderOfLists((ids) => appealsOfCases(db, ids), (a) => a.caseId),
  };
}
export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
