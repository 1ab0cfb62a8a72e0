CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"institution_id" uuid,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"counterpart_name" text NOT NULL,
	"counterpart_credit_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"evidence_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_agreements_kind" CHECK ("institution_agreements"."kind" in ('cooperation', 'entrustment')),
	CONSTRAINT "institution_agreements_period" CHECK ("institution_agreements"."valid_until" >= "institution_agreements"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_status" CHECK ("mail_outbox"."status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "person_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"employment_type" text,
	"employer_name" text DEFAULT '' NOT NULL,
	"agreement_id" uuid,
	"graduation_date" date,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"evidence_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_relations_period" CHECK ("person_relations"."valid_until" is null or "person_relations"."valid_until" >= "person_relations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "registration_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"accepted_rows" integer DEFAULT 0 NOT NULL,
	"error_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"occupation_code" text NOT NULL,
	"level" smallint NOT NULL,
	"kind" text NOT NULL,
	"attempt" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"admissible" boolean NOT NULL,
	"admission" json NOT NULL,
	"overridden" boolean DEFAULT false NOT NULL,
	"review_reason" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"direct_recognition" jsonb,
	"import_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_status" CHECK ("registrations"."status" in ('pending', 'ineligible', 'direct_pending', 'admitted', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "rule_set_overrides" jsonb;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "related_occupation_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "related_majors" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "profile" jsonb DEFAULT '{"workHistory":[],"certificates":[],"diplomas":[],"titles":[],"apprenticeshipCompletedOn":null}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_agreements" ADD CONSTRAINT "institution_agreements_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_agreements" ADD CONSTRAINT "institution_agreements_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_agreement_id_institution_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."institution_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_imports" ADD CONSTRAINT "registration_imports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_person_idx" ON "evidence_files" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "evidence_files_institution_idx" ON "evidence_files" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_agreements_institution_idx" ON "institution_agreements" USING btree ("institution_id","kind");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "person_relations_institution_idx" ON "person_relations" USING btree ("institution_id","person_id");--> statement-breakpoint
CREATE INDEX "person_relations_person_idx" ON "person_relations" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_imports_idempotency_key" ON "registration_imports" USING btree ("institution_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_plan_person_key" ON "registrations" USING btree ("plan_id","person_id") WHERE "registrations"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "registrations_plan_idx" ON "registrations" USING btree ("plan_id","created_at","id");--> statement-breakpoint
CREATE INDEX "registrations_person_idx" ON "registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "registrations_overridden_idx" ON "registrations" USING btree ("district_code") WHERE "registrations"."overridden";