#!/usr/bin/env bash
# Compares builds side by side on one machine, interleaved so that the machine's drift hits all alike.
#   bench/side-by-side.sh [-r ROUNDS] [-n COUNT] [-w WARMUP] [-a ANALYZE_RUNS] DIR...
# Each DIR is a checkout with its own ./advisor launcher (built and CDS-trained beforehand by one run).
# Every round runs, for each build in turn,
#   ./advisor bench score --count COUNT --warmup WARMUP --json   (default 1,000,000 untimed compositions first,
#       the same for every build: after 500,000 the compiler still took about a core in newer builds' timed part)
#   /usr/bin/time -f "%e %U %S %M" ./advisor analyze Na2.88Sb0.88W0.12S4 --json   (ANALYZE_RUNS times)
# and the builds' order rotates from round to round. All builds share one private rule cache
# ($ADVISOR_CACHE_DIR, default /tmp/side-by-side-cache; its entries are keyed by content and version).
# Prints every run, then per build: min–max and median of the steady rate, cpuSeconds and analyze's wall.
set -euo pipefail
rounds=3 count=300000 aruns=3 warmup=1000000
while getopts "r:n:w:a:" o; do
  case $o in r) rounds=$OPTARG ;; n) count=$OPTARG ;; w) warmup=$OPTARG ;; a) aruns=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $0 [-r ROUNDS] [-n COUNT] [-w WARMUP] [-a ANALYZE_RUNS] DIR..." >&2; exit 2; }
export ADVISOR_CACHE_DIR="${ADVISOR_CACHE_DIR:-/tmp/side-by-side-cache}"
dirs=("$@")
out=$(mktemp)
trap 'rm -f "$out" "$out.t"' EXIT
name() { (cd "$1" && git describe --always --dirty=+ 2>/dev/null) || basename "$1"; }
field() { sed -n "s/^ *\"$1\" *: *\([0-9.]*\).*/\1/p" | head -1; }

# one untimed run each: builds the jar and the CDS archive if needed, fills the rule cache
for d in "${dirs[@]}"; do (cd "$d" && ./advisor analyze Na2.88Sb0.88W0.12S4 --json >/dev/null 2>&1) || true; done

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, warm-up $warmup, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-5s %-8s %10s %10s %8s\n' build round kind rate cpuSeconds wall
n=${#dirs[@]}
for ((r = 1; r <= rounds; r++)); do
  for ((k = 0; k < n; k++)); do
    d=${dirs[$(((k + r - 1) % n))]}
    b=$(name "$d")
    json=$(cd "$d" && ./advisor bench score --count "$count" --warmup "$warmup" --json 2>/dev/null)
    rate=$(field compositionsPerSecond <<<"$json") cpu=$(field cpuSeconds <<<"$json") secs=$(field seconds <<<"$json")
    printf '%-10s %-5s %-8s %10.0f %10s %8s\n' "$b" "$r" bench "$rate" "$cpu" "$secs"
    echo "$b bench $rate $cpu $secs" >>"$out"
    for ((i = 0; i < aruns; i++)); do
      (cd "$d" && /usr/bin/time -o "$out.t" -f "%e %U %S %M" ./advisor analyze Na2.88Sb0.88W0.12S4 --json >/dev/null 2>&1)
      read -r wall user sys kb <"$out.t"
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      printf '%-10s %-5s %-8s %10s %10s %8s   %s MB\n' "$b" "$r" analyze - "$cpu" "$wall" "$((kb / 1024))"
      echo "$b analyze - $cpu $wall" >>"$out"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "summary (min–max, median):"
printf '%-10s %-28s %-24s %-24s %-24s\n' build "bench score k/s" "bench cpuSeconds" "analyze wall s" "analyze cpu s"
for d in "${dirs[@]}"; do
  b=$(name "$d")
  stat() { # kind column scale decimals
    awk -v b="$b" -v k="$1" -v c="$2" '$1 == b && $2 == k { print $c }' "$out" | sort -g |
      awk -v s="$3" -v p="$4" '{ v[NR] = $1 / s } END {
        if (NR == 0) { print "-"; exit }
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.*f–%.*f (%.*f)\n", p, v[1], p, v[NR], p, m }'
  }
  printf '%-10s %-28s %-24s %-24s %-24s\n' "$b" "$(stat bench 3 1000 1)" "$(stat bench 4 1 2)" \
    "$(stat analyze 5 1 2)" "$(stat analyze 4 1 2)"
done
