-- Rows of files whose record was deleted before files had foreign keys to their records.
DELETE FROM "attachments" a
WHERE (a."owner_type" = 'kpi_result' AND NOT EXISTS (SELECT 1 FROM "kpi_results" o WHERE o."id" = a."owner_id"))
   OR (a."owner_type" = 'agreement' AND NOT EXISTS (SELECT 1 FROM "agreements" o WHERE o."id" = a."owner_id"))
   OR (a."owner_type" = 'circular' AND NOT EXISTS (SELECT 1 FROM "circulars" o WHERE o."id" = a."owner_id"));
--> statement-breakpoint
-- Usernames that differ only in letter case: the first recorded keeps its name; each later one
-- gets the start of its id appended, so every account still logs in and an administrator sees
-- which ones to sort out.
UPDATE "users" u
SET "username" = u."username" || '-' || left(u."id"::text, 8)
WHERE EXISTS (
	SELECT 1 FROM "users" o
	WHERE lower(o."username") = lower(u."username") AND (o."created_at", o."id") < (u."created_at", u."id")
);
--> statement-breakpoint
-- Partners recorded twice under one name in one country: nothing is merged or deleted (each may
-- have agreements and engagements); each later one is named with the start of its id appended,
-- so officers see the pair in the partner list and merge them by hand.
UPDATE "partners" p
SET "name_th" = p."name_th" || ' (' || left(p."id"::text, 8) || ')'
WHERE EXISTS (
	SELECT 1 FROM "partners" o
	WHERE coalesce(o."country_code", '') = coalesce(p."country_code", '')
	  AND lower(o."name_th") = lower(p."name_th")
	  AND (o."created_at", o."id") < (p."created_at", p."id")
);
--> statement-breakpoint
UPDATE "partners" p
SET "name_en" = p."name_en" || ' (' || left(p."id"::text, 8) || ')'
WHERE EXISTS (
	SELECT 1 FROM "partners" o
	WHERE coalesce(o."country_code", '') = coalesce(p."country_code", '')
	  AND lower(o."name_en") = lower(p."name_en")
	  AND (o."created_at", o."id") < (p."created_at", p."id")
);
