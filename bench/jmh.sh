#!/usr/bin/env bash
# The JMH benchmark suite (bench/src/java, issue 14): each stage (load, compute, layout, DOCX, PDF,
# text) on the samples and on generated plans of 10 to 10,000 budget and task rows, one thread, warm.
# Builds with the Maven profile `bench`, runs JMH, and prints each stage's median in ms per plan.
#   bench/jmh.sh                          # the issue's settings: 20 warm-ups, median of 31 (long)
#   QUICK=1 bench/jmh.sh                  # a quick look: 3 warm-ups, 5 iterations of 1 s
#   bench/jmh.sh -p plan=rows-1000 'StagesBench\.(layout|pdf)'   # any JMH options and a pattern
# QUICK sets -f, -wi, -w, -i and -r: give those yourself only without it.
# RESULT=file.json keeps JMH's JSON (default target/jmh.json). OFFLINE=1 builds with mvn -o.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
result="${RESULT:-$here/target/jmh.json}"
mvn_opts=(-B -q -Pbench -DskipTests -Dspotless.check.skip=true)
[ -n "${OFFLINE:-}" ] && mvn_opts+=(-o)
mvn "${mvn_opts[@]}" test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
settings=()
if [ -n "${QUICK:-}" ]; then
  settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
fi
mkdir -p "$(dirname "$result")"
java -cp "$cp" org.openjdk.jmh.Main "${settings[@]}" -jvmArgsAppend "-Dkehoach.root=$here" \
  -rf json -rff "$result" "$@"
# The table: one row per plan, one column per stage, each the median of the iterations in ms.
if command -v python3 >/dev/null; then
  python3 - "$result" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
stages, plans, cell = [], [], {}
for r in runs:
    stage = r["benchmark"].rsplit(".", 1)[1]
    plan = r.get("params", {}).get("plan", "")
    if stage not in stages: stages.append(stage)
    if plan not in plans: plans.append(plan)
    cell[plan, stage] = r["primaryMetric"]["scorePercentiles"]["50.0"]
print()
print("median ms per operation (" + str(runs[0]["measurementIterations"]) + " iterations after "
      + str(runs[0]["warmupIterations"]) + " warm-ups)")
print("| plan | " + " | ".join(stages) + " |")
print("|---|" + "---:|" * len(stages))
for p in plans:
    print("| " + p + " | " + " | ".join(
        ("%.2f" % cell[p, s]) if (p, s) in cell else "" for s in stages) + " |")
PY
else
  echo "(python3 not found: the figures are in $result and JMH's summary above)"
fi
