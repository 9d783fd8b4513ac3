#!/usr/bin/env bash
# Fuzzes the readers, cleaning and sentence splitting with Jazzer for longer than CI does (issue 18).
#   scripts/fuzz.sh        # 4 minutes a target, two targets at a time: about 15 minutes in all
#   scripts/fuzz.sh 7m     # 7 minutes a target: about 30 minutes
#   scripts/fuzz.sh 7m -o  # further arguments go to Maven (-o: offline)
# Here the libraries are instrumented too (jsoup, ROME, jwarc, Jackson), so the fuzzer steers into their
# parsers; CI instruments Parallax's own classes only, to stay within its two minutes. A crash, an
# exception or an input slower than the target's @Timeout is written to the target's inputs folder under
# parallax-core/src/test/resources/org/parallax/ and fails the run; from then on it runs as a test.
# The corpus grows in parallax-core/.cifuzz-corpus (ignored by git) from one run to the next.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-4m}"
shift || true
exec nice -n 10 mvn -B -pl parallax-core -Pfuzz -DskipTests verify -Dfuzz.duration="$DURATION" \
  -Dfuzz.instrument='org.parallax.**:org.jsoup.**:com.rometools.**:org.netpreserve.jwarc.**:com.fasterxml.jackson.core.**' "$@"
