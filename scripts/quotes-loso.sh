#!/usr/bin/env bash
# Leave-one-story-out figures for the tuned constants and word lists of the entities and quotes stages
# (docs/quotes.md): each setting is one run of the entities, quotes and framing stages on the dev stories
# (articles prepared once), scored story by story; then, for each held-out story, the setting that scores
# best on the other five, and the held-out story's figures under it and under the shipped setting.
#   scripts/quotes-loso.sh [OUT_DIR]     needs ../shared and a build (mvn -o install -DskipTests, test classes)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$ROOT/../shared"
OUT="${1:-$ROOT/target/quotes-loso}"
mkdir -p "$OUT"
ARTICLES="$SHARED/data/stories-dev/articles.jsonl"
GOLD="$SHARED/gold/stories"
CP="$ROOT/parallax-core/target/test-classes:$ROOT/parallax-core/target/classes:$(cat "$ROOT/parallax-cli/target/classpath.txt")"
# run OPTION ARGS...: one JVM option (a -D setting), then the arguments of QuoteDevScore
run() { local opt="$1"; shift; java -XX:-DontCompileHugeMethods -Xmx4g "$opt" -cp "$CP" org.parallax.QuoteDevScore "$@"; }
[ -f "$OUT/articles.bin" ] || { echo "preparing the dev articles ..." >&2; run -Dx=1 prepare "$ARTICLES" "$OUT/articles.bin"; }
# knob|property|shipped|values (a list knob: property parallax.wordlists.off, values "on off")
KNOBS="${KNOBS:-minDisputedWords|parallax.quotes.minDisputedWords|8|4 6 8 12
localShare|parallax.quotes.localShare|0.7|0.5 0.6 0.7 0.8 0.9
minLocalWords|parallax.quotes.minLocalWords|5|3 4 5 6 8
frameLengths|parallax.quotes.frameLengths|0.6|0.4 0.5 0.6 0.7 0.8
maxRunOn|parallax.quotes.maxRunOn|3|0 1 2 3 5
spellings.tsv|list|on|on off
org-words.txt|list|on|on off
org-designators.txt|list|on|on off
place-abbreviations.tsv|list|on|on off
portfolios.txt|list|on|on off
diminutives.tsv|list|on|on off
place-names.tsv|list|on|on off}"
: > "$OUT/runs.tsv"
while IFS='|' read -r knob prop shipped values; do
  for v in $values; do
    if [ "$prop" = list ]; then
      opt="-Dparallax.wordlists.off=$([ "$v" = off ] && echo "$knob" || echo none)"
    else
      opt="-D$prop=$v"
    fi
    f="$OUT/$knob=$v.json"
    if [ ! -s "$f.scores" ]; then
      echo "$knob=$v ..." >&2
      run "$opt" score "$ARTICLES" "$OUT/articles.bin" "$GOLD" "$f"
      python3 "$SHARED/eval/stories_score.py" "$f" "$GOLD" "$ARTICLES" --json | grep -v '^note\|^score:' > "$f.scores"
    fi
    printf '%s\t%s\t%s\t%s\n' "$knob" "$shipped" "$v" "$f.scores" >> "$OUT/runs.tsv"
  done
done <<< "$KNOBS"
python3 "$ROOT/scripts/loso.py" "$OUT/runs.tsv" | tee "$OUT/loso.txt"
