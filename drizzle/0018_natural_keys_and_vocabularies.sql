DROP INDEX "users_username_key";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "kpi_result_id" uuid GENERATED ALWAYS AS (CASE WHEN owner_type = 'kpi_result' THEN owner_id END) STORED;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "agreement_id" uuid GENERATED ALWAYS AS (CASE WHEN owner_type = 'agreement' THEN owner_id END) STORED;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "circular_id" uuid GENERATED ALWAYS AS (CASE WHEN owner_type = 'circular' THEN owner_id END) STORED;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "last_activity_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_kpi_result_id_kpi_results_id_fk" FOREIGN KEY ("kpi_result_id") REFERENCES "public"."kpi_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_circular_id_circulars_id_fk" FOREIGN KEY ("circular_id") REFERENCES "public"."circulars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_kpi_result_idx" ON "attachments" USING btree ("kpi_result_id");--> statement-breakpoint
CREATE INDEX "attachments_agreement_idx" ON "attachments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "attachments_circular_idx" ON "attachments" USING btree ("circular_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_country_name_th_key" ON "partners" USING btree (coalesce("country_code", ''),lower("name_th"));--> statement-breakpoint
CREATE UNIQUE INDEX "partners_country_name_en_key" ON "partners" USING btree (coalesce("country_code", ''),lower("name_en"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_kind_check" CHECK ("agencies"."kind" IN ('administration', 'department', 'office', 'division', 'district'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_roles_check" CHECK ("users"."roles" <@ ARRAY['admin', 'iao_officer', 'agency_reporter', 'executive', 'viewer']::text[]);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("users"."locale" IN ('th', 'en'));--> statement-breakpoint
ALTER TABLE "kpi_agencies" ADD CONSTRAINT "kpi_agencies_role_check" CHECK ("kpi_agencies"."role" IN ('lead', 'supporting'));--> statement-breakpoint
ALTER TABLE "kpi_results" ADD CONSTRAINT "kpi_results_status_check" CHECK ("kpi_results"."status" IN ('draft', 'submitted', 'returned', 'approved'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_kind_check" CHECK ("kpis"."kind" IN ('maturity', 'number', 'percentage', 'count'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_direction_check" CHECK ("kpis"."direction" IN ('increase', 'decrease'));--> statement-breakpoint
ALTER TABLE "plan_elements" ADD CONSTRAINT "plan_elements_kind_check" CHECK ("plan_elements"."kind" IN ('vision', 'mission', 'strategy', 'tactic', 'strategic_goal', 'milestone', 'goal', 'indicator_group', 'sub_strategy', 'dimension', 'sub_dimension', 'objective'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_level_check" CHECK ("plans"."level" IN ('national', 'city', 'agency'));--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_type_check" CHECK ("attachments"."owner_type" IN ('kpi_result', 'agreement', 'circular'));--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_state_check" CHECK ("progress_reports"."state" IN ('draft', 'submitted', 'returned', 'approved'));--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_project_status_check" CHECK ("progress_reports"."project_status" IN ('planned', 'in_progress', 'delayed', 'suspended', 'cancelled', 'completed'));--> statement-breakpoint
ALTER TABLE "project_agencies" ADD CONSTRAINT "project_agencies_role_check" CHECK ("project_agencies"."role" IN ('lead', 'supporting'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_status_check" CHECK ("projects"."status" IN ('planned', 'in_progress', 'delayed', 'suspended', 'cancelled', 'completed'));--> statement-breakpoint
ALTER TABLE "project_round_schedules" ADD CONSTRAINT "project_round_schedules_cadence_check" CHECK ("project_round_schedules"."cadence" IN ('monthly', 'dates'));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_type_check" CHECK ("agreements"."type" IN ('sister_city', 'friendship_city', 'mou', 'letter_of_intent', 'declaration', 'membership'));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_status_check" CHECK ("agreements"."status" IN ('in_force', 'under_review', 'expired', 'ended'));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_signed_precision_check" CHECK ("agreements"."signed_precision" IN ('day', 'year'));--> statement-breakpoint
ALTER TABLE "countries" ADD CONSTRAINT "countries_region_group_check" CHECK ("countries"."region_group" IN ('asean', 'east_asia', 'south_asia', 'central_asia', 'middle_east', 'europe', 'americas', 'oceania', 'africa'));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_kind_check" CHECK ("partners"."kind" IN ('city', 'province', 'country', 'international_organisation', 'city_network', 'embassy', 'university', 'company'));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_status_check" CHECK ("partners"."status" IN ('active', 'dormant', 'prospective', 'ended'));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_last_activity_precision_check" CHECK ("partners"."last_activity_precision" IN ('day', 'year'));--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_scope_check" CHECK ("commitments"."scope" IN ('bilateral', 'multilateral'));--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_status_check" CHECK ("commitments"."status" IN ('open', 'in_progress', 'done', 'dropped'));--> statement-breakpoint
ALTER TABLE "engagement_outcomes" ADD CONSTRAINT "engagement_outcomes_kind_check" CHECK ("engagement_outcomes"."kind" IN ('declaration', 'agreement', 'joint_project', 'decision', 'recommendation'));--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_kind_check" CHECK ("engagements"."kind" IN ('meeting', 'summit', 'senior_officials_meeting', 'visit_in', 'visit_out', 'seminar', 'training', 'exhibition', 'video_conference'));--> statement-breakpoint
ALTER TABLE "circular_recipients" ADD CONSTRAINT "circular_recipients_adoption_check" CHECK ("circular_recipients"."adoption" IN ('pending', 'adopted', 'not_adopted'));--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_source_kind_check" CHECK ("practices"."source_kind" IN ('city', 'country', 'international_organisation'));--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_region_check" CHECK ("practices"."region" IN ('east_asia', 'southeast_asia', 'middle_east', 'europe', 'north_america', 'oceania', 'global'));--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_language_check" CHECK ("practices"."language" IN ('th', 'en'));