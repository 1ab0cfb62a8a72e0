CREATE TABLE "institution_signing_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kid" text NOT NULL,
	"institution_id" uuid,
	"public_jwk" jsonb NOT NULL,
	"private_jwk_sealed" text NOT NULL,
	"endorsement" text,
	"activated_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "institution_signing_keys" ADD CONSTRAINT "institution_signing_keys_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "institution_signing_keys_kid_key" ON "institution_signing_keys" USING btree ("kid");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_signing_keys_active_key" ON "institution_signing_keys" USING btree (coalesce("institution_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "institution_signing_keys"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "institution_signing_keys_institution_idx" ON "institution_signing_keys" USING btree ("institution_id","activated_at");