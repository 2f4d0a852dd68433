#!/usr/bin/env bash
# Benchmark: POST /api/render?format=pdf of samples/ninh-thuan-2024.yaml to a running
# `kehoach serve`, at 1, 4 and 16 concurrent clients; prints the median and 99th percentile of the
# response times (seconds, as curl measures them: request sent to last byte received), the
# throughput, and how many answers were not 200 (429 when the queue was full). A benchmark, not a
# test: the numbers depend on the machine; docs/performance.md records ours.
#   bench/serve-render.sh                 # starts its own server (java -jar, default settings)
#   URL=http://host:8080 bench/serve-render.sh   # or measures one already running
#   FORMAT=docx REQUESTS=64 bench/serve-render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
format="${FORMAT:-pdf}"
requests="${REQUESTS:-48}"          # per concurrency level, at least one per client
model="$here/samples/ninh-thuan-2024.yaml"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${URL:-}" ]; then
  "$here/kehoach" --version >/dev/null   # builds the jar if needed
  port="${PORT:-18765}"
  # the server as deployed (docs/deploy.md): java -jar with the full JIT, not the launcher's C1 only
  java -jar "$here/target/kehoach.jar" serve --workspace "$work/plans" --port "$port" \
    >"$work/server.out" 2>"$work/server.err" &
  server=$!
  URL="http://127.0.0.1:$port"
  for _ in $(seq 1 60); do
    curl -sf "$URL/health" >/dev/null && break
    sleep 0.5
  done
fi
auth=()
[ -n "${KEHOACH_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $KEHOACH_TOKEN")
render() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${auth[@]}" \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$model" \
    "$URL/api/render?format=$format&name=ninh-thuan-2024.yaml"
}
# warm-up: the JIT and the renderer's caches, as on a server that has been running a while
for _ in $(seq 1 8); do render >/dev/null; done
printf '%-8s %8s %8s %8s %8s %10s\n' clients requests median p99 non-200 "req/s"
for clients in 1 4 16; do
  per=$(( (requests + clients - 1) / clients ))
  : >"$work/times"
  start=$(date +%s.%N)
  for c in $(seq 1 "$clients"); do
    ( for _ in $(seq 1 "$per"); do render; done >>"$work/times.$c" ) &
  done
  wait $(jobs -p | grep -v "^${server:-none}$") 2>/dev/null || true
  end=$(date +%s.%N)
  cat "$work"/times.* >"$work/times"; rm -f "$work"/times.*
  total=$(wc -l <"$work/times")
  bad=$(awk '$1 != 200' "$work/times" | wc -l)
  awk '$1 == 200 {print $2}' "$work/times" | sort -n >"$work/sorted"
  n=$(wc -l <"$work/sorted")
  median=$(awk -v n="$n" 'NR == int((n + 1) / 2) {print}' "$work/sorted")
  p99=$(awk -v n="$n" 'BEGIN {k = int(n * 0.99 + 0.999)} NR == k {print}' "$work/sorted")
  rate=$(awk -v t="$total" -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", t / (e - s)}')
  printf '%-8s %8s %8.3f %8.3f %8s %10s\n' "$clients" "$total" "$median" "$p99" "$bad" "$rate"
done
