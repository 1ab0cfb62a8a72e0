ALTER TABLE "calendar_days" DROP CONSTRAINT "calendar_days_kind";--> statement-breakpoint
ALTER TABLE "calendar_days" ALTER COLUMN "kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD COLUMN "source" text DEFAULT 'city' NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_source" CHECK ("calendar_days"."source" in ('official', 'city'));--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_official_kind" CHECK ("calendar_days"."source" = 'city' or "calendar_days"."kind" is not null);--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_kind" CHECK ("calendar_days"."kind" is null or "calendar_days"."kind" in ('holiday', 'workday'));