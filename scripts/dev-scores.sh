#!/usr/bin/env bash
# Runs Parallax on every development set in ../shared and prints each scorer's summary line.
#   scripts/dev-scores.sh [OUT_DIR] [SET ...]     sets: seeds stories meantime ecbplus extraction dates
# Needs ../shared beside the repository; reports go to OUT_DIR (default target/dev-scores).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$ROOT/../shared"
[ -d "$SHARED/eval" ] || { echo "dev-scores: $SHARED is missing" >&2; exit 2; }
OUT="${1:-$ROOT/target/dev-scores}"
shift || true
SETS="${*:-seeds stories meantime ecbplus}"
mkdir -p "$OUT"
for set in $SETS; do
  case "$set" in
    seeds)
      "$ROOT/parallax" analyze "$SHARED/seeds" --out "$OUT/seeds" -q
      python3 "$SHARED/eval/score.py" "$OUT/seeds/report.json" "$SHARED/gold/seeds.gold.json" "$SHARED/seeds" | tail -1 | sed 's/^/seeds: /' ;;
    stories)
      "$ROOT/parallax" analyze "$SHARED/data/stories-dev/articles.jsonl" --out "$OUT/stories" -q
      python3 "$SHARED/eval/stories_score.py" "$OUT/stories/report.json" "$SHARED/gold/stories" \
        "$SHARED/data/stories-dev/articles.jsonl" > "$OUT/stories.txt"
      grep -v '^note' "$OUT/stories.txt" ;;
    meantime)
      "$ROOT/parallax" analyze "$SHARED/data/meantime-dev/articles.jsonl" --out "$OUT/meantime" -q
      python3 "$SHARED/eval/time_score.py" "$OUT/meantime/report.json" "$SHARED/data/meantime-dev/gold.json" \
        "$SHARED/data/meantime-dev/articles.jsonl" | tail -1 | sed 's/^/meantime: /' ;;
    ecbplus)
      "$ROOT/parallax" cluster "$SHARED/data/ecbplus-dev/articles.jsonl" --out "$OUT/ecbplus" -q
      python3 "$SHARED/eval/cluster_score.py" "$OUT/ecbplus/report.json" "$SHARED/data/ecbplus-dev/gold.json" | tail -1 | sed 's/^/ecbplus: /' ;;
    extraction)
      "$ROOT/parallax" cluster "$SHARED/data/extraction-dev/pages.jsonl.gz" --out "$OUT/extraction" -q
      python3 "$SHARED/eval/extract_score.py" "$OUT/extraction/report.json" "$SHARED/data/extraction-dev/gold.json" | tail -1 | sed 's/^/extraction: /' ;;
    dates)
      "$ROOT/parallax" cluster "$SHARED/data/dates-dev/pages.jsonl.gz" --out "$OUT/dates" -q
      python3 "$SHARED/eval/date_score.py" "$OUT/dates/report.json" "$SHARED/data/dates-dev/gold.json" | tail -1 | sed 's/^/dates: /' ;;
    *) echo "dev-scores: unknown set $set" >&2; exit 2 ;;
  esac
done
