ALTER TABLE "progress_reports" ADD COLUMN "decrease_reason" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "state" text DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "entered_by" uuid;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_reports_state_idx" ON "progress_reports" USING btree ("state");