CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_partner_id_pk" PRIMARY KEY("agreement_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"type" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"signed_on" date,
	"signed_precision" text DEFAULT 'day' NOT NULL,
	"review_on" date,
	"expires_on" date,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"note_th" text,
	"unverified" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"region" text NOT NULL,
	"region_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text,
	"work_email" text,
	"work_phone" text,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"kind" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"name_local" text,
	"country_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"website" text,
	"description_th" text,
	"status" text DEFAULT 'active' NOT NULL,
	"unverified" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_agencies" (
	"commitment_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "commitment_agencies_commitment_id_agency_id_pk" PRIMARY KEY("commitment_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_partners" (
	"commitment_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "commitment_partners_commitment_id_partner_id_pk" PRIMARY KEY("commitment_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"committee_id" uuid,
	"title_th" text NOT NULL,
	"title_en" text,
	"description_th" text,
	"scope" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"project_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid,
	"order_number" text NOT NULL,
	"order_date" date NOT NULL,
	"title_th" text NOT NULL,
	"mandate_th" text NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"description_th" text,
	"agreement_id" uuid
);
--> statement-breakpoint
CREATE TABLE "engagement_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"partner_id" uuid,
	"agency_id" uuid,
	"headcount" integer,
	"presentation_th" text
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"kind" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"venue" text,
	"city" text,
	"country_code" text,
	"host_partner_id" uuid,
	"organising_agency_id" uuid,
	"theme_th" text,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary_th" text,
	"project_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_agencies" ADD CONSTRAINT "commitment_agencies_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_agencies" ADD CONSTRAINT "commitment_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_partners" ADD CONSTRAINT "commitment_partners_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_partners" ADD CONSTRAINT "commitment_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_outcomes" ADD CONSTRAINT "engagement_outcomes_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_outcomes" ADD CONSTRAINT "engagement_outcomes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_host_partner_id_partners_id_fk" FOREIGN KEY ("host_partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_organising_agency_id_agencies_id_fk" FOREIGN KEY ("organising_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_partner_idx" ON "agreement_parties" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_code_key" ON "agreements" USING btree ("code");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "partner_contacts_partner_idx" ON "partner_contacts" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_code_key" ON "partners" USING btree ("code");--> statement-breakpoint
CREATE INDEX "partners_country_idx" ON "partners" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "partners_name_en_idx" ON "partners" USING btree (lower("name_en"));--> statement-breakpoint
CREATE INDEX "partners_kind_idx" ON "partners" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "commitment_agencies_agency_idx" ON "commitment_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "commitment_partners_partner_idx" ON "commitment_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "commitments_engagement_idx" ON "commitments" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "commitments_status_idx" ON "commitments" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "committees_order_key" ON "committees" USING btree ("order_number");--> statement-breakpoint
CREATE INDEX "engagement_outcomes_engagement_idx" ON "engagement_outcomes" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_engagement_idx" ON "engagement_participants" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_partner_idx" ON "engagement_participants" USING btree ("partner_id","engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagements_code_key" ON "engagements" USING btree ("code");--> statement-breakpoint
CREATE INDEX "engagements_starts_idx" ON "engagements" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "engagements_host_idx" ON "engagements" USING btree ("host_partner_id");