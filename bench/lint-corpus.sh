#!/usr/bin/env bash
# Benchmarks `lint`: the whole Sumo corpus in one process (queries/s, MB/s per pass), then
# `sigma2sumo lint` of one query end to end, as a user runs it (median of 10 runs), then the whole
# ../shared/corpus in one `sigma2sumo lint` run as a user runs it: the SigmaHQ rules, the search
# queries (each written to a .sumo file first) and Sumo's content exports (best and median of 5).
#   bench/lint-corpus.sh [CORPUS.jsonl] [PASSES]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/sumo-search-queries.jsonl}"
passes="${2:-5}"
[ -f target/sigma2sumo.jar ] || mvn -B -ntp -q package -DskipTests
echo "== corpus, one process"
java -Xss8m -cp target/sigma2sumo.jar bench/LintCorpusBench.java "$corpus" "$passes"

echo "== one query, end to end (median of 10)"
query="$(mktemp --suffix=.sumo)"
trap 'rm -f "$query"' EXIT
printf '_sourceCategory=*sysmon* | where Image matches "*powershell.exe*" | count by host\n' > "$query"
for launcher in "java -jar target/sigma2sumo.jar" "target/sigma2sumo"; do
  [ -x "${launcher%% *}" ] || [ "${launcher%% *}" = java ] || continue
  $launcher lint "$query" > /dev/null || true   # first run may write the class-data archive
  times=()
  for _ in $(seq 10); do
    start=$(date +%s%N)
    $launcher lint "$query" > /dev/null || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 5p)
  echo "$launcher: ${median} ms"
done

echo "== the whole corpus in one run: Sigma rules, search queries, content exports"
shared="$(dirname "$corpus")"
queries="$(mktemp -d)"
trap 'rm -f "$query"; rm -rf "$queries"' EXIT
java -cp target/sigma2sumo.jar bench/SplitQueries.java "$corpus" "$queries"
. bench/timeit.sh
echo "target/sigma2sumo lint: $(timeit target/sigma2sumo lint --quiet "$shared/sigmahq" "$queries" "$shared/sumo-content")"
