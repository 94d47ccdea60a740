#!/usr/bin/env bash
# Runs a command on the Node the dev tools need (scripts/use-node.sh fetches Node 22 from the
# npm registry once when the machine's Node is older), saying so in one line. The npm scripts
# the README names call this, so `npm test` and `npm start` work as written on Node 20 too.
set -euo pipefail
cd "$(dirname "$0")/.."
before="$(node --version 2>/dev/null || echo none)"
. scripts/use-node.sh
after="$(node --version)"
[ "$before" = "$after" ] || echo "with-node: the dev tools need Node 22.22.3 or newer; this machine has $before, so they run on Node $after"
exec "$@"
