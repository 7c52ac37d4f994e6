#!/usr/bin/env bash
# Benchmarks `pack`: the whole SigmaHQ corpus in one process per format, JVM start included (best
# and median of 5 runs through the launcher). The corpus has rules that cannot compile, so the runs
# use --keep-going (they exit 1 and still write the pack).
#   bench/pack-corpus.sh [SIGMA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/sigmahq}"
[ -f target/sigma2sumo.jar ] || mvn -B -ntp -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target/sigma2sumo pack rules/ --format cse-rules -o "$out/warm.json" 2> /dev/null   # writes the class-data archive

timeit() {   # prints best and median wall time in ms of 5 runs of "$@"
  local times=()
  for _ in 1 2 3 4 5; do
    local start; start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk 'NR==1{b=$1} NR==3{m=$1} END{printf "best %d ms, median %d ms\n", b, m}'
}

files=$(find "$corpus" -name '*.yml' | wc -l)
echo "== pack of $files files, one process, JVM start included"
for format in cse-rules content terraform; do
  printf '%-10s %s' "$format:" "$(timeit target/sigma2sumo pack "$corpus" --keep-going --format "$format" -o "$out/pack.$format")"
  printf ', %s rules, %s bytes\n' "$(grep -c -E '"(type|endpoint)" : "sec/|SavedSearchWithSchedule|^resource "sumologic_cse' "$out/pack.$format" || true)" \
    "$(wc -c < "$out/pack.$format")"
done
