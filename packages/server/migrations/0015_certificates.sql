CREATE TYPE "public"."certificate_event_kind" AS ENUM('issued', 'revoked', 'replaced');--> statement-breakpoint
CREATE TYPE "public"."certificate_status" AS ENUM('valid', 'revoked', 'replaced');--> statement-breakpoint
CREATE TYPE "public"."revocation_authority" AS ENUM('issuer', 'city');--> statement-breakpoint
CREATE TABLE "certificate_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"plan_id" uuid,
	"issue_date" date NOT NULL,
	"requested" integer NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "certificate_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"certificate_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"kind" "certificate_event_kind" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"filing_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"holder_name" text NOT NULL,
	"id_type" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"occupation_code" text NOT NULL,
	"occupation_name" text NOT NULL,
	"work_type" text DEFAULT '' NOT NULL,
	"level" smallint NOT NULL,
	"institution_name" text NOT NULL,
	"issue_date" date NOT NULL,
	"issue_year" smallint NOT NULL,
	"serial" integer NOT NULL,
	"status" "certificate_status" DEFAULT 'valid' NOT NULL,
	"replaces_id" uuid,
	"status_list_index" integer NOT NULL,
	"credential" text,
	"credential_key_id" text,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_by_authority" "revocation_authority",
	"revocation_reason" text,
	"issued_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_number_format" CHECK ("certificates"."number" ~ '^[YS][0-9]{21}$'),
	CONSTRAINT "certificates_level" CHECK ("certificates"."level" between 1 and 5),
	CONSTRAINT "certificates_serial_range" CHECK ("certificates"."serial" between 1 and 999999),
	CONSTRAINT "certificates_revocation" CHECK (("certificates"."status" = 'revoked') = ("certificates"."revoked_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "certificate_batches" ADD CONSTRAINT "certificate_batches_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_batches" ADD CONSTRAINT "certificate_batches_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_batches" ADD CONSTRAINT "certificate_batches_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_batch_id_certificate_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."certificate_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_replaces_id_certificates_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_batches_institution_idx" ON "certificate_batches" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "certificate_events_institution_idx" ON "certificate_events" USING btree ("institution_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_key" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_serial_key" ON "certificates" USING btree ("institution_id","issue_year","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_status_list_key" ON "certificates" USING btree ("institution_id","status_list_index");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_registration_key" ON "certificates" USING btree ("registration_id") WHERE "certificates"."status" <> 'replaced';--> statement-breakpoint
CREATE INDEX "certificates_person_idx" ON "certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "certificates_batch_idx" ON "certificates" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "certificates_institution_idx" ON "certificates" USING btree ("institution_id","issue_date");--> statement-breakpoint
CREATE INDEX "certificates_unsealed_idx" ON "certificates" USING btree ("created_at") WHERE "certificates"."credential" is null;