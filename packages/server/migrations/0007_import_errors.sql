CREATE TABLE "registration_import_errors" (
	"import_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"row" integer NOT NULL,
	"column" text NOT NULL,
	"message" text NOT NULL,
	CONSTRAINT "registration_import_errors_import_id_ordinal_pk" PRIMARY KEY("import_id","ordinal")
);
--> statement-breakpoint
ALTER TABLE "registration_import_errors" ADD CONSTRAINT "registration_import_errors_import_id_registration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_import_errors_row_idx" ON "registration_import_errors" USING btree ("import_id","row","ordinal");