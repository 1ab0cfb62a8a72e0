CREATE TYPE "public"."identity_claim_status" AS ENUM('code_sent', 'pending_in_person', 'verified', 'rejected', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."identity_lookup_outcome" AS ENUM('created', 'matched', 'name_mismatch');--> statement-breakpoint
CREATE TABLE "identity_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "identity_claim_status" NOT NULL,
	"claimed_name" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"district_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"code_attempts" integer DEFAULT 0 NOT NULL,
	"code_sends" integer DEFAULT 0 NOT NULL,
	"last_sent_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_lookups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"id_number_blind" text NOT NULL,
	"outcome" "identity_lookup_outcome" NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_masked" text NOT NULL,
	"to_sealed" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_claims" ADD CONSTRAINT "identity_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_claims" ADD CONSTRAINT "identity_claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_lookups" ADD CONSTRAINT "identity_lookups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "identity_claims_open_key" ON "identity_claims" USING btree ("user_id") WHERE "identity_claims"."status" in ('code_sent', 'pending_in_person');--> statement-breakpoint
CREATE INDEX "identity_claims_person_idx" ON "identity_claims" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "identity_claims_status_idx" ON "identity_claims" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "identity_lookups_user_idx" ON "identity_lookups" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "identity_lookups_blind_idx" ON "identity_lookups" USING btree ("id_number_blind","at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_grants_candidate_person_key" ON "user_grants" USING btree ("person_id") WHERE "user_grants"."role" = 'candidate' and "user_grants"."person_id" is not null;