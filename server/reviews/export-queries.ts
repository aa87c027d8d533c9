// A round's sample with the review outcomes, one row per sampled case (eliminated ones included, so
// the export shows the whole history), in stratum and draw order.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { ItemAnswerRow } from './models';

export interface ReviewExportRow {
  stratumKey: string; position: number; fromReserve: boolean; replacesCaseId: string | null;
  caseId: string; citizenPseudonym: string | null; caseTypeId: string | null; departmentId: string | null;
  receivedOn: string | null; decidedOn: string | null;
  eliminationReason: string | null; eliminationNote: string | null;
  firstReviewer: string | null; firstStatus: string | null; firstOverall: string | null; firstDecision: string | null;
  /** ISO 8601 in UTC, to the second (formatted in SQL: the drivers return timestamps differently). */
  firstSubmittedAt: string | null; firstAnswers: ItemAnswerRow[] | null;
  secondReviewer: string | null; secondStatus: string | null; secondOverall: string | null; secondDecision: string | null;
}

export function sampleWithReviews(db: Executor, roundId: number): Promise<ReviewExportRow[]> {
  return queryRows<ReviewExportRow>(db, sql`
    select sc.stratum_key as "stratumKey", sc.position, sc.from_reserve as "fromReserve", sc.replaces_case_id as "replacesCaseId",
      sc.case_id as "caseId", c.citizen_id as "citizenPseudonym", c.case_type_id as "caseTypeId", c.department_id as "departmentId",
      c.received_on::text as "receivedOn", c.decided_on::text as "decidedOn",
      sc.elimination_reason as "eliminationReason", sc.elimination_note as "eliminationNote",
      fu.display_name as "firstReviewer", f.status as "firstStatus", f.overall as "firstOverall", f.decision as "firstDecision",
      to_char(f.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "firstSubmittedAt", f.answers as "firstAnswers",
      su.display_name as "secondReviewer", s.status as "secondStatus", s.overall as "secondOverall", s.decision as "secondDecision"
    from sampled_cases sc
    left join cases c on c.case_id = sc.case_id
    left join reviews f on f.round_id = sc.round_id and f.case_id = sc.case_id and f.level = 'first'
    left join users fu on fu.id = f.reviewer_id
    left join reviews s on s.round_id = sc.round_id and s.case_id = sc.case_id and s.level = 'second'
    left join users su on su.id = s.reviewer_id
    where sc.round_id = ${roundId} and (not sc.from_reserve or sc.replaces_case_id is not null)
    order by sc.stratum_key, sc.position`);
}
