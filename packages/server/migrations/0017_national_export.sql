CREATE TYPE "public"."national_export_status" AS ENUM('prepared', 'exported', 'acknowledged', 'rejected');--> statement-breakpoint
CREATE TABLE "national_export_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" integer NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"retry_of" uuid,
	"first_event_id" bigint NOT NULL,
	"last_event_id" bigint NOT NULL,
	"row_count" integer NOT NULL,
	"status" "national_export_status" DEFAULT 'prepared' NOT NULL,
	"due_on" date NOT NULL,
	"csv_digest" text,
	"json_digest" text,
	"prepared_by" uuid,
	"exported_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"ack_reference" text,
	"acknowledged_on" date,
	"rejected_at" timestamp with time zone,
	"rejection_reason" text,
	"decided_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "national_export_batches_events" CHECK ("national_export_batches"."first_event_id" <= "national_export_batches"."last_event_id" and "national_export_batches"."row_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "national_export_items" (
	"batch_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"certificate_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"due_on" date NOT NULL,
	"record" json NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	CONSTRAINT "national_export_items_batch_id_event_id_pk" PRIMARY KEY("batch_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "national_export_batches" ADD CONSTRAINT "national_export_batches_retry_of_national_export_batches_id_fk" FOREIGN KEY ("retry_of") REFERENCES "public"."national_export_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_export_items" ADD CONSTRAINT "national_export_items_batch_id_national_export_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."national_export_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_export_items" ADD CONSTRAINT "national_export_items_event_id_certificate_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."certificate_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_export_items" ADD CONSTRAINT "national_export_items_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_export_items" ADD CONSTRAINT "national_export_items_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "national_export_batches_sequence_key" ON "national_export_batches" USING btree ("sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "national_export_batches_retry_key" ON "national_export_batches" USING btree ("retry_of");--> statement-breakpoint
CREATE INDEX "national_export_batches_status_idx" ON "national_export_batches" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "national_export_items_event_key" ON "national_export_items" USING btree ("event_id") WHERE "national_export_items"."live";--> statement-breakpoint
CREATE INDEX "national_export_items_institution_idx" ON "national_export_items" USING btree ("institution_id","occurred_on");