# Sourced by the benchmark scripts. timeit CMD...: runs CMD 5 times (output discarded, exit code
# ignored) and prints the best and the median wall time in milliseconds.
timeit() {
  local times=()
  for _ in 1 2 3 4 5; do
    local start; start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk 'NR==1{b=$1} NR==3{m=$1} END{printf "best %d ms, median %d ms\n", b, m}'
}
