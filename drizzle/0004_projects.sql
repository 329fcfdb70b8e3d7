CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"reported_on" date NOT NULL,
	"status_text" text NOT NULL,
	"percent_done" numeric,
	"budget_disbursed" numeric,
	"on_plan" boolean,
	"on_target" boolean,
	"project_status" text,
	"reported_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_agencies" (
	"project_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "project_agencies_project_id_agency_id_role_pk" PRIMARY KEY("project_id","agency_id","role")
);
--> statement-breakpoint
CREATE TABLE "project_plan_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"kpi_id" uuid,
	"note_th" text
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"title_th" text NOT NULL,
	"title_en" text,
	"fiscal_year" integer NOT NULL,
	"start_date" date,
	"end_date" date,
	"budget_received" numeric DEFAULT 0 NOT NULL,
	"budget_spent" numeric DEFAULT 0 NOT NULL,
	"responsible_unit_text" text,
	"responsible_person" text,
	"responsible_phone" text,
	"coordinator" text,
	"coordinator_role" text,
	"rationale_th" text,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"targets_th" text,
	"is_new" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_agencies" ADD CONSTRAINT "project_agencies_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_agencies" ADD CONSTRAINT "project_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_plan_links" ADD CONSTRAINT "project_plan_links_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_plan_links" ADD CONSTRAINT "project_plan_links_element_id_plan_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."plan_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_plan_links" ADD CONSTRAINT "project_plan_links_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_project_sequence_key" ON "progress_reports" USING btree ("project_id","sequence");--> statement-breakpoint
CREATE INDEX "project_agencies_agency_idx" ON "project_agencies" USING btree ("agency_id","role");--> statement-breakpoint
CREATE INDEX "project_plan_links_project_idx" ON "project_plan_links" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_plan_links_element_idx" ON "project_plan_links" USING btree ("element_id");--> statement-breakpoint
CREATE INDEX "project_plan_links_kpi_idx" ON "project_plan_links" USING btree ("kpi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree ("code");--> statement-breakpoint
CREATE INDEX "projects_fiscal_year_idx" ON "projects" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");