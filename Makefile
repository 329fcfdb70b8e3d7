# Saphan's two commands: `make start` serves the app, `make test` proves it works.
SHELL := /bin/bash
NODE_DIR := $(CURDIR)/.tools/node
export PATH := $(NODE_DIR)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export BODY_SIZE_LIMIT ?= 25M

SOURCES := $(shell find src static drizzle -type f 2>/dev/null) package-lock.json vite.config.ts tsconfig.json

.PHONY: start test setup build seed dev bench

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

dev: setup
	vite dev

bench: setup build/index.js
	node scripts/bench.ts $(if $(VOLUME),--volume)
