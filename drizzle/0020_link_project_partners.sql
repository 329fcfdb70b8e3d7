-- Projects named their partners in words. Each name that matches exactly one partner's Thai or
-- English name (trimmed, in any letter case) becomes a link; every other name is kept as named
-- but not found, for an officer to link or clear.
CREATE TEMPORARY TABLE "named_partner_matches" ON COMMIT DROP AS
SELECT n."project_id", n."name", n."position", (
	SELECT CASE WHEN count(*) = 1 THEN min(p."id"::text)::uuid END
	FROM "partners" p
	WHERE lower(btrim(p."name_th")) = lower(btrim(n."name"))
		OR lower(btrim(p."name_en")) = lower(btrim(n."name"))
) AS "partner_id"
FROM (
	SELECT pr."id" AS "project_id", e."name", e."position"
	FROM "projects" pr, jsonb_array_elements_text(pr."partners") WITH ORDINALITY AS e("name", "position")
) n;
--> statement-breakpoint
INSERT INTO "project_partners" ("project_id", "partner_id")
SELECT DISTINCT "project_id", "partner_id" FROM "named_partner_matches" WHERE "partner_id" IS NOT NULL;
--> statement-breakpoint
UPDATE "projects" pr SET "unmatched_partner_names" = coalesce((
	SELECT jsonb_agg(m."name" ORDER BY m."position")
	FROM "named_partner_matches" m
	WHERE m."project_id" = pr."id" AND m."partner_id" IS NULL
), '[]'::jsonb);
