CREATE TYPE "public"."conflict_declarant" AS ENUM('institution', 'staff', 'candidate');--> statement-breakpoint
DROP INDEX "staff_members_certificate_key";--> statement-breakpoint
ALTER TABLE "conflict_declarations" ADD COLUMN "declared_as" "conflict_declarant" DEFAULT 'institution' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_unnumbered_key" ON "staff_members" USING btree ("institution_id","kind","name") WHERE "staff_members"."certificate_no" = '';--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_certificate_key" ON "staff_members" USING btree ("institution_id","kind","certificate_no") WHERE "staff_members"."certificate_no" <> '';--> statement-breakpoint
-- Staff named in filings approved before they were kept as rows; from now on every approval keeps them in step.
INSERT INTO "staff_members" ("institution_id", "kind", "name", "certificate_no", "occupation_code", "levels")
SELECT f."institution_id", 'examiner', e->>'name', e->>'certificateNo', e->>'occupationCode', ARRAY(SELECT jsonb_array_elements_text(e->'levels')::smallint)
FROM "filings" f, jsonb_array_elements(coalesce(f."content"->'examiners', '[]'::jsonb)) e
WHERE f."kind" = 'initial' AND f."status" IN ('approved', 'suspended')
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "staff_members" ("institution_id", "kind", "name", "certificate_no")
SELECT f."institution_id", 'supervisor', s->>'name', coalesce(s->>'certificateNo', '')
FROM "filings" f, jsonb_array_elements(coalesce(f."content"->'supervisors', '[]'::jsonb)) s
WHERE f."kind" = 'initial' AND f."status" IN ('approved', 'suspended')
ON CONFLICT DO NOTHING;
