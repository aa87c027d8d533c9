// Checks across rows, run in SQL on the staged data beside what the database already holds:
// repeated keys, references that lead nowhere, overlapping periods and cycles in the tree.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { fileSpec, type FileSpec } from './files';
import { PROBLEM_CAP, type ProblemList } from './problems';
import { stagingTable } from './staging';
import { textOfStored, type ProblemCode } from './problem-text';

interface Found { line: number; value: string | null; params: Record<string, string | number>; total: number }

/** `query` yields (line, value, params): the values problem `code`'s text names, as a JSON object without nulls. */
async function report(tx: Executor, problems: ProblemList, file: string, column: string, code: ProblemCode, query: SQL): Promise<void> {
  const rows = await queryRows<Found>(tx, sql`select *, (count(*) over ())::int as total from (${query}) found order by line limit ${PROBLEM_CAP}`);
  for (const row of rows) problems.add({ file, line: row.line, column, value: row.value, ...textOfStored(code, row.params)! });
  problems.countUnlisted((rows[0]?.total ?? 0) - rows.length);
}

const cols = (names: string[], alias: string) => sql.raw(names.map((n) => `${alias}."${n}"`).join(', '));

export async function checkRepeatedKeys(tx: Executor, spec: FileSpec, problems: ProblemList): Promise<void> {
  if (spec.dedupeExactRepeats) return;
  const key = cols(spec.key, 's');
  const notNull = sql.raw(spec.key.map((k) => `s."${k}" is not null`).join(' and '));
  const shown = sql.raw(spec.key.map((k) => `coalesce(s."${k}"::text, '')`).join(` || ', ' || `));
  await report(tx, problems, spec.file, spec.key.join(', '), 'repeatedKey', sql`
    select line, value, jsonb_build_object('firstLine', first_line, 'key', ${spec.key.join(', ')}::text) as params from (
      select s.line, ${shown} as value, min(s.line) over (partition by ${key}) as first_line
      from ${stagingTable(spec)} s where ${notNull}) k
    where line > first_line`);
}

interface Reference { file: string; column: string; target: string; targetColumn: string; noun: string }

const REFERENCES: Reference[] = [
  { file: 'departments.csv', column: 'parent_id', target: 'departments.csv', targetColumn: 'department_id', noun: 'department' },
  { file: 'case_types.csv', column: 'department_id', target: 'departments.csv', targetColumn: 'department_id', noun: 'department' },
  { file: 'deadlines.csv', column: 'case_type_id', target: 'case_types.csv', targetColumn: 'case_type_id', noun: 'case type' },
  { file: 'employments.csv', column: 'caseworker_id', target: 'caseworkers.csv', targetColumn: 'caseworker_id', noun: 'caseworker' },
  { file: 'employments.csv', column: 'department_id', target: 'departments.csv', targetColumn: 'department_id', noun: 'department' },
  { file: 'cases.csv', column: 'case_type_id', target: 'case_types.csv', targetColumn: 'case_type_id', noun: 'case type' },
  { file: 'cases.csv', column: 'department_id', target: 'departments.csv', targetColumn: 'department_id', noun: 'department' },
  { file: 'assignments.csv', column: 'case_id', target: 'cases.csv', targetColumn: 'case_id', noun: 'case' },
  { file: 'assignments.csv', column: 'caseworker_id', target: 'caseworkers.csv', targetColumn: 'caseworker_id', noun: 'caseworker' },
  { file: 'contacts.csv', column: 'case_id', target: 'cases.csv', targetColumn: 'case_id', noun: 'case' },
  { file: 'contacts.csv', column: 'caseworker_id', target: 'caseworkers.csv', targetColumn: 'caseworker_id', noun: 'caseworker' },
  { file: 'complaints.csv', column: 'department_id', target: 'departments.csv', targetColumn: 'department_id', noun: 'department' },
  { file: 'complaints.csv', column: 'case_id', target: 'cases.csv', targetColumn: 'case_id', noun: 'case' },
  { file: 'appeals.csv', column: 'case_id', target: 'cases.csv', targetColumn: 'case_id', noun: 'case' },
];

