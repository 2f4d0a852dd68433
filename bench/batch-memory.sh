#!/usr/bin/env bash
# Benchmark: renders N generated plans (default 2000) with kehoach batch in a 256 MB heap, and
# prints the time taken, the peak memory of the process and the report's counts.
#   bench/batch-memory.sh [N] [JOBS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
jobs="${2:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/kehoach" --version >/dev/null   # builds the jar if needed
# N plans: the three samples in turn, each with its own number and date, so no two are alike.
i=0
while [ "$i" -lt "$n" ]; do
  for s in ninh-thuan-2024 tay-ninh-2024 nam-dinh-2023; do
    [ "$i" -lt "$n" ] || break
    sed -e "s/^  place: /  number: $((i + 1))\n  place: /" "$here/samples/$s.yaml" \
      | sed -e "/^  number: [0-9]*$/{n;/^  number: /d}" > "$work/plan-$i.yaml"
    i=$((i + 1))
  done
done
start=$(date +%s.%N)
/usr/bin/time -f "peak resident memory: %M KB" \
  java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$here/target/kehoach.jar" \
  batch "$work" -o "$work/out" -q -j "$jobs" --format docx,pdf
end=$(date +%s.%N)
echo "plans: $n, jobs: $jobs, seconds: $(echo "$end - $start" | bc)"
echo "report: $(tail -n +2 "$work/out/report.csv" | cut -d, -f2 | sort | uniq -c | tr '\n' ' ')"
