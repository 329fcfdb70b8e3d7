ALTER TABLE "practices" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practices_partner_idx" ON "practices" USING btree ("partner_id");