export async function checkReferences(tx: Executor, problems: ProblemList): Promise<void> {
  for (const ref of REFERENCES) {
    const source = fileSpec(ref.file);
    const target = fileSpec(ref.target);
    const column = sql.identifier(ref.column);
    const targetColumn = sql.identifier(ref.targetColumn);
    await report(tx, problems, ref.file, ref.column, 'unknownReference', sql`
      select s.line, s.${column} as value,
        jsonb_build_object('noun', ${ref.noun}::text, 'value', s.${column}, 'target', ${ref.target}::text) as params
      from ${stagingTable(source)} s
      where s.${column} is not null
        and not exists (select 1 from ${stagingTable(target)} t where t.${targetColumn} = s.${column})
        and not exists (select 1 from ${sql.identifier(target.table)} d where d.${targetColumn} = s.${column})`);
  }
}

/** Periods of one owner must not overlap; `merged` yields (owner, start, end, line) with line null for held rows. */
async function checkOverlaps(tx: Executor, problems: ProblemList, file: string, column: string, code: ProblemCode, merged: SQL): Promise<void> {
  await report(tx, problems, file, column, code, sql`
    select coalesce(line, prev_line) as line, start_on::text as value,
      jsonb_strip_nulls(jsonb_build_object('owner', owner, 'from', prev_start::text, 'to', prev_end::text, 'line', prev_line)) as params
    from (
      select owner, start_on, end_on, line,
        lag(start_on) over w as prev_start, lag(end_on) over w as prev_end, lag(line) over w as prev_line,
        lag(start_on) over w is not null as has_prev
      from (${merged}) m window w as (partition by owner order by start_on)) o
    where has_prev and (prev_end is null or prev_end >= start_on) and coalesce(line, prev_line) is not null`);
}

export async function checkEmploymentOverlaps(tx: Executor, problems: ProblemList): Promise<void> {
  const stage = stagingTable(fileSpec('employments.csv'));
  await checkOverlaps(tx, problems, 'employments.csv', 'start_date', 'employmentOverlap', sql`
    select caseworker_id as owner, start_date as start_on, end_date as end_on, line from ${stage} where valid
    union all
    select e.caseworker_id, e.start_date, e.end_date, null from employments e
    where not exists (select 1 from ${stage} s where s.caseworker_id = e.caseworker_id and s.start_date = e.start_date)`);
}

export async function checkAssignmentOverlaps(tx: Executor, problems: ProblemList): Promise<void> {
  const stage = stagingTable(fileSpec('assignments.csv'));
  await checkOverlaps(tx, problems, 'assignments.csv', 'assigned_from', 'assignmentOverlap', sql`
    select case_id as owner, assigned_from as start_on, assigned_to as end_on, line from ${stage} where valid`);
}

export async function checkDepartmentCycles(tx: Executor, problems: ProblemList): Promise<void> {
  const stage = stagingTable(fileSpec('departments.csv'));
  await report(tx, problems, 'departments.csv', 'parent_id', 'departmentCycle', sql`
    with recursive merged as (
      select department_id as id, parent_id, line from ${stage}
      union all
      select d.department_id, d.parent_id, null from departments d
      where not exists (select 1 from ${stage} s where s.department_id = d.department_id)),
    walk(start, current, steps) as (
      select id, parent_id, 1 from merged where parent_id is not null
      union all
      select w.start, m.parent_id, w.steps + 1 from walk w join merged m on m.id = w.current
      where m.parent_id is not null and w.current <> w.start and w.steps <= (select count(*) from merged))
    select m.line, m.parent_id as value,
      jsonb_build_object('id', m.id) as params
    from merged m where m.line is not null and exists (select 1 from walk w where w.start = m.id and w.current = m.id)`);
}
