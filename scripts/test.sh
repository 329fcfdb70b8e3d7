#!/usr/bin/env bash
# Runs every suite: lint, format, type-check, unit, integration on PGlite and on a throw-away
# PostgreSQL server, then browser tests against the built app. Installs Debian's chromium,
# postgresql and poppler-utils (pdftotext reads the PDFs back) when they are missing. Any
# failure or warning fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node/bin:$PWD/node_modules/.bin:$PATH"
results="$PWD/test-results"
rm -rf "$results" && mkdir -p "$results"

apt_install() {
	local sudo=""
	[[ $(id -u) -ne 0 ]] && sudo="sudo"
	echo "Installing $* with apt-get …"
	# Another apt-get (unattended upgrades, a parallel job) may hold the dpkg lock: wait for it.
	local wait_for_lock=(-o DPkg::Lock::Timeout=600)
	$sudo apt-get "${wait_for_lock[@]}" update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get "${wait_for_lock[@]}" install -y -qq \
		--no-install-recommends "$@" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[[ -n "$(pg_bin)" && -x "$(pg_bin)/initdb" ]] || missing+=(postgresql postgresql-contrib)
command -v pg_dump >/dev/null || missing+=(postgresql-client)
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

# A throw-away PostgreSQL server on a free port, removed on exit.
pg_dir=$(mktemp -d -t saphan-pg.XXXXXX)
pg_port=$((20000 + RANDOM % 20000))
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
	chown postgres:postgres "$pg_dir"
	as_pg=(runuser -u postgres --)
fi
stop_pg() {
	"${as_pg[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
	rm -rf "$pg_dir"
}
trap stop_pg EXIT
"${as_pg[@]}" "$(pg_bin)/initdb" -D "$pg_dir/data" -U saphan -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
	-o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${as_pg[@]}" "$(pg_bin)/createdb" -h 127.0.0.1 -p "$pg_port" -U saphan saphan
export TEST_POSTGRES_URL="postgres://saphan@127.0.0.1:$pg_port/saphan"
echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{print $3}') on port $pg_port"

step() { echo; echo "── $1"; }
step "lint" && eslint . --max-warnings 0
step "format" && prettier --check . --log-level warn
step "dependencies" && depcruise src --config .dependency-cruiser.cjs --ignore-known --output-type err
step "type-check" && svelte-kit sync && svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 1
step "unit" && vitest run --project unit --reporter default --reporter json --outputFile.json "$results/unit.json"
step "integration (PGlite)" && TEST_DATABASE=pglite vitest run --project integration \
	--reporter default --reporter json --outputFile.json "$results/integration-pglite.json"
step "integration (PostgreSQL)" && TEST_DATABASE=postgres vitest run --project integration \
	--reporter default --reporter json --outputFile.json "$results/integration-postgres.json"
step "build" && vite build --logLevel warn 2>&1 | tee "$results/build.log"
if grep -qiE "warn|error" "$results/build.log"; then echo "The build printed warnings: fix them."; exit 1; fi
step "browser" && vitest run --project browser --reporter default --reporter json \
	--outputFile.json "$results/browser.json"

node scripts/test-summary.js "$results"
