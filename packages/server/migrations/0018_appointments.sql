CREATE TYPE "public"."appointment_status" AS ENUM('active', 'renewed', 'expired', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."appointment_title" AS ENUM('special', 'chief');--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"title" "appointment_title" NOT NULL,
	"occupation_code" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"status" "appointment_status" DEFAULT 'active' NOT NULL,
	"merits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certificate_id" uuid,
	"special_appointment_id" uuid,
	"renews_id" uuid,
	"ended_on" date,
	"end_reason" text,
	"appointed_by" uuid,
	"ended_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_term" CHECK ("appointments"."term_end" >= "appointments"."term_start"),
	CONSTRAINT "appointments_ended" CHECK (("appointments"."status" = 'terminated') = ("appointments"."end_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "apprenticeships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"occupation_code" text NOT NULL,
	"started_on" date NOT NULL,
	"completed_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apprenticeships_period" CHECK ("apprenticeships"."completed_on" is null or "apprenticeships"."completed_on" >= "apprenticeships"."started_on")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_special_appointment_id_appointments_id_fk" FOREIGN KEY ("special_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_renews_id_appointments_id_fk" FOREIGN KEY ("renews_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeships" ADD CONSTRAINT "apprenticeships_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeships" ADD CONSTRAINT "apprenticeships_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeships" ADD CONSTRAINT "apprenticeships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeships" ADD CONSTRAINT "apprenticeships_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_active_key" ON "appointments" USING btree ("institution_id","person_id","title") WHERE "appointments"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_renews_key" ON "appointments" USING btree ("renews_id") WHERE "appointments"."renews_id" is not null;--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "appointments_district_idx" ON "appointments" USING btree ("district_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "apprenticeships_open_key" ON "apprenticeships" USING btree ("institution_id","person_id") WHERE "apprenticeships"."completed_on" is null;--> statement-breakpoint
CREATE INDEX "apprenticeships_person_idx" ON "apprenticeships" USING btree ("person_id");