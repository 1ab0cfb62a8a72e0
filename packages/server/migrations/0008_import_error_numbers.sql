-- Error numbers come from the database (an identity) instead of the writing process. Numbers of
-- earlier imports were per import, so they cannot become a key as they are: they are renumbered.
ALTER TABLE "registration_import_errors" DROP CONSTRAINT "registration_import_errors_import_id_ordinal_pk";--> statement-breakpoint
ALTER TABLE "registration_import_errors" DROP COLUMN "ordinal";--> statement-breakpoint
ALTER TABLE "registration_import_errors" ADD COLUMN "ordinal" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registration_import_errors_ordinal_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "registration_import_errors_row_idx" ON "registration_import_errors" USING btree ("import_id","row","ordinal");
