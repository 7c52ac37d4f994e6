# Sourced by the benchmark scripts. timeit CMD...: runs CMD 5 times (output discarded, exit code
# ignored) and prints the best and the median wall time and the median CPU time (user + system, all
# threads) in milliseconds. On a small shared machine wall times drift between runs minutes apart;
# compare builds by alternating them, and read the CPU time beside the wall time.
timeit() {
  local walls=() cpus=() line
  local TIMEFORMAT='%R %U %S'
  for _ in 1 2 3 4 5; do
    line=$( { time "$@" > /dev/null 2>&1; } 2>&1 ) || true
    read -r real user sys <<< "$line"
    walls+=("$(awk -v r="$real" 'BEGIN{printf "%d", r*1000}')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%d", (u+s)*1000}')")
  done
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk 'NR==1{b=$1} NR==3{m=$1} END{printf "best %d ms, median %d ms", b, m}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk 'NR==3{printf "%d", $1}')
  echo "$wall (cpu median $cpu ms)"
}
