#!/usr/bin/env bash
# Two or more builds of kehoach A/B in one JVM (issue 14; bench/src/java/kehoach/bench/SameJvm.java):
# each jar in its own class loader, the same stage on the same plans by each in turn, a block of
# documents at a time; prints each jar's median thread CPU time per document and its ratio to the
# first jar's. For changes too small to separate with JMH on a shared machine.
#   bench/ab.sh old.jar new.jar
#   STAGE=pdf PLANS=budget-2080 ROUNDS=16 BLOCK=3 bench/ab.sh old.jar new.jar
# STAGE: model-to-pdf (default), load-and-compute, document, layout, pdf (layout and writer), docx.
# PLANS: samples' base names or generated plans (rows-100, budget-2080 ...), comma-separated.
# Make a jar of a commit with: git worktree add /tmp/old COMMIT && (cd /tmp/old && mvn -q -DskipTests package)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
jars=()
for jar in "$@"; do
  [ -f "$jar" ] || { echo "ab.sh: no jar $jar" >&2; exit 2; }
  jars+=("$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")")
done
cd "$here"
mvn_opts=(-B -q -Pbench -DskipTests -Dspotless.check.skip=true)
[ -n "${OFFLINE:-}" ] && mvn_opts+=(-o)
mvn "${mvn_opts[@]}" test-compile >&2
exec java -Dstage="${STAGE:-model-to-pdf}" \
  -Dplans="${PLANS:-ninh-thuan-2024,tay-ninh-2024,nam-dinh-2023}" \
  -Drounds="${ROUNDS:-40}" -Dblock="${BLOCK:-60}" -Dkehoach.root="$here" \
  -cp target/test-classes kehoach.bench.SameJvm "${jars[@]}"
