ALTER TABLE "committees" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "committees_engagement_idx" ON "committees" USING btree ("engagement_id");