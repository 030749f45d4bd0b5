#!/usr/bin/env bash
# Load test of `dipgraph serve`: 8 concurrent keep-alive clients (wrk, 2 threads) for 20 seconds
# against /api/who-met on the ICEWS14 graph, each request for one of the 50 most connected actors
# in turn. Prints requests/s, latency percentiles (p50, p99, max) and the error count; exits 1 on
# any error (socket error or non-2xx reply). Loopback only, bounded in time.
#   usage: bench/serve_load.sh DIPGRAPH_BINARY [DB]   (no DB: ICEWS14 is imported into a temp one)
#   env: CLIENTS (8), DURATION (20s)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:?usage: serve_load.sh DIPGRAPH_BINARY [DB]}")
clients=${CLIENTS:-8}
duration=${DURATION:-20s}
command -v wrk >/dev/null || { echo "serve_load: wrk is absent (apt-get install wrk)" >&2; exit 77; }
command -v curl >/dev/null || { echo "serve_load: curl is absent" >&2; exit 77; }

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
db=${2:-}
if [ -z "$db" ]; then
  db=$tmp/icews14.db
  tsv=$here/../../shared/data/icews14/icews14_readable.tsv
  echo "importing $tsv"
  "$bin" import --db "$db" tkg "$tsv" | tail -1
fi

"$bin" serve --db "$db" --port 0 >"$tmp/serve.log" 2>&1 &
pid=$!
url=
for _ in $(seq 1 300); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/serve.log" || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$tmp/serve.log"; exit 1; }
head -1 "$tmp/serve.log"

ids=$(curl -sf "${url}api/actors?limit=50" |
  python3 -c 'import json,sys; print(" ".join(str(a["id"]) for a in json.load(sys.stdin)["actors"]))')
{
  echo "local paths = {"
  for id in $ids; do echo "  \"/api/who-met?actor=$id&limit=100\","; done
  echo "}"
  cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("requests    %d in %.1f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests/s  %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency     p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors      %d (connect %d, read %d, write %d, non-2xx %d, timeout %d)\n",
    errors, e.connect, e.read, e.write, e.status, e.timeout))
end
LUA
} >"$tmp/who_met.lua"

echo "wrk: $clients connections, 2 threads, $duration, /api/who-met over $(echo $ids | wc -w) actors"
timeout 120 wrk -t2 -c"$clients" -d"$duration" --timeout 5s -s "$tmp/who_met.lua" "$url" |
  tee "$tmp/wrk.out" | sed -n '/^requests /,$p'
grep -q '^errors      0 ' "$tmp/wrk.out"
