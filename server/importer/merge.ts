// Moves checked staged rows into the tables: upsert by key, or replace a named case's rows for
// the files without an id of their own; counts inserted, updated, unchanged and removed rows.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { FileCounts } from '../db/schema';
import type { ColumnSpec, FileSpec } from './files';
import { stagingTable } from './staging';

const quoted = (names: string[], alias?: string) =>
  sql.raw(names.map((n) => (alias ? `${alias}."${n}"` : `"${n}"`)).join(', '));

/** A staged value as the target column wants it (enums are staged as text). */
function asTarget(column: ColumnSpec): string {
  return column.kind.type === 'enum' ? `s."${column.name}"::${column.kind.pgType}` : `s."${column.name}"`;
}

/** A held value as staged, for comparison. */
function asStaged(column: ColumnSpec): string {
  return column.kind.type === 'enum' ? `t."${column.name}"::text` : `t."${column.name}"`;
}

function stagedRows(spec: FileSpec): SQL {
  const distinct = spec.dedupeExactRepeats ? sql`distinct ` : sql``;
  return sql`(select ${distinct}${quoted(spec.columns.map((c) => c.name))} from ${stagingTable(spec)})`;
}

async function countChanges(tx: Executor, spec: FileSpec): Promise<Omit<FileCounts, 'file' | 'removed'>> {
  const keyColumns = spec.columns.filter((c) => spec.key.includes(c.name));
  const join = sql.raw(keyColumns.map((c) => `${asStaged(c)} = s."${c.name}"`).join(' and '));
  const firstKey = sql.raw(`t."${spec.key[0]}"`);
  const staged = sql.raw(spec.columns.map((c) => `s."${c.name}"`).join(', '));
  const held = sql.raw(spec.columns.map(asStaged).join(', '));
  const [row] = await queryRows<{ inserted: number; updated: number; unchanged: number }>(tx, sql`
    select count(*) filter (where ${firstKey} is null)::int as inserted,
      count(*) filter (where ${firstKey} is not null and row(${staged}) is distinct from row(${held}))::int as updated,
      count(*) filter (where ${firstKey} is not null and row(${staged}) is not distinct from row(${held}))::int as unchanged
    from ${stagedRows(spec)} s left join ${sql.identifier(spec.table)} t on ${join}`);
  return row ?? { inserted: 0, updated: 0, unchanged: 0 };
}

async function removeUnnamedRows(tx: Executor, spec: FileSpec): Promise<number> {
  const keyColumns = spec.columns.filter((c) => spec.key.includes(c.name));
  const join = sql.raw(keyColumns.map((c) => `s."${c.name}" = ${asStaged(c)}`).join(' and '));
  const [row] = await queryRows<{ removed: number }>(tx, sql`
    with removed as (
      delete from ${sql.identifier(spec.table)} t
      where t.case_id in (select case_id from ${stagingTable(spec)})
        and not exists (select 1 from ${stagingTable(spec)} s where ${join})
      returning 1)
    select count(*)::int as removed from removed`);
  return row?.removed ?? 0;
}

async function upsert(tx: Executor, spec: FileSpec): Promise<void> {
  const names = spec.columns.map((c) => c.name);
  const nonKey = names.filter((n) => !spec.key.includes(n));
  const values = sql.raw(spec.columns.map(asTarget).join(', '));
  const target = sql.identifier(spec.table);
  const onConflict = nonKey.length === 0
    ? sql`do nothing`
    : sql`do update set ${sql.raw(nonKey.map((n) => `"${n}" = excluded."${n}"`).join(', '))}
          where row(${quoted(nonKey, spec.table)}) is distinct from row(${quoted(nonKey, 'excluded')})`;
  await tx.execute(sql`
    insert into ${target} (${quoted(names)})
    select ${values} from ${stagedRows(spec)} s
    on conflict (${quoted(spec.key)}) ${onConflict}`);
}

export async function mergeFile(tx: Executor, spec: FileSpec): Promise<FileCounts> {
  const counts = await countChanges(tx, spec);
  const removed = spec.mode === 'replacePerCase' ? await removeUnnamedRows(tx, spec) : 0;
  await upsert(tx, spec);
  return { file: spec.file, ...counts, removed };
}

/** Rebuilds every (ancestor, descendant) pair of the department tree. */
export async function rebuildDepartmentClosure(tx: Executor): Promise<void> {
  await tx.execute(sql`delete from department_closure`);
  await tx.execute(sql`
    insert into department_closure (ancestor_id, descendant_id, depth)
    with recursive pairs(ancestor_id, descendant_id, depth) as (
      select department_id, department_id, 0 from departments
      union all
      select d.parent_id, p.descendant_id, p.depth + 1
      from pairs p join departments d on d.department_id = p.ancestor_id
      where d.parent_id is not null)
    select ancestor_id, descendant_id, depth from pairs`);
}
