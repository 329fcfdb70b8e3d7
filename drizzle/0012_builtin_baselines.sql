CREATE TABLE "builtin_baselines" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"entity_id" text NOT NULL,
	"label" text NOT NULL,
	"applied" jsonb NOT NULL,
	"pending" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "builtin_baselines_kind_key_pk" PRIMARY KEY("kind","key")
);
