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

# Each step prints how long it took, in time and in processor time (what the step's processes
# used; on a machine others share, the steadier of the two), and the run ends with every step's.
cpu_seconds() {
	local stat
	read -ra stat </proc/$$/stat
	echo $(((stat[15] + stat[16]) / $(getconf CLK_TCK)))
}
durations=("$(printf '%5d s  %5d s CPU  %s' "$SECONDS" "$(cpu_seconds)" "tools and PostgreSQL")")
step() {
	local name=$1 started=$SECONDS cpu_started
	cpu_started=$(cpu_seconds)
	shift
	echo
	echo "── $name"
	"$@"
	durations+=("$(printf '%5d s  %5d s CPU  %s' $((SECONDS - started)) \
		$(($(cpu_seconds) - cpu_started)) "$name")")
	echo "   (${durations[-1]})"
}
type_check() {
	svelte-kit sync
	svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 1
}
suite() {
	local name=$1
	shift
	vitest run "$@" --reporter default --reporter json --outputFile.json "$results/$name.json"
}
integration() { TEST_DATABASE=$1 suite "integration-$1" --project integration; }
build() {
	vite build --logLevel warn 2>&1 | tee "$results/build.log"
	if grep -qiE "warn|error" "$results/build.log"; then
		echo "The build printed warnings: fix them."
		return 1
	fi
}
step "lint" eslint . --max-warnings 0
step "format" prettier --check . --log-level warn
step "dependencies" npm run --silent lint:dependencies
step "type-check" type_check
step "unit" suite unit --project unit
step "integration (PGlite)" integration pglite
step "integration (PostgreSQL)" integration postgres
step "build" build
step "browser" suite browser --project browser

echo
printf '%s\n' "${durations[@]}"
printf '%5d s  %5d s CPU  in all\n' "$SECONDS" "$(cpu_seconds)"
node scripts/test-summary.js "$results"
