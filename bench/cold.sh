#!/usr/bin/env bash
# Cold command-line figures (issue 14): a new JVM per run, through ./kehoach as a clerk runs it
# (class-data sharing, client compiler). Wall time and peak resident memory of
#   ./kehoach render samples/ninh-thuan-2024.yaml            (DOCX and PDF)
#   ./kehoach check samples/ninh-thuan-2024.yaml
#   ./kehoach batch (102 plans: the three samples in turn, each with its own number) -j 2
# each RUNS times (default 3), with the median, and the machine's pace in the same rounds (an empty
# JVM's start: a slow spell of the machine shows there). Peak memory from /usr/bin/time -v,
# wall time from bash 5's clock around it, less what measuring `true` takes; without
# /usr/bin/time, bash's clock and the peak (VmHWM) read from /proc while the process runs.
#   bench/cold.sh            RUNS=5 bench/cold.sh            PLANS=102 JOBS=2 bench/cold.sh
# With BASE, another tree of kehoach (a checkout of an earlier commit), each run of this tree is
# followed by the same run through BASE's ./kehoach, and both medians are printed: the machine's
# speed drifts by 10-20 % over minutes, and runs in turn share the drift (docs/performance.md).
#   git worktree add /tmp/before COMMIT && BASE=/tmp/before RUNS=15 bench/cold.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
plans="${PLANS:-102}"
jobs="${JOBS:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
base="${BASE:-}"
# Builds the jar if needed; a second run makes the class-data archive, so that neither is measured.
for launcher in ./kehoach ${base:+"$base/kehoach"}; do
  "$launcher" --version >/dev/null
  "$launcher" check samples/ninh-thuan-2024.yaml >/dev/null
  # A class-data archive Java cannot map is skipped without a word, and every run is then 0.1 to
  # 0.2 s slower: -Xshare:on makes that an error here, before anything is measured.
  for command in "check -q" "render -o $work --format docx,pdf"; do
    # shellcheck disable=SC2086 # the command's words
    if ! JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" $command samples/ninh-thuan-2024.yaml \
      >/dev/null 2>"$work/share.txt"; then
      echo "bench/cold.sh: $launcher $command does not map its class-data archive:" >&2
      cat "$work/share.txt" >&2
      exit 1
    fi
  done
done

if [ -x /usr/bin/time ]; then
  how="/usr/bin/time -v (memory) and bash's clock (wall time, less the cost of measuring)"
else
  how="bash's time and /proc/PID/status VmHWM (/usr/bin/time is not installed)"
fi

# What measuring itself adds to a wall time, in microseconds: set below, from `true`.
overhead=0

# Runs "$@" once; prints "SECONDS KB". The wall time is bash 5's clock (EPOCHREALTIME, to the
# microsecond) around /usr/bin/time, less $overhead (starting /usr/bin/time, about 6 ms here):
# /usr/bin/time's own clock is cut to the hundredth of a second, too coarse for a check of 0.3 s.
# With an older bash, /usr/bin/time's, to the hundredth.
measure() {
  if [ -x /usr/bin/time ]; then
    local now="${EPOCHREALTIME:-}"
    local start="${now/[^0-9]/}"
    if ! /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"; then
      cat "$work/stderr.txt" "$work/time.txt" >&2
      return 1
    fi
    now="${EPOCHREALTIME:-}"
    LC_ALL=C awk -v start="$start" -v end="${now/[^0-9]/}" -v overhead="$overhead" -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
      /Maximum resident set size/ { kb = $2 }
      END {
        if (start == "" || end == "") { printf "%.2f %d\n", s, kb; exit }
        printf "%.3f %d\n", (end - start - overhead) / 1e6, kb
      }' "$work/time.txt"
  else
    local start end peak=0 hwm
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/stderr.txt" &
    local pid=$!
    # ./kehoach ends in exec java, so the pid is the JVM's; its high-water mark only grows.
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && peak=$hwm
      sleep 0.02
    done
    wait "$pid"
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) $peak"
  fi
}

