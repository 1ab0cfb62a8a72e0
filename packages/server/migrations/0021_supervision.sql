CREATE TYPE "public"."department_kind" AS ENUM('city', 'district', 'industry');--> statement-breakpoint
CREATE TYPE "public"."document_request_status" AS ENUM('open', 'answered', 'closed');--> statement-breakpoint
CREATE TYPE "public"."draw_task_status" AS ENUM('draft', 'committed', 'drawn', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."inspection_conclusion" AS ENUM('compliant', 'rectify', 'non_compliant');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('random', 'routine', 'special', 'session');--> statement-breakpoint
CREATE TYPE "public"."inspection_status" AS ENUM('assigned', 'in_progress', 'submitted', 'completed', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."rectification_status" AS ENUM('open', 'responded', 'accepted', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."risk_class" AS ENUM('A', 'B', 'C', 'D');--> statement-breakpoint
CREATE TYPE "public"."sanction_kind" AS ENUM('interview', 'suspension', 'termination');--> statement-breakpoint
CREATE TABLE "document_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"inspection_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"materials" jsonb NOT NULL,
	"note" text,
	"deadline" date NOT NULL,
	"status" "document_request_status" DEFAULT 'open' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"closed_at" timestamp with time zone,
	"overdue_since" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_assignments" (
	"inspection_id" uuid NOT NULL,
	"inspector_id" uuid NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_assignments_inspection_id_inspector_id_pk" PRIMARY KEY("inspection_id","inspector_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"record" jsonb NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	"drawn_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"finding_id" uuid,
	"rectification_id" uuid,
	"document_request_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"checklist_key" text,
	"description" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"department_kind" "department_kind" NOT NULL,
	"district_code" text,
	"industry" text,
	"inspection_item_id" uuid NOT NULL,
	"scope" jsonb NOT NULL,
	"ratios" jsonb NOT NULL,
	"inspectors_per_target" smallint NOT NULL,
	"exclude_local_district" boolean DEFAULT false NOT NULL,
	"pool" jsonb NOT NULL,
	"witnesses" jsonb NOT NULL,
	"public_source" text,
	"status" "draw_task_status" DEFAULT 'draft' NOT NULL,
	"candidates" jsonb,
	"candidates_digest" text,
	"commitment" text,
	"secret_sealed" text,
	"committed_at" timestamp with time zone,
	"committed_by" uuid,
	"cancel_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_tasks_inspectors_per_target" CHECK ("inspection_tasks"."inspectors_per_target" between 2 and 5)
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"task_id" uuid,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"exam_session_id" uuid,
	"inspection_item_id" uuid NOT NULL,
	"department_kind" "department_kind" NOT NULL,
	"department_district_code" text,
	"title" text NOT NULL,
	"methods" jsonb NOT NULL,
	"status" "inspection_status" DEFAULT 'assigned' NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" "inspection_conclusion",
	"summary" text,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"publication_due" date,
	"published_at" timestamp with time zone,
	"withheld" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_summary" text,
	"cancel_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspector_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspector_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"certificate_number" text NOT NULL,
	"field" text NOT NULL,
	"department_kind" "department_kind" NOT NULL,
	"district_code" text,
	"industry" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspectors_department" CHECK (("inspectors"."department_kind" <> 'district' or "inspectors"."district_code" is not null) and ("inspectors"."department_kind" <> 'industry' or "inspectors"."industry" is not null))
);
--> statement-breakpoint
CREATE TABLE "institution_risk_classes" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"risk_class" "risk_class" NOT NULL,
	"basis" text NOT NULL,
	"set_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"inspection_id" uuid NOT NULL,
	"finding_id" uuid,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"requirement" text NOT NULL,
	"deadline" date NOT NULL,
	"status" "rectification_status" DEFAULT 'open' NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"responded_by" uuid,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"overdue_since" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"filing_id" uuid,
	"inspection_id" uuid,
	"kind" "sanction_kind" NOT NULL,
	"months" smallint,
	"reason" text NOT NULL,
	"ends_on" date,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanctions_months" CHECK (("sanctions"."kind" = 'suspension') = ("sanctions"."months" is not null) and ("sanctions"."months" is null or "sanctions"."months" between 1 and 12))
);
--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_assignments" ADD CONSTRAINT "inspection_assignments_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_assignments" ADD CONSTRAINT "inspection_assignments_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draws" ADD CONSTRAINT "inspection_draws_task_id_inspection_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."inspection_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_files" ADD CONSTRAINT "inspection_files_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_files" ADD CONSTRAINT "inspection_files_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_files" ADD CONSTRAINT "inspection_files_rectification_id_rectification_orders_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectification_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_files" ADD CONSTRAINT "inspection_files_document_request_id_document_requests_id_fk" FOREIGN KEY ("document_request_id") REFERENCES "public"."document_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tasks" ADD CONSTRAINT "inspection_tasks_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tasks" ADD CONSTRAINT "inspection_tasks_inspection_item_id_inspection_items_id_fk" FOREIGN KEY ("inspection_item_id") REFERENCES "public"."inspection_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_task_id_inspection_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."inspection_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_exam_session_id_exam_sessions_id_fk" FOREIGN KEY ("exam_session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_inspection_item_id_inspection_items_id_fk" FOREIGN KEY ("inspection_item_id") REFERENCES "public"."inspection_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_department_district_code_districts_code_fk" FOREIGN KEY ("department_district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_conflicts" ADD CONSTRAINT "inspector_conflicts_inspector_id_inspectors_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."inspectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspector_conflicts" ADD CONSTRAINT "inspector_conflicts_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspectors" ADD CONSTRAINT "inspectors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspectors" ADD CONSTRAINT "inspectors_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_risk_classes" ADD CONSTRAINT "institution_risk_classes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_requests_number_key" ON "document_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "document_requests_institution_idx" ON "document_requests" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "document_requests_inspection_idx" ON "document_requests" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_assignments_inspector_idx" ON "inspection_assignments" USING btree ("inspector_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_draws_task_key" ON "inspection_draws" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "inspection_files_inspection_idx" ON "inspection_files" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_inspection_idx" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_items_code_key" ON "inspection_items" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_tasks_number_key" ON "inspection_tasks" USING btree ("number");--> statement-breakpoint
CREATE INDEX "inspection_tasks_status_idx" ON "inspection_tasks" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_number_key" ON "inspections" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_task_institution_key" ON "inspections" USING btree ("task_id","institution_id") WHERE "inspections"."task_id" is not null;--> statement-breakpoint
CREATE INDEX "inspections_institution_idx" ON "inspections" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "inspections_status_idx" ON "inspections" USING btree ("status","publication_due");--> statement-breakpoint
CREATE INDEX "inspections_district_idx" ON "inspections" USING btree ("district_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inspector_conflicts_key" ON "inspector_conflicts" USING btree ("inspector_id","institution_id");--> statement-breakpoint
CREATE INDEX "inspector_conflicts_institution_idx" ON "inspector_conflicts" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspectors_certificate_number_key" ON "inspectors" USING btree ("certificate_number");--> statement-breakpoint
CREATE UNIQUE INDEX "inspectors_user_key" ON "inspectors" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_orders_number_key" ON "rectification_orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "rectification_orders_institution_idx" ON "rectification_orders" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "rectification_orders_inspection_idx" ON "rectification_orders" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "rectification_orders_deadline_idx" ON "rectification_orders" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "sanctions_institution_idx" ON "sanctions" USING btree ("institution_id","decided_at");