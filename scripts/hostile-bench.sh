#!/usr/bin/env bash
# Times `./parallax analyze` on issue 18's hostile inputs, one process each under a 2 GB heap, and prints
# wall and CPU time and the largest heap in use before a collection.
#   scripts/hostile-bench.sh             # all four, then the example story as the baseline (model loading)
#   scripts/hostile-bench.sh deep.html   # one of them
# The inputs: a 2 MB and a 15 MB text (the example story's paragraphs, numbered and repeated), a page
# nested 100,000 levels deep, a page of a million paragraphs. Written once to target/hostile-bench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/target/hostile-bench"
mkdir -p "$DIR/in"
cd "$DIR/in"

long_text() { # $1 characters, $2 file
  awk -v want="$1" 'BEGIN { RS = ""; n = 0 } length($0) > 40 { p[n++] = $0 }
    END { w = 0; for (i = 0; w < want; i++) { s = "Part " i ". " p[i % n] "\n\n"; printf "%s", s; w += length(s) } }' \
    "$ROOT"/examples/harbour-strike/0[234]-*.txt > "$2"
}
[ -f big-2mb.txt ] || long_text 2000000 big-2mb.txt
[ -f big-15mb.txt ] || long_text 15000000 big-15mb.txt
P="The harbour board met on Monday to discuss the new berth, and members said the vote would be held next week after a second reading of the plans."
[ -f deep.html ] || awk -v p="$P" 'BEGIN { printf "<html><head><title>Deep</title></head><body>";
  for (i = 0; i < 100000; i++) printf "<div>"; printf "<p>%s</p>", p;
  for (i = 0; i < 100000; i++) printf "</div>"; printf "</body></html>" }' > deep.html
[ -f million.html ] || awk 'BEGIN { printf "<html><head><title>Many</title></head><body><article>";
  for (i = 0; i < 1000000; i++) printf "<p>Line %d.</p>", i; printf "</article></body></html>" }' > million.html

INPUTS=("$@")
[ ${#INPUTS[@]} -gt 0 ] || INPUTS=(big-2mb.txt big-15mb.txt deep.html million.html example)
printf '%-14s %8s %10s %9s %10s  %s\n' input size wall cpu "peak heap" warnings
for f in "${INPUTS[@]}"; do
  path="$DIR/in/$f"; [ "$f" = example ] && path="$ROOT/examples/harbour-strike"
  log="$DIR/gc-$f.log"; rm -f "$log"
  start=$(date +%s.%N)
  err=$( { PARALLAX_JAVA_OPTS="-Xmx2g -Xlog:gc:file=$log" TIMEFORMAT='%U %S' bash -c 'time "$0" analyze "$1" -o "$2" -q' \
    "$ROOT/parallax" "$path" "$DIR/out-$f"; } 2>&1 >/dev/null ) || { echo "$f: analyze failed"; echo "$err"; continue; }
  end=$(date +%s.%N)
  cpu=$(echo "$err" | tail -1 | awk '{ printf "%.1f", $1 + $2 }')
  warnings=$(echo "$err" | grep -c 'warning:' || true)
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$log" | awk -F'M' '{ if ($1 + 0 > m) m = $1 + 0 } END { print m + 0 }')
  size=$(du -sh "$path" | cut -f1)
  printf '%-14s %8s %9.1fs %8ss %8s MB  %s\n' "$f" "$size" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$cpu" "$peak" "$warnings"
done
echo "(-Xmx2g; wall time includes loading the models, which the example story's line shows alone)"
