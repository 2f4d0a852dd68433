#!/usr/bin/env bash
# Benchmark: renders (docx,pdf) one plan whose body is a single long paragraph, at 100 KB and 1 MB
# of text, and with 10,000 and 100,000 ${total} placeholders in one paragraph; prints the seconds
# (wall clock and processor time: on a busy machine the second is the one to compare) and the peak
# memory of each run. Laying a paragraph out should grow linearly with its length:
# the 1 MB and 100,000 lines should take about ten times the 100 KB and 10,000 ones, not a hundred.
#   bench/long-paragraph.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/kehoach" --version >/dev/null   # builds the jar if needed
sentence="Tổ chức kiểm tra công tác cải cách hành chính tại 15 đơn vị ngày 05/01/2026 theo Quyết định số 1431/QĐ-UBND. "
# plan NAME PARAGRAPH: a complete plan whose first section is PARAGRAPH, with a budget appendix.
plan() {
  cat > "$work/$1.yaml" <<EOF
issuer:
  name: Ủy ban nhân dân tỉnh Lào Cai
document:
  number: 5
  place: Lào Cai
  date: 2026-01-05
title: Kiểm tra công tác cải cách hành chính năm 2026
sections:
  - title: Nội dung
    content:
      - "$2"
  - title: Kinh phí thực hiện
    content:
      - "Tổng kinh phí: \${total} đồng, chi tiết tại \${appendix:budget}."
recipients: [Bộ Nội vụ]
archive: [VT, NC]
signature:
  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]
  title: Phó Chủ tịch
  name: Nguyễn Văn A
appendices:
  - id: budget
    title: Dự toán kinh phí
    content:
      - budget:
          rows:
            - {content: Hội nghị, unit: Lần, quantity: 1, price: 15000000}
EOF
}
# repeat TEXT N: TEXT N times over.
repeat() { local s="$1" n="$2"; printf '%*s' "$n" '' | sed "s/ /$(printf '%s' "$s" | sed 's/[\/&]/\\&/g')/g"; }
plan text-100k "$(repeat "$sentence" $((100000 / ${#sentence} + 1)))"
plan text-1m "$(repeat "$sentence" $((1000000 / ${#sentence} + 1)))"
plan total-10k "$(repeat '${total} đồng; ' 10000)"
plan total-100k "$(repeat '${total} đồng; ' 100000)"
for p in text-100k text-1m total-10k total-100k; do
  start=$(date +%s.%N)
  read -r user sys mem < <( { /usr/bin/time -f "%U %S %M" java -jar "$here/target/kehoach.jar" \
    render "$work/$p.yaml" -o "$work/out" --format docx,pdf >/dev/null; } 2>&1 | tail -1)
  end=$(date +%s.%N)
  printf '%-11s %5d KB of model  %6.1f s  processor %6.1f s  peak resident memory: %s KB\n' \
    "$p" $(($(wc -c < "$work/$p.yaml") / 1024)) "$(echo "$end - $start" | bc)" \
    "$(echo "$user + $sys" | bc)" "$mem"
done
