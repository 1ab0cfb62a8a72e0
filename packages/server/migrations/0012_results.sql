CREATE TYPE "public"."objection_contact_kind" AS ENUM('phone', 'email');--> statement-breakpoint
CREATE TYPE "public"."objection_status" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TYPE "public"."result_outcome" AS ENUM('passed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."results_submission_status" AS ENUM('submitted', 'returned', 'accepted');--> statement-breakpoint
CREATE TABLE "plan_archives" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"archived_on" date NOT NULL,
	"paper_retain_until" date NOT NULL,
	"electronic_retain_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publication_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"entry_id" uuid,
	"contact_name" text NOT NULL,
	"contact_kind" "objection_contact_kind" NOT NULL,
	"contact_sealed" text NOT NULL,
	"contact_masked" text NOT NULL,
	"reason" text NOT NULL,
	"locale" text NOT NULL,
	"client_hash" text NOT NULL,
	"status" "objection_status" DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_objections_answered" CHECK (("results_objections"."status" = 'answered') = ("results_objections"."answer" is not null))
);
--> statement-breakpoint
CREATE TABLE "results_publication_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publication_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"entry_no" integer NOT NULL,
	"masked_name" text NOT NULL,
	"outcome" "result_outcome" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_days" smallint NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"final_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_publications_window" CHECK ("results_publications"."ends_on" >= "results_publications"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "results_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"attempt" smallint NOT NULL,
	"status" "results_submission_status" DEFAULT 'submitted' NOT NULL,
	"due_on" date NOT NULL,
	"submitted_on" date NOT NULL,
	"late_working_days" smallint NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"review_due_on" date NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"correction_due_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_submissions_late" CHECK ("results_submissions"."late_working_days" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plan_archives" ADD CONSTRAINT "plan_archives_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_archives" ADD CONSTRAINT "plan_archives_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_archives" ADD CONSTRAINT "plan_archives_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_objections" ADD CONSTRAINT "results_objections_publication_id_results_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."results_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_objections" ADD CONSTRAINT "results_objections_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_objections" ADD CONSTRAINT "results_objections_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_objections" ADD CONSTRAINT "results_objections_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_objections" ADD CONSTRAINT "results_objections_entry_id_results_publication_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."results_publication_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_publication_entries" ADD CONSTRAINT "results_publication_entries_publication_id_results_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."results_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_publication_entries" ADD CONSTRAINT "results_publication_entries_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_publications" ADD CONSTRAINT "results_publications_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_publications" ADD CONSTRAINT "results_publications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_publications" ADD CONSTRAINT "results_publications_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_submissions" ADD CONSTRAINT "results_submissions_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_submissions" ADD CONSTRAINT "results_submissions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_submissions" ADD CONSTRAINT "results_submissions_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "results_objections_plan_idx" ON "results_objections" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "results_objections_client_idx" ON "results_objections" USING btree ("client_hash","created_at");--> statement-breakpoint
CREATE INDEX "results_objections_open_idx" ON "results_objections" USING btree ("district_code","created_at") WHERE "results_objections"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "results_publication_entries_no_key" ON "results_publication_entries" USING btree ("publication_id","entry_no");--> statement-breakpoint
CREATE UNIQUE INDEX "results_publication_entries_registration_key" ON "results_publication_entries" USING btree ("publication_id","registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "results_publications_plan_key" ON "results_publications" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "results_publications_public_idx" ON "results_publications" USING btree ("ends_on","starts_on");--> statement-breakpoint
CREATE INDEX "results_publications_district_idx" ON "results_publications" USING btree ("district_code","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "results_submissions_attempt_key" ON "results_submissions" USING btree ("plan_id","attempt");--> statement-breakpoint
CREATE UNIQUE INDEX "results_submissions_live_key" ON "results_submissions" USING btree ("plan_id") WHERE "results_submissions"."status" <> 'returned';--> statement-breakpoint
CREATE INDEX "results_submissions_review_idx" ON "results_submissions" USING btree ("district_code","review_due_on") WHERE "results_submissions"."status" = 'submitted';