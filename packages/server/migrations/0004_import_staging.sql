CREATE TABLE "registration_import_rows" (
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"new_person" boolean NOT NULL,
	"person_version" integer,
	"id_type" text NOT NULL,
	"id_number_sealed" text NOT NULL,
	"id_number_blind" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"birth_date" date NOT NULL,
	"phone_sealed" text,
	"phone_masked" text,
	"profile" jsonb,
	"relation_id" uuid,
	"relation_kind" text,
	"employment_type" text,
	"employer_name" text,
	"agreement_id" uuid,
	"graduation_date" date,
	"valid_from" date,
	"valid_until" date,
	"kind" text NOT NULL,
	"attempt" text NOT NULL,
	"status" text NOT NULL,
	"admissible" boolean NOT NULL,
	"admission" json NOT NULL,
	CONSTRAINT "registration_import_rows_import_id_row_pk" PRIMARY KEY("import_id","row")
);
--> statement-breakpoint
ALTER TABLE "registration_imports" ADD COLUMN "runner" integer;--> statement-breakpoint
ALTER TABLE "registration_import_rows" ADD CONSTRAINT "registration_import_rows_import_id_registration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registration_imports"("id") ON DELETE cascade ON UPDATE no action;