#!/usr/bin/env bash
# Runs each fuzz target for a while (default 10s each): ./scripts/fuzz.sh 10m
# A crasher is written under <package>/testdata/fuzz/<Target>/ and from then
# on runs as a regression test in `go test ./...`.
set -euo pipefail
cd "$(dirname "$0")/.."
time="${1:-10s}"
for target in "./scanners FuzzReadYAML" "./scanners FuzzReadHCL" "./evidence FuzzToInput"; do
  set -- $target
  echo "== fuzz $2 ($time)"
  go test "$1" -run '^$' -fuzz "^$2\$" -fuzztime "$time" -timeout 0
done
