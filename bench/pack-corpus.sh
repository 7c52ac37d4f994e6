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

. bench/timeit.sh

files=$(find "$corpus" -name '*.yml' | wc -l)
echo "== pack of $files files, one process, JVM start included"
for format in cse-rules content terraform; do
  echo "$format: $(timeit target/sigma2sumo pack "$corpus" --keep-going --format "$format" -o "$out/pack.$format"), $(wc -c < "$out/pack.$format") bytes"
done
