// The hash order of metrics.md in SQL, and the one pass over a frame that creating a round makes:
// SHA-256 of the UTF-8 bytes of seed + ":" + case id, compared as bytea (byte by byte, which is the
// order of its lowercase hex; text would follow a collation).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { FrameSpec } from './plan-input';
import { frameRowsSql, type StratumFrame } from './frame-queries';

/**
 * How the hash input becomes UTF-8 bytes. `textsend` sends text in the connection's encoding (and
 * a parallel worker in the database's), so when both are UTF-8 it gives exactly convert_to's bytes,
 * and about 0.4 µs sooner per case (convert_to looks its encodings up by name on every call);
 * `convert_to` stays the form for any other database.
 */
export type HashInput = 'textsend' | 'convert_to';

export async function hashInputOf(db: Executor): Promise<HashInput> {
  const [row] = await queryRows<{ utf8: boolean }>(db, sql`select current_setting('server_encoding') = 'UTF8'
    and current_setting('client_encoding') = 'UTF8' as utf8`);
  return row?.utf8 ? 'textsend' : 'convert_to';
}

/** UTF-8 bytes of a text expression. */
function utf8Sql(text: SQL, input: HashInput): SQL {
  return input === 'textsend' ? sql`textsend(${text})` : sql`convert_to(${text}, 'UTF8')`;
}

/** metrics.md's hash of the case id `caseId` under `seed`, as bytea. */
export function sampleHashSql(seed: string, caseId: SQL, input: HashInput): SQL {
  return sql`sha256(${utf8Sql(sql`${seed} || ':' || ${caseId}`, input)})`;
}

/** Bytes of the hash a cutoff compares (48 bits: exact in a double, fine enough for any frame). */
export const CUTOFF_BYTES = 6;

export interface FramePass {
  /** Every stratum of the frame with its size, by key in code-unit order. */
  strata: StratumFrame[];
  /** Per stratum: how many of its cases hash below the cutoff, and the first of them (at most `maxRank`) in hash order. */
  candidates: Map<string, { below: number; caseIds: string[] }>;
}

/**
 * One parallel pass over the frame that both counts it per stratum and keeps, per stratum, the cases
 * whose hash lies below `cutoff` (hex of CUTOFF_BYTES), in hash order. Each case becomes
 * least(hash ‖ id, cutoff): below the cutoff that is unique to the case, above it every case of the
 * stratum collapses into the one value `cutoff`, so grouping by (stratum, that value) counts the
 * stratum and lists its candidates at once, and the workers' partial aggregates send a few thousand
 * rows to the leader instead of the whole frame. Ties on the hash, practically impossible, go to the
 * smaller id in byte order, as in `drawFromFrame`.
 */
export async function framePass(db: Executor, spec: FrameSpec, seed: string, input: HashInput, cutoff: string, maxRank: number): Promise<FramePass> {
  const keyed = sql`least(${sampleHashSql(seed, sql`f.case_id`, input)} || ${utf8Sql(sql`f.case_id`, input)}, decode(${cutoff}, 'hex'))`;
  // Materialized, and grouped by department and case type rather than by the key built from them:
  // otherwise PostgreSQL, misjudging the frame's size by a hundredfold, sorts the whole frame to
  // group it (its order suits the ranking) instead of hashing it, at a third more time.
  const rows = await queryRows<StratumFrame & { below: number; caseId: string | null }>(db, sql`
    with grouped as materialized (select f.department_id as d, f.case_type_id as t, ${keyed} as g, count(*) as n
      from ${frameRowsSql(spec, { kind: 'all' })} f group by 1, 2, 3),
    ranked as (select d, t, g, case when t is null then d else d || '/' || t end as k,
        sum(n) over (partition by d, t) as size,
        count(*) filter (where length(g) > ${CUTOFF_BYTES}) over (partition by d, t) as below,
        row_number() over (partition by d, t order by g) as position
      from grouped)
    select k as key, d as "departmentId", t as "caseTypeId", size::int as "frameSize", below::int as below,
      case when length(g) > ${CUTOFF_BYTES} then convert_from(substring(g from 33), 'UTF8') end as "caseId"
    from ranked where position = 1 or (length(g) > ${CUTOFF_BYTES} and position <= ${maxRank})
    order by k collate "C", position`);
  const strata: StratumFrame[] = [];
  const candidates = new Map<string, { below: number; caseIds: string[] }>();
  for (const { below, caseId, ...stratum } of rows) {
    if (!candidates.has(stratum.key)) {
      strata.push(stratum);
      candidates.set(stratum.key, { below, caseIds: [] });
    }
    if (caseId !== null) candidates.get(stratum.key)!.caseIds.push(caseId);
  }
  return { strata, candidates };
}
