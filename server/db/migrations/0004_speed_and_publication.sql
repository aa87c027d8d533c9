CREATE TABLE "citizen_contacts" (
	"case_id" text NOT NULL,
	"department_id" text NOT NULL,
	"contact_on" date NOT NULL,
	"citizen_id" text NOT NULL,
	"caseworker_id" text NOT NULL,
	"received_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"department_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "publication_settings_single_row" CHECK ("publication_settings"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "citizen_contacts_department_idx" ON "citizen_contacts" USING btree ("department_id","contact_on","received_on","citizen_id","caseworker_id");--> statement-breakpoint
CREATE INDEX "citizen_contacts_case_idx" ON "citizen_contacts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_open_idx" ON "cases" USING btree ("department_id",coalesce(least("decided_on", "closed_on"), 'infinity'::date));--> statement-breakpoint
-- Fill the contact summary for data imported before it existed (later imports refresh it).
INSERT INTO "citizen_contacts" ("case_id", "department_id", "contact_on", "citizen_id", "caseworker_id", "received_on")
  SELECT k."case_id", c."department_id", k."contact_on", c."citizen_id", k."caseworker_id", c."received_on"
  FROM "contacts" k JOIN "cases" c ON c."case_id" = k."case_id";
--> statement-breakpoint
ANALYZE "citizen_contacts";
