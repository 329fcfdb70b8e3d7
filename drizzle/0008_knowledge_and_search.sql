CREATE TABLE "search_documents" (
	"type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"url" text NOT NULL,
	"agency_ids" uuid[],
	"title_key" text NOT NULL,
	"title_vector" "tsvector" NOT NULL,
	"vector" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_type_record_id_pk" PRIMARY KEY("type","record_id")
);
--> statement-breakpoint
CREATE TABLE "circular_practices" (
	"circular_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "circular_practices_circular_id_practice_id_pk" PRIMARY KEY("circular_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "circular_recipients" (
	"circular_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"adoption" text DEFAULT 'pending' NOT NULL,
	"adoption_note" text,
	"project_id" uuid,
	"adopted_at" timestamp with time zone,
	CONSTRAINT "circular_recipients_circular_id_agency_id_pk" PRIMARY KEY("circular_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "circulars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"document_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject" text NOT NULL,
	"from_text" text NOT NULL,
	"to_text" text NOT NULL,
	"body" text NOT NULL,
	"signed_by" text,
	"signed_position" text,
	"minutes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"source_kind" text NOT NULL,
	"source_name" text NOT NULL,
	"source_name_en" text,
	"country" text,
	"region" text,
	"title_th" text NOT NULL,
	"title_en" text,
	"summary_th" text NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"measure_text" text,
	"measure_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sdgs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"as_of" date,
	"source_document" text,
	"language" text DEFAULT 'th' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "circular_practices" ADD CONSTRAINT "circular_practices_circular_id_circulars_id_fk" FOREIGN KEY ("circular_id") REFERENCES "public"."circulars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circular_practices" ADD CONSTRAINT "circular_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circular_recipients" ADD CONSTRAINT "circular_recipients_circular_id_circulars_id_fk" FOREIGN KEY ("circular_id") REFERENCES "public"."circulars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circular_recipients" ADD CONSTRAINT "circular_recipients_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circular_recipients" ADD CONSTRAINT "circular_recipients_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circular_recipients" ADD CONSTRAINT "circular_recipients_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circulars" ADD CONSTRAINT "circulars_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "search_documents_title_vector_idx" ON "search_documents" USING gin ("title_vector");--> statement-breakpoint
CREATE INDEX "search_documents_title_key_trgm_idx" ON "search_documents" USING gin ("title_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "circular_practices_practice_idx" ON "circular_practices" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "circular_recipients_agency_idx" ON "circular_recipients" USING btree ("agency_id","acknowledged_at");--> statement-breakpoint
CREATE UNIQUE INDEX "circulars_code_key" ON "circulars" USING btree ("code");--> statement-breakpoint
CREATE INDEX "circulars_issued_on_idx" ON "circulars" USING btree ("issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "practices_code_key" ON "practices" USING btree ("code");