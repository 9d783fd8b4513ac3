#!/usr/bin/env bash
# The web app's end-to-end check, through the real launcher and curl:
#   start `parallax serve` on a free port with a temporary --data folder, POST a story's articles as one
#   JSON array, find one story holding them all, read its quotes and claims, add a hostile article and
#   check `/` and the story pages carry no live markup from it, restart and find every article again.
# Usage: scripts/check-web.sh [FOLDER_OF_TXT_ARTICLES]   (default ../shared/seeds, else examples/harbour-strike)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-../shared/seeds}"
[ -d "$folder" ] || folder=examples/harbour-strike
data="$(mktemp -d)"
log="$data/server.log"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
pid=""
fail() { echo "check-web: FAIL: $*" >&2; [ -n "$pid" ] && kill "$pid" 2>/dev/null; exit 1; }
start() {
  ./parallax serve --port "$port" --data "$data" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "$base/api/stories" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$log" >&2
  fail "server did not answer on $base"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT

articles="$(python3 - "$folder" <<'EOF'
import json, pathlib, sys
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.suffix == ".txt")
print(json.dumps([{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files]))
EOF
)"
ids="$(python3 -c 'import json,sys; print(" ".join(a["id"] for a in json.loads(sys.argv[1])))' "$articles")"
echo "check-web: $(echo $ids | wc -w) articles from $folder, server on $base, data in $data"

start
posted="$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "$articles" "$base/api/articles")" \
  || fail "POST /api/articles"
echo "check-web: posted -> $(echo "$posted" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(len(b["ids"]), "ids, stories", b.get("stories"))')"

story="$(curl -fsS "$base/api/stories" | python3 -c '
import json, sys
want = set(sys.argv[1].split())
hits = [s for s in json.load(sys.stdin)["stories"] if want <= set(s["documents"])]
print(hits[0]["id"] if len(hits) == 1 else "")' "$ids")"
[ -n "$story" ] || fail "no single story holds all of: $ids"
echo "check-web: story $story holds every article"

curl -fsS "$base/api/stories/$story" | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["quotes"] and s["claims"], "story has no quotes or no claims"
print("check-web: story", s["id"], "has", len(s["quotes"]), "quotes,", len(s["claims"]), "claims,", len(s["conflicts"]), "conflicts")
' || fail "GET /api/stories/$story"

hostile='{"id": "hostile-1", "title": "<script>alert(1)</script> Ferry news", "outlet": "<img src=x onerror=alert(2)>",
 "text": "The ferry <script>alert(3)</script> left port on Monday, officials said. <img src=x onerror=alert(4)> \"</script><b>bold</b>\" said a sailor."}'
hstory="$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "$hostile" "$base/api/articles" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0])')" || fail "POST hostile article"
for page in / "/stories/$story" "/stories/$hstory"; do
  curl -fsS "$base$page" > "$data/page.html" || fail "GET $page"
  if grep -qiE '<script>alert|<img src=x onerror|<b>bold</b>' "$data/page.html"; then
    fail "unescaped article markup on $page"
  fi
  grep -q '&lt;script&gt;alert' "$data/page.html" || [ "$page" = "/stories/$story" ] || fail "hostile text not shown escaped on $page"
done
echo "check-web: /, /stories/$story and /stories/$hstory show the hostile article as text"
stop

start
curl -fsS "$base/api/stories" | python3 -c '
import json, sys
want = set(sys.argv[1].split()) | {"hostile-1"}
stored = {d for s in json.load(sys.stdin)["stories"] for d in s["documents"]}
missing = want - stored
assert not missing, "lost after restart: %s" % sorted(missing)
print("check-web: after a restart all", len(want), "articles are still there")
' "$ids" || fail "articles lost after restart"
stop
echo "check-web: OK"
