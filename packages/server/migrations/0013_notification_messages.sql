-- Notifications keep the catalogue keys and parameters of their message and are worded when read,
-- in the reader's language; rows written before keep the text they were sent with.
ALTER TABLE "notifications" ALTER COLUMN "title" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "message" json;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_worded" CHECK ("notifications"."message" is not null or ("notifications"."title" is not null and "notifications"."body" is not null));