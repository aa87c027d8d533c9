// The per-case continuity summary (tables case_continuity and case_changes), refreshed at import
// for the cases a data set names. A case's changes count only assignments up to its decision, so
// they never depend on the as-of date: a query only checks `decided_on ≤ A`. Measured on 1 M cases
// (PostgreSQL 15, demo data at scale 4): computing the changes per query with window functions over
// the (case_id, assigned_from) key took 230 ms for one year of the largest root scope and 6.6 s for
// ten years; from this summary `continuity` takes 80 ms and 280 ms through the API. Refreshing the
// summary for all 950,000 cases adds about 19 s to a 3-minute import.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';

/** Decided cases among `caseIds` (a subquery yielding `case_id`), as the row `c`. */
const decidedCases = (caseIds: SQL) => sql`(select case_id, department_id, decided_on from cases where case_id in (${caseIds})
  and decided_on is not null and outcome is distinct from 'withdrawn') c`;

/**
 * Replaces the summary rows of the cases named by `caseIds`. Consecutive periods of the same
 * caseworker merge even across a gap (A–gap–A is no change), so a change is an assignment whose
 * caseworker differs from the one of the assignment before it; its date is its `assigned_from`.
 */
export async function refreshContinuitySummary(tx: Executor, caseIds: SQL): Promise<void> {
  await tx.execute(sql`delete from case_changes where case_id in (${caseIds})`);
  await tx.execute(sql`delete from case_continuity where case_id in (${caseIds})`);
  await tx.execute(sql`insert into case_changes (case_id, changed_on, previous_caseworker_id, caseworker_id, department_id, decided_on)
    select x.case_id, x.assigned_from, x.previous, x.caseworker_id, x.department_id, x.decided_on
    from (select a.case_id, a.assigned_from, a.caseworker_id, c.department_id, c.decided_on,
        lag(a.caseworker_id) over (partition by a.case_id order by a.assigned_from) as previous
      from ${decidedCases(caseIds)} join assignments a on a.case_id = c.case_id and a.assigned_from <= c.decided_on) x
    where x.previous <> x.caseworker_id`);
  await tx.execute(sql`insert into case_continuity (case_id, department_id, decided_on, assignments, changes, last_caseworker_id)
    select c.case_id, c.department_id, c.decided_on, coalesce(l.n, 0), (select count(*) from case_changes ch where ch.case_id = c.case_id)::int, l.last
    from ${decidedCases(caseIds)} left join lateral (select count(*)::int as n,
        (array_agg(a.caseworker_id order by a.assigned_from desc))[1] as last
      from assignments a where a.case_id = c.case_id and a.assigned_from <= c.decided_on) l on true`);
}

/** Replaces the contact summary rows (citizen_contacts) of the cases named by `caseIds`. */
export async function refreshContactSummary(tx: Executor, caseIds: SQL): Promise<void> {
  await tx.execute(sql`delete from citizen_contacts where case_id in (${caseIds})`);
  await tx.execute(sql`insert into citizen_contacts (case_id, department_id, contact_on, citizen_id, caseworker_id, received_on)
    select k.case_id, c.department_id, k.contact_on, c.citizen_id, k.caseworker_id, c.received_on
    from contacts k join cases c on c.case_id = k.case_id where k.case_id in (${caseIds})`);
}
