#!/usr/bin/env bash
# The web app's end-to-end check, through the real launcher and curl:
#   start `parallax serve` on a free port with a temporary --data folder (or a scratch schema of a PostgreSQL
#   database), POST a story's articles as one JSON array (202 and a job), wait for the job, find one story
#   holding them all, read its quotes and claims, add a hostile article and check `/` and the story pages
#   carry no live markup from it, restart and find every article again, served before anything is analysed.
# Usage: scripts/check-web.sh [FOLDER_OF_TXT_ARTICLES] [--db postgresql://user@host:port/database]
#   (default folder ../shared/seeds, else examples/harbour-strike; --db needs psql to make the scratch schema)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=""
db=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    *) folder="$1"; shift ;;
  esac
done
folder="${folder:-../shared/seeds}"
[ -d "$folder" ] || folder=examples/harbour-strike
data="$(mktemp -d)"
log="$data/server.log"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
pid=""
schema=""
store=(--data "$data")
if [ -n "$db" ]; then
  command -v psql > /dev/null || { echo "check-web: --db needs psql to make a scratch schema" >&2; exit 2; }
  schema="px_check_$$"
  psql -q "$db" -c "CREATE SCHEMA $schema" > /dev/null
  case "$db" in *\?*) sep="&" ;; *) sep="?" ;; esac
  store=(--data "$data" --db "$db${sep}currentSchema=$schema")
fi
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -n "$schema" ] && psql -q "$db" -c "DROP SCHEMA IF EXISTS $schema CASCADE" > /dev/null 2>&1
  rm -rf "$data"
}
fail() { echo "check-web: FAIL: $*" >&2; [ -f "$log" ] && tail -5 "$log" >&2; exit 1; }
start() {
  ./parallax serve --port "$port" "${store[@]}" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fsS "$base/api/stories" > /dev/null 2>&1 && return 0
    sleep 0.25
  done
  cat "$log" >&2
  fail "server did not answer on $base"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
# the answer of GET /api/jobs/ID once the job is done
await_job() {
  for _ in $(seq 1 20); do
    answer="$(curl -fsS "$base/api/jobs/$1?wait=60")" || fail "GET /api/jobs/$1"
    state="$(echo "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')"
    [ "$state" = done ] && { echo "$answer"; return 0; }
  done
  fail "job $1 not done after 20 minutes"
}
trap cleanup EXIT

articles="$(python3 - "$folder" <<'PY'
import json, pathlib, sys
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.suffix == ".txt")
print(json.dumps([{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files]))
PY
)"
ids="$(python3 -c 'import json,sys; print(" ".join(a["id"] for a in json.loads(sys.argv[1])))' "$articles")"
echo "check-web: $(echo $ids | wc -w) articles from $folder, server on $base, data in ${schema:+PostgreSQL schema $schema, }$data"

start
posted="$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "$articles" "$base/api/articles")" \
  || fail "POST /api/articles"
job="$(echo "$posted" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b["job"])')"
echo "check-web: posted -> job $job; waiting for the background analysis"
await_job "$job" > /dev/null

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
hjob="$(curl -fsS -X POST -H 'Content-Type: application/json' --data-binary "$hostile" "$base/api/articles" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["job"])')" || fail "POST hostile article"
hstory="$(await_job "$hjob" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0])')"
for page in / "/stories/$story" "/stories/$hstory" "/jobs/$hjob"; do
  curl -fsS "$base$page" > "$data/page.html" || fail "GET $page"
  if grep -qiE '<script>alert|<img src=x onerror|<b>bold</b>' "$data/page.html"; then
    fail "unescaped article markup on $page"
  fi
  grep -q '&lt;script&gt;alert' "$data/page.html" || [ "$page" = "/stories/$story" ] || [ "$page" = "/jobs/$hjob" ] \
    || fail "hostile text not shown escaped on $page"
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
print("check-web: after a restart all", len(want), "articles are still there, served from the store")
' "$ids" || fail "articles lost after restart"
curl -fsS "$base/stories/$story" > /dev/null || fail "story page after restart"
stop
echo "check-web: OK"
