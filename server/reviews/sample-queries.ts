// A stratum drawn on its own in SQL (sample-draw.ts: strata the creation pass did not reach far
// enough in, and the draw forced in tests), and reading the sample back. The hash order is
// frame-pass.ts's, metrics.md's.
import { and, asc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { sampledCases } from '../db/review-schema';
import { queryRows, type Executor } from '../db/client';
import type { SampledCaseModel, StratumModel } from './models';
import type { FrameSpec } from './plan-input';
import { frameRowsSql, stratumKeySql } from './frame-queries';
import { sampleHashSql, type HashInput } from './frame-pass';

export interface DrawRequest {
  key: string;
  departmentId: string;
  /** How many cases to take: the first `need` of the stratum's hash order. */
  need: number;
  /** Only hashes below this (hex of their leading bytes) can be among them; null to hash-sort the whole stratum. */
  cutoff: string | null;
}

export interface DrawnRow { key: string; caseId: string; position: number }

/**
 * The first `need` cases of each stratum's hash order, read from the cases themselves (a plain
 * SELECT, so PostgreSQL may hash in parallel; a statement that writes never runs in parallel).
 * The caller holds locks that keep the frame still while it draws. A stratum's cases whose hash lies
 * above its cutoff are dropped before the sort; ties, practically impossible, go to the smaller case
 * id in code-unit order, as in `drawStratum`.
 */
export function drawFromFrame(db: Executor, spec: FrameSpec, seed: string, input: HashInput, requests: readonly DrawRequest[]): Promise<DrawnRow[]> {
  const rows = frameRowsSql(spec, { kind: 'all' }, sql`${onlyStrata(spec, requests)} and ${prefilter(seed, input, spec, requests)}`);
  return queryRows<DrawnRow>(db, sql`select d.key, d.case_id as "caseId", d.position from (
      select f.stratum_key as key, f.case_id,
        (row_number() over (partition by f.stratum_key order by f.hash, f.case_id collate "C"))::int as position
      from (select fr.stratum_key, fr.case_id, ${sampleHashSql(seed, sql`fr.case_id`, input)} as hash
        from ${rows} fr) f
      join unnest(${sql.param(requests.map((r) => r.key))}::text[], ${sql.param(requests.map((r) => r.cutoff))}::text[]) t(key, cutoff)
        on t.key = f.stratum_key
      where t.cutoff is null or f.hash < decode(t.cutoff, 'hex')) d
    join unnest(${sql.param(requests.map((r) => r.key))}::text[], ${sql.param(requests.map((r) => r.need))}::int[]) n(key, need)
      on n.key = d.key and d.position <= n.need
    order by d.key collate "C", d.position`);
}

/**
 * A condition on each frame row alone (no join with the cutoffs), so the parallel workers drop
 * nearly every row right after hashing it and only a few thousand reach the per-stratum cutoff and
 * the sort: below the loosest cutoff of all strata, or in a stratum that has none. It keeps every
 * row the exact per-stratum condition keeps, so it changes what is sorted, never the order.
 * `cl.ancestor_id is null` is never true; it ties the condition to the join with the scope's
 * subtree, or PostgreSQL would hash every case of the table in the scan, other scopes' too.
 */
function prefilter(seed: string, input: HashInput, spec: FrameSpec, requests: readonly DrawRequest[]): SQL {
  const cutoffs = requests.map((r) => r.cutoff).filter((c): c is string => c !== null);
  if (cutoffs.length === 0) return sql`true`;
  // Cutoffs are hex of the same length, so the largest string is the loosest.
  const loosest = cutoffs.reduce((a, b) => (b > a ? b : a));
  const uncut = requests.filter((r) => r.cutoff === null).map((r) => r.key);
  return sql`(${sampleHashSql(seed, sql`c.case_id`, input)} < decode(${loosest}, 'hex')
    or ${stratumKeySql(spec)} = any(${sql.param(uncut)}::text[]) or cl.ancestor_id is null)`;
}

/**
 * Only the requested strata's cases are hashed (a redraw of a few short strata must not hash the
 * whole frame); the department condition lets PostgreSQL read small departments through an index.
 */
function onlyStrata(spec: FrameSpec, requests: readonly DrawRequest[]): SQL {
  const departments = [...new Set(requests.map((r) => r.departmentId))];
  return sql`c.department_id = any(${sql.param(departments)}::text[])
    and ${stratumKeySql(spec)} = any(${sql.param(requests.map((r) => r.key))}::text[])`;
}

/** Stores the drawn cases; those after the stratum's allocation form its reserve. */
export async function insertSample(db: Executor, roundId: number, rows: readonly DrawnRow[]): Promise<void> {
  await db.execute(sql`insert into sampled_cases (round_id, case_id, stratum_key, position, from_reserve)
    select ${roundId}, t.case_id, t.key, t.position, t.position > s.allocated
    from unnest(${sql.param(rows.map((r) => r.key))}::text[], ${sql.param(rows.map((r) => r.caseId))}::text[],
      ${sql.param(rows.map((r) => r.position))}::int[]) t(key, case_id, position)
    join review_strata s on s.round_id = ${roundId} and s.stratum_key = t.key`);
}

type StratumRow = Omit<StratumModel, 'drawnCaseIds' | 'reserveCaseIds'> & { drawn: string[]; reserve: string[] };

/** The strata of the rounds (never their stored frames), with drawn and reserve ids in hash order. */
export async function strataOfRounds(db: Executor, roundIds: readonly number[]): Promise<StratumModel[]> {
  const rows = await queryRows<StratumRow>(db, sql`select s.round_id as "roundId", s.stratum_key as "stratumKey",
      s.department_id as "departmentId", s.case_type_id as "caseTypeId", s.frame_size as "frameSize", s.allocated,
      coalesce(array_agg(c.case_id order by c.position) filter (where not c.from_reserve), '{}') as drawn,
      coalesce(array_agg(c.case_id order by c.position) filter (where c.from_reserve), '{}') as reserve
    from review_strata s
    left join sampled_cases c on c.round_id = s.round_id and c.stratum_key = s.stratum_key
    where s.round_id = any(${sql.param([...roundIds])}::int[])
    group by s.round_id, s.stratum_key order by s.round_id, s.stratum_key collate "C"`);
  return rows.map(({ drawn, reserve, ...stratum }) => ({ ...stratum, drawnCaseIds: drawn, reserveCaseIds: reserve }));
}

/** A sampled case (`c`) is in the sample when drawn, or when a reserve case took an eliminated one's place. */
export const IN_SAMPLE = sql`(not c.from_reserve or c.replaces_case_id is not null)`;

const inSample = or(eq(sampledCases.fromReserve, false), isNotNull(sampledCases.replacesCaseId));

/** Every case that is or was in the samples of the rounds (eliminated ones too), in stratum and draw order. */
export function sampleOfRounds(db: Executor, roundIds: readonly number[]): Promise<SampledCaseModel[]> {
  return db.select().from(sampledCases).where(and(inArray(sampledCases.roundId, [...roundIds]), inSample))
    .orderBy(asc(sampledCases.roundId), sql`${sampledCases.stratumKey} collate "C"`, asc(sampledCases.position));
}

/** The round's sampled-case rows of these cases (drawn or reserve), in the order of `caseIds`. */
export async function sampledRows(db: Executor, roundId: number, caseIds: readonly string[]): Promise<SampledCaseModel[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.select().from(sampledCases)
    .where(and(eq(sampledCases.roundId, roundId), inArray(sampledCases.caseId, [...caseIds])));
  const byCase = new Map(rows.map((row) => [row.caseId, row]));
  return caseIds.flatMap((caseId) => byCase.get(caseId) ?? []);
}
