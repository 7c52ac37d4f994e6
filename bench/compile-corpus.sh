#!/usr/bin/env bash
# Benchmarks `compile`: the whole SigmaHQ corpus in one process, JVM start included (best and
# median of 5 runs, through the launcher and through java -jar), and one rule end to end.
#   bench/compile-corpus.sh [SIGMA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/sigmahq}"
[ -f target/sigma2sumo.jar ] || mvn -B -ntp -q package -DskipTests
rule=rules/t1567.002/file_event_win_rclone_config_drop.yml
target/sigma2sumo compile "$rule" > /dev/null   # writes the launcher's class-data archive once

. bench/timeit.sh

files=$(find "$corpus" -name '*.yml' | wc -l)
echo "== corpus: $files files, one process, JVM start included"
echo "target/sigma2sumo:  $(timeit target/sigma2sumo compile --format json "$corpus")"
echo "java -jar:          $(timeit java -jar target/sigma2sumo.jar compile --format json "$corpus")"
echo "== one rule, end to end"
echo "target/sigma2sumo:  $(timeit target/sigma2sumo compile "$rule")"
echo "java -jar:          $(timeit java -jar target/sigma2sumo.jar compile "$rule")"
