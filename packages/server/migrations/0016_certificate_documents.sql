CREATE TABLE "institution_seals" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"image" "bytea",
	"image_sha256" text,
	"image_width" integer,
	"image_height" integer,
	"image_uploaded_at" timestamp with time zone,
	"image_uploaded_by" uuid,
	"certificate_pem" text,
	"certificate_subject" text,
	"certificate_serial" text,
	"certificate_not_after" timestamp with time zone,
	"private_key_sealed" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_seals_image" CHECK (("institution_seals"."image" is null) = ("institution_seals"."image_sha256" is null)),
	CONSTRAINT "institution_seals_key" CHECK (("institution_seals"."certificate_pem" is null) = ("institution_seals"."private_key_sealed" is null))
);
--> statement-breakpoint
CREATE TABLE "signing_authorities" (
	"id" text PRIMARY KEY NOT NULL,
	"certificate_pem" text NOT NULL,
	"private_key_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "institution_seals" ADD CONSTRAINT "institution_seals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;