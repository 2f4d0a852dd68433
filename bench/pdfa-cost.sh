#!/usr/bin/env bash
# Benchmark: what --pdf-a costs on the Ninh Thuận sample's PDF: the median render time of many warm
# runs, plain and PDF/A-2b in turn, and the difference (docs/pdfa.md has the numbers).
#   bench/pdfa-cost.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q test -Dtest=PdfACostBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Druns="${1:-100}" 2>&1 | grep "Ninh Thuận"
