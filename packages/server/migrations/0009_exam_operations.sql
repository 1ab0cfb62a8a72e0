CREATE TYPE "public"."conflict_kind" AS ENUM('relative', 'teacher_student', 'master_apprentice', 'colleague', 'line_manager');--> statement-breakpoint
CREATE TYPE "public"."exam_component" AS ENUM('theory', 'skill', 'review');--> statement-breakpoint
CREATE TYPE "public"."exam_session_status" AS ENUM('scheduled', 'in_progress', 'ended', 'signed_off', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."session_duty" AS ENUM('invigilator', 'examiner', 'panel_member', 'internal_supervisor', 'external_supervisor');--> statement-breakpoint
CREATE TYPE "public"."staff_kind" AS ENUM('examiner', 'supervisor');--> statement-breakpoint
CREATE TABLE "component_scores" (
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"component" "exam_component" NOT NULL,
	"score_centi" integer,
	"absent" boolean DEFAULT false NOT NULL,
	"passed" boolean,
	"locked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "component_scores_session_id_registration_id_pk" PRIMARY KEY("session_id","registration_id"),
	CONSTRAINT "component_scores_range" CHECK ("component_scores"."score_centi" is null or "component_scores"."score_centi" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "conflict_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "conflict_kind" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_seats" (
	"session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"seat_number" integer NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"absent" boolean DEFAULT false NOT NULL,
	CONSTRAINT "exam_seats_session_id_registration_id_pk" PRIMARY KEY("session_id","registration_id"),
	CONSTRAINT "exam_seats_present_or_absent" CHECK (not ("exam_seats"."absent" and "exam_seats"."checked_in_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "exam_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"component" "exam_component" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"site_name" text NOT NULL,
	"site_address" text NOT NULL,
	"room" text NOT NULL,
	"capacity" integer NOT NULL,
	"seat_seed" text,
	"seats_assigned_at" timestamp with time zone,
	"status" "exam_session_status" DEFAULT 'scheduled' NOT NULL,
	"record" text,
	"record_by" uuid,
	"record_at" timestamp with time zone,
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_sessions_times" CHECK ("exam_sessions"."ends_at" > "exam_sessions"."starts_at"),
	CONSTRAINT "exam_sessions_capacity" CHECK ("exam_sessions"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "exam_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ticket_number" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"duty" "session_duty" NOT NULL,
	"staff_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_staff_who" CHECK (("session_staff"."duty" = 'external_supervisor') = ("session_staff"."staff_id" is null))
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" "staff_kind" NOT NULL,
	"name" text NOT NULL,
	"certificate_no" text NOT NULL,
	"occupation_code" text,
	"levels" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"person_id" uuid,
	"user_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "component_scores" ADD CONSTRAINT "component_scores_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "component_scores" ADD CONSTRAINT "component_scores_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD CONSTRAINT "conflict_declarations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_seats" ADD CONSTRAINT "exam_seats_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_seats" ADD CONSTRAINT "exam_seats_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_tickets" ADD CONSTRAINT "exam_tickets_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_tickets" ADD CONSTRAINT "exam_tickets_plan_id_evaluation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."evaluation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_tickets" ADD CONSTRAINT "exam_tickets_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_staff" ADD CONSTRAINT "session_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "component_scores_registration_idx" ON "component_scores" USING btree ("registration_id","component");--> statement-breakpoint
CREATE UNIQUE INDEX "conflict_declarations_key" ON "conflict_declarations" USING btree ("staff_id","person_id","kind");--> statement-breakpoint
CREATE INDEX "conflict_declarations_person_idx" ON "conflict_declarations" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_seats_seat_key" ON "exam_seats" USING btree ("session_id","seat_number");--> statement-breakpoint
CREATE INDEX "exam_seats_registration_idx" ON "exam_seats" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "exam_sessions_plan_idx" ON "exam_sessions" USING btree ("plan_id","starts_at");--> statement-breakpoint
CREATE INDEX "exam_sessions_district_idx" ON "exam_sessions" USING btree ("district_code","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_tickets_registration_key" ON "exam_tickets" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_tickets_number_key" ON "exam_tickets" USING btree ("ticket_number");--> statement-breakpoint
CREATE INDEX "exam_tickets_plan_idx" ON "exam_tickets" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_staff_member_key" ON "session_staff" USING btree ("session_id","staff_id") WHERE "session_staff"."staff_id" is not null;--> statement-breakpoint
CREATE INDEX "session_staff_user_idx" ON "session_staff" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_certificate_key" ON "staff_members" USING btree ("institution_id","kind","certificate_no");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_user_key" ON "staff_members" USING btree ("institution_id","user_id") WHERE "staff_members"."user_id" is not null;