CREATE TABLE "project_round_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"cadence" text NOT NULL,
	"day_of_month" integer,
	"due_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_round_schedules_fiscal_year_key" UNIQUE("fiscal_year")
);
--> statement-breakpoint
DROP INDEX "projects_fiscal_year_idx";--> statement-breakpoint
ALTER TABLE "project_round_schedules" ADD CONSTRAINT "project_round_schedules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_fiscal_year_title_idx" ON "projects" USING btree ("fiscal_year","title_th","id");--> statement-breakpoint
CREATE INDEX "projects_title_th_trgm_idx" ON "projects" USING gin ("title_th" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "projects_title_en_trgm_idx" ON "projects" USING gin ("title_en" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "projects_code_trgm_idx" ON "projects" USING gin ("code" gin_trgm_ops);