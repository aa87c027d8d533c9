// Temporary staging tables, one per file, filled in batches: the set-based checks and the merge
// then run in SQL. They live in the import transaction and vanish with it.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { stagingType, type FileSpec } from './files';
import type { StagedRow } from './reader';

export const BATCH_SIZE = 5_000;

export function stagingTable(spec: FileSpec): SQL {
  return sql`${sql.identifier(`stage_${spec.table}`)}`;
}

export async function createStagingTable(tx: Executor, spec: FileSpec): Promise<void> {
  const columns = spec.columns.map((c) => `"${c.name}" ${stagingType(c.kind)}`).join(', ');
  await tx.execute(sql`create temp table ${stagingTable(spec)} (line int not null, valid boolean not null, ${sql.raw(columns)}) on commit drop`);
}

/** Indexes the staged keys once loaded, so the checks and the merge join by index. */
export async function indexStagingTable(tx: Executor, spec: FileSpec): Promise<void> {
  const key = spec.key.map((k) => `"${k}"`).join(', ');
  await tx.execute(sql`create index on ${stagingTable(spec)} (${sql.raw(key)})`);
  await tx.execute(sql`analyze ${stagingTable(spec)}`);
}

/** Buffers rows and writes them with one `insert … select from unnest(arrays)` per batch. */
export class StagingWriter {
  private rows: StagedRow[] = [];

  constructor(private readonly tx: Executor, private readonly spec: FileSpec) {}

  async add(row: StagedRow): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= BATCH_SIZE) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const arrays: SQL[] = [
      sql`${sql.param(rows.map((r) => r.line))}::int[]`,
      sql`${sql.param(rows.map((r) => r.valid))}::boolean[]`,
      ...this.spec.columns.map((c) => {
        const values = rows.map((r) => r.values[c.name] ?? null);
        return sql`${sql.param(values)}::${sql.raw(stagingType(c.kind))}[]`;
      }),
    ];
    await this.tx.execute(sql`insert into ${stagingTable(this.spec)} select * from unnest(${sql.join(arrays, sql`, `)})`);
  }
}
