// First- and second-level reviews of the same case, both submitted, case still in the sample: the
// answer pairs per reviewer pair, counted in SQL (items matched by number, both answered).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { ReviewAnswer } from '../stats/agreement';

const BOTH_SUBMITTED = sql`
  from reviews f
  join reviews s on s.round_id = f.round_id and s.case_id = f.case_id and s.level = 'second' and s.status = 'submitted'
  join sampled_cases sc on sc.round_id = f.round_id and sc.case_id = f.case_id and sc.eliminated_at is null
  join users fu on fu.id = f.reviewer_id
  join users su on su.id = s.reviewer_id`;

export interface PairCases { roundId: number; firstId: number; secondId: number; first: string; second: string; cases: number }
export interface PairAnswers { roundId: number; firstId: number; secondId: number; a: ReviewAnswer; b: ReviewAnswer; count: number }

export function casesPerPair(db: Executor, roundIds: readonly number[]): Promise<PairCases[]> {
  return queryRows<PairCases>(db, sql`
    select f.round_id as "roundId", f.reviewer_id as "firstId", s.reviewer_id as "secondId",
      fu.display_name as "first", su.display_name as "second", count(*)::int as "cases"
    ${BOTH_SUBMITTED}
    where f.round_id = any(${sql.param([...roundIds])}::int[]) and f.level = 'first' and f.status = 'submitted'
    group by 1, 2, 3, 4, 5`);
}

export function answerPairs(db: Executor, roundIds: readonly number[]): Promise<PairAnswers[]> {
  return queryRows<PairAnswers>(db, sql`
    select f.round_id as "roundId", f.reviewer_id as "firstId", s.reviewer_id as "secondId",
      fa ->> 'answer' as "a", sa ->> 'answer' as "b", count(*)::int as "count"
    ${BOTH_SUBMITTED}
    cross join lateral jsonb_array_elements(f.answers) fa
    join lateral jsonb_array_elements(s.answers) sa on sa -> 'itemNumber' = fa -> 'itemNumber'
    where f.round_id = any(${sql.param([...roundIds])}::int[]) and f.level = 'first' and f.status = 'submitted'
      and fa ->> 'answer' is not null and sa ->> 'answer' is not null
    group by 1, 2, 3, 4, 5`);
}
