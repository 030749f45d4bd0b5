#!/usr/bin/env bash
# Scores `dipgraph extract --json` on the seed article with the shared scorer and its thresholds.
# Exit 77 (ctest: skipped) when ../shared is absent, as in a user's clone.
set -euo pipefail
bin=$1
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
if [ ! -f "$shared/eval/score_extraction.py" ]; then
  echo "skipped: $shared is absent (the seed article and its gold live there)"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract --json "$shared/corpus/reuters-2010-11-03-nato-russia.txt" > "$out"
summary=$(python3 "$shared/eval/score_extraction.py" "$shared/gold/reuters-2010-11-03-nato-russia.gold.json" \
  "$out" --min-actor-recall 1.0 --min-affiliation-recall 1.0 --min-recall 1.0 --min-precision 0.8 \
  --max-violations 0 --max-splits 0 --max-forbidden 0)
echo "$summary"
for want in published=1.00 dateline=1.00 kind_accuracy=1.00 evidence=1.00; do
  grep -q "$want" <<<"$summary" || { echo "FAILED: $want"; exit 1; }
done
