#!/usr/bin/env bash
# Renders the home page, a story page (the seed story, and a story of 32 articles from 32 outlets) and the
# static report at 390 px and 1400 px into target/screenshots/, for a person to look at. It runs the browser
# test that also checks those pages (StoryPagesBrowserTest: Debian's chromium and chromedriver), which prints
# each page's height and width. Takes several minutes: the stories are analysed for real.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || { echo "screenshots: install chromium and chromium-driver first" >&2; exit 2; }
# in the reactor, so the test runs against this tree's modules
mvn -B -o -pl parallax-web -am test -Dtest=StoryPagesBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "^page |Tests run|FAIL|ERROR" || true
mkdir -p target/screenshots
for shot in home seeds-story wide-story report; do
  cp parallax-web/target/screenshots/"$shot"-*.png target/screenshots/ 2>/dev/null || echo "screenshots: no $shot" >&2
done
ls -1 target/screenshots/
