#!/usr/bin/env bash
# Measures safeguard at health-system scale (docs/performance.md): for each
# size it generates an organisation, then runs, in the same session,
#   1. the baseline: a bare yaml.v3 Node decode of the same YAML files;
#   2. safeguard scan with the full built-in policy set, writing JSON, SARIF
#      and HTML;
# each under /usr/bin/time -v, three times, keeping the median wall time and
# the largest peak memory. Usage: bench/run.sh [SIZE...]   (default 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
out=bench/out
mkdir -p "$out"
go build -o "$out/safeguard" ./cmd/safeguard
go build -o "$out/yamldecode" ./bench/yamldecode
go build -o "$out/sggen" ./cmd/sggen

measure() { # label cmd... -> "wall_seconds peak_kib" (median wall of 3, max peak)
  local walls=() peak=0
  for i in 1 2 3; do
    /usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    walls+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)
  echo "$median $peak"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(go version | cut -d' ' -f3), $(uname -m)"
printf '%-8s %-12s %-12s %-10s %-14s %-14s %-8s\n' size yaml_s safeguard_s ratio yaml_peak_MiB sg_peak_MiB findings
declare -A sg_time
for n in "${sizes[@]}"; do
  dir="$out/org-$n"
  [ -d "$dir" ] || "$out/sggen" -n "$n" -seed 1 -o "$dir" >/dev/null
  read -r yt yp < <(measure "$out/yamldecode" "$dir")
  read -r st sp < <(measure "$out/safeguard" scan "$dir" --as-of 2026-11-01 --format json --output "$out/r-$n.json" \
    --report "sarif=$out/r-$n.sarif" --report "html=$out/r-$n.html" --fail-on critical)
  findings=$(grep -c '"rule_id"' "$out/r-$n.json" || true)
  ratio=$(awk -v a="$st" -v b="$yt" 'BEGIN {printf "%.2f", a/b}')
  printf '%-8s %-12s %-12s %-10s %-14s %-14s %-8s\n' "$n" "$yt" "$st" "$ratio" "$((yp/1024))" "$((sp/1024))" "$findings"
  sg_time[$n]=$st
done
if [ -n "${sg_time[10000]:-}" ] && [ -n "${sg_time[100000]:-}" ]; then
  awk -v a="${sg_time[100000]}" -v b="${sg_time[10000]}" 'BEGIN {printf "scaling: 10x the evidence cost %.2fx the time\n", a/b}'
fi
ls -la "$out"/r-*.html | awk '{print "html report size:", $5, $9}'
