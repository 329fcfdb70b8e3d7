# Saphan's two commands: `make start` serves the app, `make test` proves it works.
SHELL := /bin/bash
NODE_DIR := $(CURDIR)/.tools/node
export PATH := $(NODE_DIR)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export BODY_SIZE_LIMIT ?= 25M

SOURCES := $(shell find src static drizzle -type f 2>/dev/null) package-lock.json vite.config.ts tsconfig.json

.PHONY: start test setup build seed dev bench bench-partners reindex search-eval bench-search bench-mail admin backup restore

start: setup build/index.js
	node serve.js

test: setup
	bash scripts/test.sh

setup:
	@bash scripts/bootstrap.sh

build: setup build/index.js

build/index.js: $(SOURCES)
	vite build
	@touch build/index.js

seed: setup
	node scripts/seed.ts

# Account chores: ARGS="reset-password USERNAME", "unlock USERNAME" or "create-admin USERNAME".
admin: setup
	node scripts/admin.ts $(ARGS)

# One archive of the database and the attachments; prints its path last. Works while serving.
backup: setup
	node scripts/backup.ts

# Restores FILE into the configured, empty database and data folder (FORCE=1 replaces them).
restore: setup
	node scripts/restore.ts $(FILE) $(if $(FORCE),--force)

dev: setup
	vite dev

bench: setup build/index.js
	node scripts/bench.ts $(if $(VOLUME),--volume)

# The partner pages on 2,000 generated partners and 20,000 engagements.
bench-partners: setup build/index.js
	node scripts/bench-partners.ts

# Rebuilds the search index of the configured database from its records.
reindex: setup
	node scripts/reindex.ts

# Search quality on the built-in data: recall@10 and MRR for Saphan and two baselines.
search-eval: setup
	node scripts/search-eval.ts

# Search latency: p50/p95 over a query mix on 100,000 generated records in an embedded database.
bench-search: setup
	node scripts/bench-search.ts

# E-mails delivered per second to a local SMTP server, and the outbox's recovery from kill -9.
bench-mail: setup
	node scripts/bench-mail.ts
