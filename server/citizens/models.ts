// What the citizens-across-departments resolvers pass on: ids, not objects (departments and cases
// load through the per-request loaders), and the figures' key so `combinations(first)` can load lazily.
import type { CrossDepartment, DepartmentCombination } from '../graphql/generated';
import type { ScopeFiguresModel } from '../graphql/models';
import type { CaseModel } from '../graphql/models';

export type CrossDepartmentModel = Omit<CrossDepartment, 'combinations'> & { figures: ScopeFiguresModel };

export type DepartmentCombinationModel = Omit<DepartmentCombination, 'departments'> & { departmentIds: string[] };

export interface CrossDepartmentCitizenModel { pseudonym: string; departmentIds: string[]; activeCases: number; caseworkers: number }

export interface CitizenOverviewModel { pseudonym: string; asOf: string; cases: CaseModel[]; departmentIds: string[]; otherCases: number }
