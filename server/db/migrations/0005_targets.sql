CREATE TYPE "public"."indicator_key" AS ENUM('timeliness', 'km_median_days', 'overdue_backlog', 'annualised_turnover', 'fixed_caseworker_share', 'complaints_per_1000', 'dialogue_complaints_per_1000', 'reversal_rate', 'review_in_order_share', 'caseload', 'decisions_per_caseworker_year');--> statement-breakpoint
CREATE TABLE "indicator_target_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"department_id" text NOT NULL,
	"indicator" "indicator_key" NOT NULL,
	"value" double precision,
	"low" double precision,
	"high" double precision,
	"cleared" boolean DEFAULT false NOT NULL,
	"set_by" integer NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_target_changes_shape" CHECK (case when "indicator_target_changes"."cleared"
    then "indicator_target_changes"."value" is null and "indicator_target_changes"."low" is null and "indicator_target_changes"."high" is null
    else ("indicator_target_changes"."value" is not null and "indicator_target_changes"."low" is null and "indicator_target_changes"."high" is null)
      or ("indicator_target_changes"."value" is null and "indicator_target_changes"."low" is not null and "indicator_target_changes"."high" is not null and "indicator_target_changes"."low" <= "indicator_target_changes"."high") end),
	CONSTRAINT "indicator_target_changes_finite" CHECK ("indicator_target_changes"."value" >= 0 and "indicator_target_changes"."value" < 'Infinity'::float8
    and "indicator_target_changes"."low" >= 0 and "indicator_target_changes"."low" < 'Infinity'::float8 and "indicator_target_changes"."high" >= 0 and "indicator_target_changes"."high" < 'Infinity'::float8)
);
--> statement-breakpoint
ALTER TABLE "indicator_target_changes" ADD CONSTRAINT "indicator_target_changes_department_id_departments_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("department_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target_changes" ADD CONSTRAINT "indicator_target_changes_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_target_changes_latest_idx" ON "indicator_target_changes" USING btree ("department_id","indicator","id");--> statement-breakpoint
CREATE FUNCTION indicator_target_changes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the target history cannot be changed or deleted (% refused)', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER indicator_target_changes_append_only BEFORE UPDATE OR DELETE ON "indicator_target_changes"
  FOR EACH ROW EXECUTE FUNCTION indicator_target_changes_guard();