# The machine's pace: a JVM that does nothing, with the short commands' options (81-88 ms on a
# quiet day). This machine's speed drifts by up to 40 % within minutes (docs/performance.md); each
# row's rounds start with it, and its median beside the row's shows how fast the machine was then.
PACE=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -version)

# Runs a command RUNS times and prints one line: each run, then the median, and the machine's pace
# in the same rounds. KEHOACH in the command stands for the launcher: ./kehoach, and with BASE,
# BASE's in turn (a second line).
row() {
  local label="$1"
  shift
  local sides=(./kehoach)
  [ -n "$base" ] && sides+=("$base/kehoach")
  local all=() secs=() kbs=() paces="" side r
  for ((r = 0; r < runs; r++)); do
    read -r s _ < <(measure "${PACE[@]}")
    paces+="$s "
    for side in "${!sides[@]}"; do
      read -r s kb < <(measure "${@/#KEHOACH/${sides[$side]}}")
      all[side]+="${s}s/$((kb / 1024))MB "
      secs[side]+="$s "
      kbs[side]+="$kb "
    done
  done
  local ms mk mp
  # shellcheck disable=SC2086 # the list's words
  mp=$(printf '%s\n' $paces | sort -g | sed -n "$(((runs + 1) / 2))p")
  for side in "${!sides[@]}"; do
    ms=$(printf '%s\n' ${secs[side]} | sort -g | sed -n "$(((runs + 1) / 2))p")
    mk=$(printf '%s\n' ${kbs[side]} | sort -g | sed -n "$(((runs + 1) / 2))p")
    printf '| %s | %s s | %d MB | %s s | %s |\n' "$label${base:+ (${sides[$side]})}" "$ms" \
      "$((mk / 1024))" "$mp" "${all[side]% }"
  done
}

# The batch's plans: the three samples in turn, each with its own number, so no two are alike.
mkdir -p "$work/plans"
i=0
while [ "$i" -lt "$plans" ]; do
  for s in ninh-thuan-2024 tay-ninh-2024 nam-dinh-2023; do
    [ "$i" -lt "$plans" ] || break
    sed -e "s/^  place: /  number: $((i + 1))\n  place: /" "samples/$s.yaml" \
      | sed -e "/^  number: [0-9]*$/{n;/^  number: /d}" >"$work/plans/plan-$i.yaml"
    i=$((i + 1))
  done
done

# What measuring adds to a wall time: the median of 11 measures of `true`, started as the commands
# are, in microseconds (none without bash 5's clock, when /usr/bin/time's own is used).
if [ -x /usr/bin/time ] && [ -n "${EPOCHREALTIME:-}" ]; then
  calibration=()
  for _ in 1 2 3 4 5 6 7 8 9 10 11; do
    read -r s _ < <(measure true)
    calibration+=("$s")
  done
  overhead=$(printf '%s\n' "${calibration[@]}" | sort -g | sed -n 6p \
    | LC_ALL=C awk '{ printf "%d", $1 * 1e6 }')
  how="$how: $(LC_ALL=C awk -v o="$overhead" 'BEGIN { printf "%.1f", o / 1000 }') ms"
fi

echo "cold runs through ./kehoach${base:+ and $base/kehoach in turn}, $runs each, measured with $how; $(nproc) cores"
echo "| command | median wall | median peak RSS | the machine's pace | runs |"
echo "|---|---:|---:|---:|---|"
row "render ninh-thuan-2024 (docx, pdf)" \
  KEHOACH render samples/ninh-thuan-2024.yaml -o "$work/out" --format docx,pdf
row "check ninh-thuan-2024" KEHOACH check samples/ninh-thuan-2024.yaml
row "batch of $plans plans (docx, pdf), -j $jobs" \
  bash -c 'rm -rf "$1" && exec "$4" batch "$2" -o "$1" -q -j "$3" --format docx,pdf' _ \
  "$work/batch" "$work/plans" "$jobs" KEHOACH
echo "batch report: $(tail -n +2 "$work/batch/report.csv" | cut -d, -f2 | sort | uniq -c | tr '\n' ' ')"
