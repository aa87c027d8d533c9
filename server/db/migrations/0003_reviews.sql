CREATE TYPE "public"."allocation_method" AS ENUM('equal', 'proportional');--> statement-breakpoint
CREATE TYPE "public"."decision_assessment" AS ENUM('upheld', 'changed', 'remitted');--> statement-breakpoint
CREATE TYPE "public"."elimination_reason" AS ENUM('wrong_case_type', 'transferred', 'not_yet_documented', 'conflict_of_interest', 'other');--> statement-breakpoint
CREATE TYPE "public"."follow_up_status" AS ENUM('open', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."frame_kind" AS ENUM('decided_in_period', 'open_at');--> statement-breakpoint
CREATE TYPE "public"."overall_assessment" AS ENUM('in_order', 'minor_deficiencies', 'significant_deficiencies');--> statement-breakpoint
CREATE TYPE "public"."review_level" AS ENUM('first', 'second');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."stratification" AS ENUM('department', 'department_and_case_type');--> statement-breakpoint
CREATE TABLE "checklist_templates" (
	"version" integer PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" integer
);
--> statement-breakpoint
CREATE TABLE "follow_up_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"case_id" text,
	"item_number" integer,
	"text" text NOT NULL,
	"responsible" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "follow_up_status" DEFAULT 'open' NOT NULL,
	"drop_reason" text,
	"created_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_round_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"case_id" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "review_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scope_id" text NOT NULL,
	"frame_kind" "frame_kind" NOT NULL,
	"period_from" date,
	"period_to" date,
	"as_of" date NOT NULL,
	"case_type_ids" text[] DEFAULT '{}' NOT NULL,
	"exclude_earlier_rounds" boolean NOT NULL,
	"stratification" "stratification" NOT NULL,
	"allocation_method" "allocation_method" NOT NULL,
	"allocation_size" integer NOT NULL,
	"seed" text NOT NULL,
	"reserve_share" double precision NOT NULL,
	"checklist_version" integer NOT NULL,
	"frame_size" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "review_rounds_reserve_share" CHECK ("review_rounds"."reserve_share" >= 0 and "review_rounds"."reserve_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "review_strata" (
	"round_id" integer NOT NULL,
	"stratum_key" text NOT NULL,
	"department_id" text NOT NULL,
	"case_type_id" text,
	"frame_size" integer NOT NULL,
	"allocated" integer NOT NULL,
	"frame_case_ids" text[] NOT NULL,
	CONSTRAINT "review_strata_round_id_stratum_key_pk" PRIMARY KEY("round_id","stratum_key")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"case_id" text NOT NULL,
	"level" "review_level" NOT NULL,
	"reviewer_id" integer NOT NULL,
	"status" "review_status" DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overall" "overall_assessment",
	"decision" "decision_assessment",
	"note" text,
	"saved_at" timestamp with time zone,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sampled_cases" (
	"round_id" integer NOT NULL,
	"case_id" text NOT NULL,
	"stratum_key" text NOT NULL,
	"position" integer NOT NULL,
	"from_reserve" boolean NOT NULL,
	"replaces_case_id" text,
	"eliminated_at" timestamp with time zone,
	"elimination_reason" "elimination_reason",
	"elimination_note" text,
	"eliminated_by" integer,
	CONSTRAINT "sampled_cases_round_id_case_id_pk" PRIMARY KEY("round_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "caseworker_id" text;--> statement-breakpoint
ALTER TABLE "checklist_templates" ADD CONSTRAINT "checklist_templates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_round_events" ADD CONSTRAINT "review_round_events_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_round_events" ADD CONSTRAINT "review_round_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rounds" ADD CONSTRAINT "review_rounds_checklist_version_checklist_templates_version_fk" FOREIGN KEY ("checklist_version") REFERENCES "public"."checklist_templates"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_rounds" ADD CONSTRAINT "review_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_strata" ADD CONSTRAINT "review_strata_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampled_cases" ADD CONSTRAINT "sampled_cases_round_id_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sampled_cases" ADD CONSTRAINT "sampled_cases_eliminated_by_users_id_fk" FOREIGN KEY ("eliminated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_actions_round_idx" ON "follow_up_actions" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "review_round_events_round_idx" ON "review_round_events" USING btree ("round_id","id");--> statement-breakpoint
CREATE INDEX "review_rounds_scope_idx" ON "review_rounds" USING btree ("scope_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_case_level_idx" ON "reviews" USING btree ("round_id","case_id","level");--> statement-breakpoint
CREATE INDEX "reviews_reviewer_idx" ON "reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sampled_cases_position_idx" ON "sampled_cases" USING btree ("round_id","stratum_key","position");--> statement-breakpoint
CREATE INDEX "sampled_cases_case_idx" ON "sampled_cases" USING btree ("case_id");--> statement-breakpoint
CREATE FUNCTION review_round_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the review round log cannot be changed or deleted (% refused)', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER review_round_events_append_only BEFORE UPDATE OR DELETE ON "review_round_events"
  FOR EACH ROW EXECUTE FUNCTION review_round_events_guard();
--> statement-breakpoint
CREATE FUNCTION submitted_review_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' AND (NEW.status = 'submitted' OR NEW.answers IS DISTINCT FROM OLD.answers
      OR NEW.overall IS DISTINCT FROM OLD.overall OR NEW.decision IS DISTINCT FROM OLD.decision
      OR NEW.note IS DISTINCT FROM OLD.note OR NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id) THEN
    RAISE EXCEPTION 'review % is submitted and locked; reopen it first', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submitted_review_locked BEFORE UPDATE ON "reviews"
  FOR EACH ROW EXECUTE FUNCTION submitted_review_guard();
--> statement-breakpoint
CREATE FUNCTION submitted_review_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'review % is submitted and cannot be deleted', OLD.id;
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submitted_review_kept BEFORE DELETE ON "reviews"
  FOR EACH ROW EXECUTE FUNCTION submitted_review_no_delete();
--> statement-breakpoint
INSERT INTO "checklist_templates" ("version", "items", "published_at") VALUES (1, '[
  {"text": "Sagen var tilstrækkeligt oplyst, før der blev truffet afgørelse (officialprincippet).", "legalReference": "Officialprincippet", "ruleType": "mandatory_safeguard"},
  {"text": "Borgeren har medvirket i sagen.", "legalReference": "Retssikkerhedsloven § 4", "ruleType": "mandatory_safeguard"},
  {"text": "Ansøgningen er vurderet i forhold til al relevant hjælp, på tværs af love.", "legalReference": "Retssikkerhedsloven § 5", "ruleType": "procedural"},
  {"text": "Borgeren er partshørt over oplysninger af væsentlig betydning til ugunst for borgeren, hvor det kræves.", "legalReference": "Forvaltningsloven § 19", "ruleType": "mandatory_safeguard"},
  {"text": "Afgørelsen er begrundet: de anvendte regler, de væsentlige faktiske forhold og skønnet.", "legalReference": "Forvaltningsloven §§ 22–24", "ruleType": "mandatory_safeguard"},
  {"text": "Afgørelsen indeholder klagevejledning.", "legalReference": "Forvaltningsloven § 25", "ruleType": "mandatory_safeguard"},
  {"text": "Væsentlige mundtlige oplysninger er noteret.", "legalReference": "Offentlighedsloven § 13", "ruleType": "procedural"},
  {"text": "Afgørelsen kom inden for den offentliggjorte frist, eller borgeren fik skriftligt besked om, hvornår den kunne forventes.", "legalReference": "Retssikkerhedsloven § 3, stk. 2", "ruleType": "procedural"},
  {"text": "Borgeren fik besked om skift af sagsbehandler, og sagen blev overdraget med et notat.", "legalReference": null, "ruleType": "procedural"},
  {"text": "Afgørelsen er materielt rigtig.", "legalReference": null, "ruleType": "mandatory_safeguard"}
]'::jsonb, '2026-01-01T00:00:00Z');
