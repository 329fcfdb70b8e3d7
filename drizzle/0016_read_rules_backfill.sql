-- Four eyes: who submitted the reports and results now awaiting review, from the audit trail.
UPDATE "progress_reports" r SET "submitted_by" = s.actor_id
FROM (
	SELECT DISTINCT ON (a.entity_id) a.entity_id, a.actor_id
	FROM "audit_log" a
	WHERE a.entity_type = 'progress_report' AND a.action = 'submit' AND a.actor_id IS NOT NULL
	ORDER BY a.entity_id, a.id DESC
) s
WHERE r.id::text = s.entity_id AND r.state = 'submitted'
	AND EXISTS (SELECT 1 FROM "users" u WHERE u.id = s.actor_id);
--> statement-breakpoint
UPDATE "kpi_results" r SET "submitted_by" = s.actor_id
FROM (
	SELECT DISTINCT ON (a.entity_id) a.entity_id, a.actor_id
	FROM "audit_log" a
	WHERE a.entity_type = 'kpi_result' AND a.action = 'submit' AND a.actor_id IS NOT NULL
	ORDER BY a.entity_id, a.id DESC
) s
WHERE r.id::text = s.entity_id AND r.status = 'submitted'
	AND EXISTS (SELECT 1 FROM "users" u WHERE u.id = s.actor_id);
--> statement-breakpoint
-- Read rules: a circular is found in search only by the agencies it was sent to (and the office).
UPDATE "search_documents" d SET "agency_ids" = ARRAY(
	SELECT r.agency_id FROM "circular_recipients" r WHERE r.circular_id = d.record_id
)
WHERE d.type = 'circular';
