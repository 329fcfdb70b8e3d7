ALTER TABLE "partners" ADD COLUMN "last_activity_on" date;--> statement-breakpoint
CREATE INDEX "partners_name_th_idx" ON "partners" USING btree ("name_th","id");