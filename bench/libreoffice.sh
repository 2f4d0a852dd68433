#!/usr/bin/env bash
# kehoach against an office suite (issue 14): LibreOffice converting kehoach's own DOCX of N plans
# to PDF in ONE soffice process, against kehoach making the PDF of the same N plans from their
# models in one process (kehoach batch -j 1: one thread, as soffice converts one file at a time).
# Both are timed with their start-up; each is also run on one plan, and the difference gives the
# cost of each further document without the start-up. The ratio is LibreOffice's per document over
# kehoach's. Last, kehoach warm, as the issue measures (one thread, the JVM warmed up: JMH's
# StagesBench.modelToPdf, model text to PDF bytes, on each of the three samples, the median of 31
# iterations after 20 warm-ups; QUICK=1 for 5 after 3), against LibreOffice's further document:
# the figure for a server or a long batch, where the JVM's start and warm-up are paid once.
#   bench/libreoffice.sh [N]      (default 30: the three samples in turn, each with its own number)
#   SKIP_WARM=1 bench/libreoffice.sh    without the JMH run
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-30}"
soffice="${SOFFICE:-soffice}"
command -v "$soffice" >/dev/null || {
  echo "libreoffice.sh: soffice not found (apt-get install libreoffice-writer-nogui)" >&2
  exit 1
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
./kehoach --version >/dev/null # builds the jar if needed

# N plans and the same plans' DOCX, as kehoach writes them.
mkdir -p "$work/plans" "$work/one"
i=0
while [ "$i" -lt "$n" ]; do
  for s in ninh-thuan-2024 tay-ninh-2024 nam-dinh-2023; do
    [ "$i" -lt "$n" ] || break
    sed -e "s/^  place: /  number: $((i + 1))\n  place: /" "samples/$s.yaml" \
      | sed -e "/^  number: [0-9]*$/{n;/^  number: /d}" >"$work/plans/plan-$i.yaml"
    i=$((i + 1))
  done
done
cp "$work/plans/plan-0.yaml" "$work/one/"
./kehoach batch "$work/plans" -o "$work/docx" -q --format docx >/dev/null
./kehoach batch "$work/one" -o "$work/docx-one" -q --format docx >/dev/null

seconds() { # runs "$@", prints the wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

profile="file://$work/lo-profile"
lo() { "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$@"; }
# The first start makes LibreOffice's user profile: not measured.
lo "$work/warm" "$work/docx-one/plan-0.docx" >/dev/null 2>&1
lo_one=$(seconds lo "$work/lo-one" "$work/docx-one/plan-0.docx")
lo_all=$(seconds lo "$work/lo-all" "$work"/docx/*.docx)
lo_pdfs=$(find "$work/lo-all" -name '*.pdf' | wc -l)

kh() { ./kehoach batch "$1" -o "$2" -q -j 1 --format pdf; }
kh "$work/one" "$work/warm-kh" >/dev/null 2>&1 # class-data archive, if the build was new
kh_one=$(seconds kh "$work/one" "$work/kh-one")
kh_all=$(seconds kh "$work/plans" "$work/kh-all")
kh_pdfs=$(find "$work/kh-all" -name '*.pdf' | wc -l)

per() { echo "scale=1; 1000 * $1 / $2" | bc -l; }
marginal() { echo "scale=1; 1000 * ($1 - $2) / ($3 - 1)" | bc -l; }
ratio() { echo "scale=1; $1 / $2" | bc -l; }
lo_per=$(per "$lo_all" "$n")
kh_per=$(per "$kh_all" "$n")
echo "$n plans; $("$soffice" --version 2>/dev/null | head -1 | cut -d' ' -f1-2), $(nproc) cores"
echo "| | LibreOffice DOCX → PDF | kehoach model → PDF | ratio |"
echo "|---|---:|---:|---:|"
printf '| one process, %d documents | %.2f s (%d PDFs) | %.2f s (%d PDFs) | |\n' \
  "$n" "$lo_all" "$lo_pdfs" "$kh_all" "$kh_pdfs"
printf '| one process, 1 document | %.2f s | %.2f s | |\n' "$lo_one" "$kh_one"
printf '| per document, start-up included | %s ms | %s ms | %s× |\n' \
  "$lo_per" "$kh_per" "$(ratio "$lo_per" "$kh_per")"
if [ "$n" -gt 1 ]; then
  lo_m=$(marginal "$lo_all" "$lo_one" "$n")
  kh_m=$(marginal "$kh_all" "$kh_one" "$n")
  printf '| per further document (start-up taken out) | %s ms | %s ms | %s× |\n' \
    "$lo_m" "$kh_m" "$(ratio "$lo_m" "$kh_m")"
fi

[ -n "${SKIP_WARM:-}" ] && exit 0
# kehoach warm: the mean of the three samples' medians (the N plans are the three in turn)
settings=(-f 1 -wi 20 -w 1s -i 31 -r 1s)
[ -n "${QUICK:-}" ] && settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
RESULT="$work/jmh.json" bench/jmh.sh "${settings[@]}" \
  -p plan=ninh-thuan-2024,tay-ninh-2024,nam-dinh-2023 'StagesBench\.modelToPdf$' >"$work/jmh.txt" 2>&1 \
  || { tail -20 "$work/jmh.txt" >&2; exit 1; }
kh_warm=$(python3 -c '
import json, sys
runs = json.load(open(sys.argv[1]))
each = [r["primaryMetric"]["scorePercentiles"]["50.0"] for r in runs]
print("%.2f" % (sum(each) / len(each)))' "$work/jmh.json")
if [ "$n" -gt 1 ]; then
  lo_w="$lo_m"
  lo_what="per further document"
else
  lo_w="$lo_per"
  lo_what="per document"
fi
printf '| kehoach warm (model → PDF, one thread; JMH, mean of the three samples'"'"' medians) against LibreOffice %s | %s ms | %s ms | %s× |\n' \
  "$lo_what" "$lo_w" "$kh_warm" "$(ratio "$lo_w" "$kh_warm")"
