CREATE TABLE "case_changes" (
	"case_id" text NOT NULL,
	"changed_on" date NOT NULL,
	"previous_caseworker_id" text NOT NULL,
	"caseworker_id" text NOT NULL,
	"department_id" text NOT NULL,
	"decided_on" date NOT NULL,
	CONSTRAINT "case_changes_case_id_changed_on_pk" PRIMARY KEY("case_id","changed_on")
);
--> statement-breakpoint
CREATE TABLE "case_continuity" (
	"case_id" text PRIMARY KEY NOT NULL,
	"department_id" text NOT NULL,
	"decided_on" date NOT NULL,
	"assignments" integer NOT NULL,
	"changes" integer NOT NULL,
	"last_caseworker_id" text
);
--> statement-breakpoint
CREATE INDEX "case_changes_department_decided_idx" ON "case_changes" USING btree ("department_id","decided_on");--> statement-breakpoint
CREATE INDEX "case_continuity_department_decided_idx" ON "case_continuity" USING btree ("department_id","decided_on","assignments","changes");--> statement-breakpoint
CREATE INDEX "contacts_contact_on_idx" ON "contacts" USING btree ("contact_on","case_id","caseworker_id");--> statement-breakpoint
-- Backfill for a database imported before this migration (server/continuity/summary.ts keeps it current).
INSERT INTO "case_changes" ("case_id", "changed_on", "previous_caseworker_id", "caseworker_id", "department_id", "decided_on")
SELECT x.case_id, x.assigned_from, x.previous, x.caseworker_id, x.department_id, x.decided_on
FROM (SELECT a.case_id, a.assigned_from, a.caseworker_id, c.department_id, c.decided_on,
    lag(a.caseworker_id) OVER (PARTITION BY a.case_id ORDER BY a.assigned_from) AS previous
  FROM cases c JOIN assignments a ON a.case_id = c.case_id AND a.assigned_from <= c.decided_on
  WHERE c.decided_on IS NOT NULL AND c.outcome IS DISTINCT FROM 'withdrawn') x
WHERE x.previous <> x.caseworker_id;--> statement-breakpoint
INSERT INTO "case_continuity" ("case_id", "department_id", "decided_on", "assignments", "changes", "last_caseworker_id")
SELECT c.case_id, c.department_id, c.decided_on, coalesce(l.n, 0),
  (SELECT count(*) FROM case_changes ch WHERE ch.case_id = c.case_id)::int, l.last
FROM cases c LEFT JOIN LATERAL (SELECT count(*)::int AS n, (array_agg(a.caseworker_id ORDER BY a.assigned_from DESC))[1] AS last
    FROM assignments a WHERE a.case_id = c.case_id AND a.assigned_from <= c.decided_on) l ON true
WHERE c.decided_on IS NOT NULL AND c.outcome IS DISTINCT FROM 'withdrawn';
