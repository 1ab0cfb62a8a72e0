CREATE TYPE "public"."score_correction_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."score_import_status" AS ENUM('running', 'completed', 'rejected', 'failed');--> statement-breakpoint
CREATE TABLE "examiner_scores" (
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"score_centi" integer NOT NULL,
	"entered_by" uuid,
	"import_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "examiner_scores_session_id_registration_id_staff_id_pk" PRIMARY KEY("session_id","registration_id","staff_id"),
	CONSTRAINT "examiner_scores_range" CHECK ("examiner_scores"."score_centi" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "score_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"component" "exam_component" NOT NULL,
	"old_score_centi" integer NOT NULL,
	"new_score_centi" integer NOT NULL,
	"reason" text NOT NULL,
	"status" "score_correction_status" DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_corrections_range" CHECK ("score_corrections"."new_score_centi" between 0 and 10000 and "score_corrections"."old_score_centi" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "score_import_errors" (
	"import_id" uuid NOT NULL,
	"ordinal" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "score_import_errors_ordinal_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"row" integer NOT NULL,
	"column" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_import_rows" (
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"registration_id" uuid NOT NULL,
	"scores" integer[] NOT NULL,
	CONSTRAINT "score_import_rows_import_id_row_pk" PRIMARY KEY("import_id","row")
);
--> statement-breakpoint
CREATE TABLE "score_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"status" "score_import_status" NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"accepted_rows" integer DEFAULT 0 NOT NULL,
	"error_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"runner" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "parameters" ADD COLUMN "occupation_code" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "parameters" DROP CONSTRAINT "parameters_key_effective_from_pk";--> statement-breakpoint
ALTER TABLE "parameters" ADD CONSTRAINT "parameters_key_occupation_code_effective_from_pk" PRIMARY KEY("key","occupation_code","effective_from");--> statement-breakpoint
ALTER TABLE "component_scores" ADD COLUMN "combination" text;--> statement-breakpoint
ALTER TABLE "component_scores" ADD COLUMN "spread_centi" integer;--> statement-breakpoint
ALTER TABLE "component_scores" ADD COLUMN "spread_warning" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registration_import_rows" ADD COLUMN "resit_of" uuid;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "resit_of" uuid;--> statement-breakpoint
ALTER TABLE "examiner_scores" ADD CONSTRAINT "examiner_scores_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examiner_scores" ADD CONSTRAINT "examiner_scores_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examiner_scores" ADD CONSTRAINT "examiner_scores_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_import_errors" ADD CONSTRAINT "score_import_errors_import_id_score_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."score_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_import_rows" ADD CONSTRAINT "score_import_rows_import_id_score_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."score_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_imports" ADD CONSTRAINT "score_imports_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_imports" ADD CONSTRAINT "score_imports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "score_corrections_pending_key" ON "score_corrections" USING btree ("session_id","registration_id") WHERE "score_corrections"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "score_corrections_institution_idx" ON "score_corrections" USING btree ("institution_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "score_corrections_district_idx" ON "score_corrections" USING btree ("district_code","status","requested_at");--> statement-breakpoint
CREATE INDEX "score_import_errors_row_idx" ON "score_import_errors" USING btree ("import_id","row","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "score_imports_idempotency_key" ON "score_imports" USING btree ("institution_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "score_imports_session_idx" ON "score_imports" USING btree ("session_id","created_at");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_resit_of_registrations_id_fk" FOREIGN KEY ("resit_of") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_resit_of_key" ON "registrations" USING btree ("resit_of") WHERE "registrations"."resit_of" is not null and "registrations"."status" not in ('withdrawn', 'rejected');