CREATE TYPE "public"."appeal_outcome" AS ENUM('upheld', 'changed', 'remitted', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."case_outcome" AS ENUM('granted', 'partially_granted', 'refused', 'dismissed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."complaint_category" AS ENUM('processing_time', 'service', 'status_information', 'decision', 'other');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('meeting', 'phone', 'letter', 'email', 'digital');--> statement-breakpoint
CREATE TYPE "public"."deadline_unit" AS ENUM('days', 'weeks', 'months');--> statement-breakpoint
CREATE TYPE "public"."end_reason" AS ENUM('resigned', 'retired', 'dismissed', 'transferred', 'other');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "appeals" (
	"case_id" text NOT NULL,
	"appealed_on" date NOT NULL,
	"decided_on" date,
	"outcome" "appeal_outcome",
	CONSTRAINT "appeals_case_id_appealed_on_pk" PRIMARY KEY("case_id","appealed_on")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"case_id" text NOT NULL,
	"caseworker_id" text NOT NULL,
	"assigned_from" date NOT NULL,
	"assigned_to" date,
	CONSTRAINT "assignments_case_id_assigned_from_pk" PRIMARY KEY("case_id","assigned_from")
);
--> statement-breakpoint
CREATE TABLE "case_types" (
	"case_type_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department_id" text NOT NULL,
	"legal_basis" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"case_id" text PRIMARY KEY NOT NULL,
	"citizen_id" text NOT NULL,
	"case_type_id" text NOT NULL,
	"department_id" text NOT NULL,
	"received_on" date NOT NULL,
	"decided_on" date,
	"closed_on" date,
	"outcome" "case_outcome"
);
--> statement-breakpoint
CREATE TABLE "caseworkers" (
	"caseworker_id" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"complaint_id" text PRIMARY KEY NOT NULL,
	"department_id" text NOT NULL,
	"case_id" text,
	"received_on" date NOT NULL,
	"category" "complaint_category" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"case_id" text NOT NULL,
	"caseworker_id" text NOT NULL,
	"contact_on" date NOT NULL,
	"channel" "contact_channel" NOT NULL,
	CONSTRAINT "contacts_case_id_caseworker_id_contact_on_channel_pk" PRIMARY KEY("case_id","caseworker_id","contact_on","channel")
);
--> statement-breakpoint
CREATE TABLE "deadlines" (
	"case_type_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"deadline_value" integer NOT NULL,
	"deadline_unit" "deadline_unit" NOT NULL,
	CONSTRAINT "deadlines_case_type_id_effective_from_pk" PRIMARY KEY("case_type_id","effective_from"),
	CONSTRAINT "deadlines_value_positive" CHECK ("deadlines"."deadline_value" > 0)
);
--> statement-breakpoint
CREATE TABLE "department_closure" (
	"ancestor_id" text NOT NULL,
	"descendant_id" text NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "department_closure_ancestor_id_descendant_id_pk" PRIMARY KEY("ancestor_id","descendant_id")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"department_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_id" text
);
--> statement-breakpoint
CREATE TABLE "employments" (
	"caseworker_id" text NOT NULL,
	"department_id" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" "end_reason",
	CONSTRAINT "employments_caseworker_id_start_date_pk" PRIMARY KEY("caseworker_id","start_date")
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"started_by" text NOT NULL,
	"source" text NOT NULL,
	"status" "import_status" DEFAULT 'running' NOT NULL,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"counts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_cases_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_case_id_cases_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_caseworker_id_caseworkers_caseworker_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."caseworkers"("caseworker_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_types" ADD CONSTRAINT "case_types_department_id_departments_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_case_type_id_case_types_case_type_id_fk" FOREIGN KEY ("case_type_id") REFERENCES "public"."case_types"("case_type_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_departments_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_department_id_departments_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_case_id_cases_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("case_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_caseworker_id_caseworkers_caseworker_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."caseworkers"("caseworker_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_case_type_id_case_types_case_type_id_fk" FOREIGN KEY ("case_type_id") REFERENCES "public"."case_types"("case_type_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_caseworker_id_caseworkers_caseworker_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."caseworkers"("caseworker_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_department_id_departments_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_caseworker_idx" ON "assignments" USING btree ("caseworker_id");--> statement-breakpoint
CREATE INDEX "cases_department_decided_idx" ON "cases" USING btree ("department_id","decided_on");--> statement-breakpoint
CREATE INDEX "cases_department_received_idx" ON "cases" USING btree ("department_id","received_on");--> statement-breakpoint
CREATE INDEX "cases_case_type_idx" ON "cases" USING btree ("case_type_id");--> statement-breakpoint
CREATE INDEX "cases_citizen_idx" ON "cases" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "complaints_department_received_idx" ON "complaints" USING btree ("department_id","received_on");--> statement-breakpoint
CREATE INDEX "department_closure_descendant_idx" ON "department_closure" USING btree ("descendant_id");--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "employments_department_idx" ON "employments" USING btree ("department_id","start_date");