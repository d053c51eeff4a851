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

measure() { # cmd... -> "wall_seconds peak_kib" (median wall of 3, max peak)
  local walls=() peak=0
  for i in 1 2 3; do
    # safeguard exits 1 when it finds gaps, which the organisation has by
    # design; anything else (2: evidence or policy errors) spoils the figure.
    local rc=0
    /usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "bench: $* exited $rc:" >&2
      cat "$out/time.txt" >&2
      exit 1
    fi
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

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(go version | cut -d' ' -f3), $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-12s %-12s %-10s %-14s %-14s %-8s\n' size yaml_s safeguard_s ratio yaml_peak_MiB sg_peak_MiB findings
declare -A sg_time
for n in "${sizes[@]}"; do
  dir="$out/org-$n"
  # Always regenerate: a folder left by an older generator would be measured
  # silently. Generation is not timed.
  rm -rf "$dir"
  "$out/sggen" -n "$n" -seed 1 -o "$dir" >&2
  # Command substitution, not < <(...): a failed measure stops the script.
  r=$(measure "$out/yamldecode" "$dir")
  read -r yt yp <<<"$r"
  r=$(measure "$out/safeguard" scan "$dir" --as-of 2026-11-01 --format json --output "$out/r-$n.json" \
    --report "sarif=$out/r-$n.sarif" --report "html=$out/r-$n.html" --fail-on critical)
  read -r st sp <<<"$r"
  findings=$(awk -F': ' '/^    "findings": / {gsub(/,/, "", $2); print $2; exit}' "$out/r-$n.json")
  ratio=$(awk -v a="$st" -v b="$yt" 'BEGIN {printf "%.2f", a/b}')
  printf '%-8s %-12s %-12s %-10s %-14s %-14s %-8s\n' "$n" "$yt" "$st" "$ratio" "$((yp/1024))" "$((sp/1024))" "$findings"
  echo "  evidence: yaml $(cat "$dir"/*.yaml | wc -c) bytes, hcl $(cat "$dir"/*.hcl | wc -c) bytes" >&2
  sg_time[$n]=$st
done
if [ -n "${sg_time[10000]:-}" ] && [ -n "${sg_time[100000]:-}" ]; then
  awk -v a="${sg_time[100000]}" -v b="${sg_time[10000]}" 'BEGIN {printf "scaling: 10x the evidence cost %.2fx the time\n", a/b}'
fi
ls -la "$out"/r-*.html | awk '{print "html report size:", $5, $9}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
