#!/usr/bin/env bash
# Installs what Saphan needs to build and run when it is missing: Node 24 inside the project
# (whatever Node the machine has) and the npm dependencies. Fast when everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."
node_dir="$PWD/.tools/node"

if [[ "$("$node_dir/bin/node" --version 2>/dev/null)" != v24.* ]]; then
	echo "Installing Node 24 into .tools/node …"
	rm -rf "$node_dir"
	npm install --global --prefix "$node_dir" --no-audit --no-fund node@24 >/dev/null
fi
export PATH="$node_dir/bin:$PATH"

stamp=node_modules/.saphan-installed
if [[ ! -f "$stamp" || package-lock.json -nt "$stamp" || package.json -nt "$stamp" ]]; then
	echo "Installing dependencies …"
	npm ci --no-audit --no-fund
	touch "$stamp"
fi
