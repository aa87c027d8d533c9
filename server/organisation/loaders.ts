import type { Database } from '../db/client';
import { loaderByKey, loaderOfLists } from '../graphql/batch';
import { ancestorsOfDepartments, caseTypesByIds, childrenOfDepartments, deadlinesOfCaseTypes, departmentsByIds } from './queries';

export function createOrganisationLoaders(db: Database) {
  return {
    department: loaderByKey((ids) => departmentsByIds(db, ids), (d) => d.id),
    departmentChildren: loaderOfLists((ids) => childrenOfDepartments(db, ids), (d) => d.parentId ?? ''),
    departmentPath: loaderOfLists((ids) => ancestorsOfDepartments(db, ids), (d) => d.descendantId),
    caseType: loaderByKey((ids) => caseTypesByIds(db, ids), (t) => t.id),
    deadlines: loaderOfLists((ids) => deadlinesOfCaseTypes(db, ids), (d) => d.caseTypeId),
  };
}
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
