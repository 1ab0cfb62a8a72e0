CREATE TYPE "public"."registration_status" AS ENUM('pending', 'ineligible', 'direct_pending', 'admitted', 'rejected', 'withdrawn');--> statement-breakpoint
ALTER TABLE "registrations" DROP CONSTRAINT "registrations_status";--> statement-breakpoint
DROP INDEX "registrations_plan_person_key";--> statement-breakpoint
ALTER TABLE "registration_import_rows" ALTER COLUMN "status" SET DATA TYPE "public"."registration_status" USING "status"::"public"."registration_status";--> statement-breakpoint
ALTER TABLE "registrations" ALTER COLUMN "status" SET DATA TYPE "public"."registration_status" USING "status"::"public"."registration_status";--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_plan_person_key" ON "registrations" USING btree ("plan_id","person_id") WHERE "registrations"."status" <> 'withdrawn';
