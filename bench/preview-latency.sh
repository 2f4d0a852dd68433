#!/usr/bin/env bash
# Benchmark: how long after a pause in typing the page's live preview of the 9-page Ninh Thuận
# sample shows the new pages, in headless Chromium (Debian's chromium and chromium-driver), split
# into the debounce wait, the server's layout and the browser's drawing. A benchmark, not a test: it
# prints numbers (docs/performance.md records ours) and asserts nothing.
#   bench/preview-latency.sh              # 20 measured edits
#   EDITS=40 bench/preview-latency.sh
#   MODE=pdf bench/preview-latency.sh    # the preview showing the PDF file itself, with pdf.js
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q test -Dtest=PreviewLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dedits="${EDITS:-20}" -Dmode="${MODE:-pages}" 2>&1 |
  grep -E '^(preview latency|total|  )'
