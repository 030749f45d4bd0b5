#!/usr/bin/env bash
# The web explorer end to end in a real headless browser: ingests the seed article (and ICEWS14
# unless E2E_ICEWS=0) into a temporary store, starts `dipgraph serve` on a free loopback port and
# runs explorer.test.mjs (playwright-core driving Debian's /usr/bin/chromium).
#   usage: tests/e2e/run.sh DIPGRAPH_BINARY [OUTPUT_DIR]   (the screenshot goes to OUTPUT_DIR)
# Exits 77 (skipped) when chromium, node/npm, playwright-core or ../shared is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:?usage: run.sh DIPGRAPH_BINARY [OUTPUT_DIR]}")
out=$(realpath "${2:-$PWD}")
shared=$(realpath -m "$here/../../../shared")
article=$shared/corpus/reuters-2010-11-03-nato-russia.txt
icews=$shared/data/icews14/icews14_readable.tsv

skip() { echo "skipped: $*"; exit 77; }
[ -x /usr/bin/chromium ] || skip "/usr/bin/chromium is absent (apt-get install chromium)"
command -v node >/dev/null && command -v npm >/dev/null || skip "node or npm is absent"
[ -f "$article" ] || skip "the seed article is absent ($article)"
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && timeout 300 npm install --no-audit --no-fund --silent) ||
    skip "npm install playwright-core failed (offline?)"
fi

tmp=$(mktemp -d)
pid=
cleanup() {
  local rc=$?
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
db=$tmp/e2e.db
"$bin" ingest --db "$db" "$article" >/dev/null
if [ "${E2E_ICEWS:-1}" = 1 ] && [ -f "$icews" ]; then
  "$bin" import --db "$db" tkg "$icews" >/dev/null
fi

"$bin" serve --db "$db" --port 0 >"$tmp/serve.log" 2>&1 &
pid=$!
url=
for _ in $(seq 1 600); do  # up to 60 s: sanitizer builds start slowly
  url=$(grep -o 'http://[0-9.:]*/' "$tmp/serve.log" || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/serve.log"; echo "dipgraph serve exited"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$tmp/serve.log"; echo "dipgraph serve did not start"; exit 1; }
echo "serving $url"
DIPGRAPH_URL=$url SCREENSHOT_DIR=$out timeout 180 node "$here/explorer.test.mjs"
