#!/usr/bin/env bash
# Benchmarks `test`: SigmaHQ's regression captures run three ways against their rules (best and
# median of 5 runs, JVM start included), then the Sumo interpreter's rule x event evaluations per
# second over the compiled corpus.
#   bench/test-corpus.sh [SIGMA_DIR] [REGRESSION_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
rules="${1:-../shared/corpus/sigmahq}"
captures="${2:-../shared/corpus/sigmahq-regression}"
[ -f target/sigma2sumo.jar ] || mvn -B -ntp -q package -DskipTests
target/sigma2sumo test rules/ > /dev/null   # writes the launcher's class-data archive once

. bench/timeit.sh

echo "== test of the regression captures against the corpus, one process, JVM start included"
echo "target/sigma2sumo:  $(timeit target/sigma2sumo test "$rules" "$captures")"
echo "== test of the flagship rules' cases"
echo "target/sigma2sumo:  $(timeit target/sigma2sumo test rules/)"
echo "== Sumo interpreter: compiled corpus x regression captures"
java -Xss8m -cp target/sigma2sumo.jar bench/InterpreterBench.java "$rules" "$captures"
