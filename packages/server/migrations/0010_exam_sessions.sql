CREATE TABLE "exam_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"photo_sha256" text,
	"photo_content_type" text,
	"photo_size" integer,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exam_incidents_session_idx" ON "exam_incidents" USING btree ("session_id","occurred_at");