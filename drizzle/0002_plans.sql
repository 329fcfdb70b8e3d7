CREATE TABLE "element_alignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_element_id" uuid NOT NULL,
	"to_element_id" uuid NOT NULL,
	"note_th" text,
	"note_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_agencies" (
	"kpi_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "kpi_agencies_kpi_id_agency_id_role_pk" PRIMARY KEY("kpi_id","agency_id","role")
);
--> statement-breakpoint
CREATE TABLE "kpi_levels" (
	"kpi_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"rubric_th" text NOT NULL,
	"rubric_en" text,
	CONSTRAINT "kpi_levels_kpi_id_level_pk" PRIMARY KEY("kpi_id","level")
);
--> statement-breakpoint
CREATE TABLE "kpi_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"value" numeric,
	"evidence_th" text DEFAULT '' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"entered_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"kpi_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"value" numeric,
	"note_th" text,
	"note_en" text,
	CONSTRAINT "kpi_targets_kpi_id_fiscal_year_pk" PRIMARY KEY("kpi_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"unit_th" text,
	"unit_en" text,
	"direction" text DEFAULT 'increase' NOT NULL,
	"notes_th" text,
	"notes_en" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"description_th" text,
	"description_en" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planned_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"is_new" boolean DEFAULT false NOT NULL,
	"lead_agency_ids" uuid[] DEFAULT '{}' NOT NULL,
	"supporting_agency_ids" uuid[] DEFAULT '{}' NOT NULL,
	"project_id" uuid
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text NOT NULL,
	"issuer_th" text NOT NULL,
	"issuer_en" text NOT NULL,
	"fiscal_year_start" integer NOT NULL,
	"fiscal_year_end" integer NOT NULL,
	"source_document" text NOT NULL,
	"swot" jsonb,
	"challenges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "element_alignments" ADD CONSTRAINT "element_alignments_from_element_id_plan_elements_id_fk" FOREIGN KEY ("from_element_id") REFERENCES "public"."plan_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "element_alignments" ADD CONSTRAINT "element_alignments_to_element_id_plan_elements_id_fk" FOREIGN KEY ("to_element_id") REFERENCES "public"."plan_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_agencies" ADD CONSTRAINT "kpi_agencies_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_agencies" ADD CONSTRAINT "kpi_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_levels" ADD CONSTRAINT "kpi_levels_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_results" ADD CONSTRAINT "kpi_results_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_results" ADD CONSTRAINT "kpi_results_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_results" ADD CONSTRAINT "kpi_results_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_element_id_plan_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."plan_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_elements" ADD CONSTRAINT "plan_elements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_elements" ADD CONSTRAINT "plan_elements_parent_id_plan_elements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_projects" ADD CONSTRAINT "planned_projects_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "element_alignments_pair_key" ON "element_alignments" USING btree ("from_element_id","to_element_id");--> statement-breakpoint
CREATE INDEX "element_alignments_to_idx" ON "element_alignments" USING btree ("to_element_id");--> statement-breakpoint
CREATE INDEX "kpi_agencies_agency_idx" ON "kpi_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_results_kpi_year_key" ON "kpi_results" USING btree ("kpi_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "kpi_results_status_idx" ON "kpi_results" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "kpis_plan_code_key" ON "kpis" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "kpis_element_idx" ON "kpis" USING btree ("element_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_elements_plan_code_key" ON "plan_elements" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_elements_parent_idx" ON "plan_elements" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "planned_projects_kpi_position_key" ON "planned_projects" USING btree ("kpi_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_code_key" ON "plans" USING btree ("code");