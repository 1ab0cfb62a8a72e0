CREATE TABLE "number_counters" (
	"scope" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "contact_phone_sealed" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "contact_phone_masked" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "filings_certificate_segments_key" ON "filings" USING btree ("institution_code","site_sequence") WHERE "filings"."kind" = 'initial';--> statement-breakpoint
-- Filing numbers handed out before the counters existed: each district and year continues after its highest.
INSERT INTO "number_counters" ("scope", "last")
SELECT 'filing:' || "district_code" || ':' || substring("filing_number" from 4 for 4), max(right("filing_number", 4)::integer)
FROM "filings"
WHERE "kind" = 'initial' AND "filing_number" ~ '^沪评备[0-9]{11}$'
GROUP BY 1;
