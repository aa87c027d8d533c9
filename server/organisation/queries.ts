// Departments, case types and deadlines. Departments carry their depth from the closure table.
import { asc, inArray, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { caseTypes, deadlines } from '../db/schema';
import type { CaseTypeModel, DeadlineModel, DepartmentModel } from '../graphql/models';

const departmentColumns = sql`d.department_id as id, d.name, d.parent_id as "parentId",
  (select max(c.depth) from department_closure c where c.descendant_id = d.department_id)::int as depth`;

export function allDepartments(db: Database): Promise<DepartmentModel[]> {
  return queryRows<DepartmentModel>(db, sql`select ${departmentColumns} from departments d order by depth, d.name, d.department_id`);
}

export function departmentsByIds(db: Database, ids: readonly string[]): Promise<DepartmentModel[]> {
  return queryRows<DepartmentModel>(db, sql`select ${departmentColumns} from departments d where d.department_id = any(${sql.param([...ids])}::text[])`);
}

export function childrenOfDepartments(db: Database, parentIds: readonly string[]): Promise<DepartmentModel[]> {
  return queryRows<DepartmentModel>(db, sql`select ${departmentColumns} from departments d
    where d.parent_id = any(${sql.param([...parentIds])}::text[]) order by d.name, d.department_id`);
}

/** For each department, its ancestors and itself with their depth from it (0 = itself). */
export function ancestorsOfDepartments(db: Database, ids: readonly string[]): Promise<(DepartmentModel & { descendantId: string; distance: number })[]> {
  return queryRows(db, sql`select c.descendant_id as "descendantId", c.depth as distance, ${departmentColumns}
    from department_closure c join departments d on d.department_id = c.ancestor_id
    where c.descendant_id = any(${sql.param([...ids])}::text[]) order by c.depth desc`);
}

const caseTypeColumns = {
  id: caseTypes.caseTypeId, name: caseTypes.name, legalBasis: caseTypes.legalBasis, departmentId: caseTypes.departmentId,
};

export function caseTypesByIds(db: Database, ids: readonly string[]): Promise<CaseTypeModel[]> {
  return db.select(caseTypeColumns).from(caseTypes).where(inArray(caseTypes.caseTypeId, [...ids]));
}

/** Case types owned by the scope's subtree (all when scope is null), by name. */
export function caseTypesInScope(db: Database, scope: string | null): Promise<CaseTypeModel[]> {
  const inScope = scope === null ? sql`true`
    : sql`${caseTypes.departmentId} in (select descendant_id from department_closure where ancestor_id = ${scope})`;
  return db.select(caseTypeColumns).from(caseTypes).where(inScope).orderBy(asc(caseTypes.name), asc(caseTypes.caseTypeId));
}

export function deadlinesOfCaseTypes(db: Database, ids: readonly string[]): Promise<DeadlineModel[]> {
  return db.select({
    caseTypeId: deadlines.caseTypeId, effectiveFrom: deadlines.effectiveFrom, value: deadlines.deadlineValue, unit: deadlines.deadlineUnit,
  }).from(deadlines).where(inArray(deadlines.caseTypeId, [...ids])).orderBy(asc(deadlines.effectiveFrom));
}

/** Every department in the subtrees rooted at `roots` (each root included). */
export async function subtreeDepartmentIds(db: Database, roots: readonly string[]): Promise<string[]> {
  if (roots.length === 0) return [];
  const rows = await queryRows<{ id: string }>(db, sql`select distinct descendant_id as id from department_closure
    where ancestor_id = any(${sql.param([...roots])}::text[])`);
  return rows.map((r) => r.id);
}
