// Package bench holds safeguard's scale measurements: Go benchmarks of
// reading, evaluating and reporting over a generated organisation
// (bench_test.go), the test that keeps every built-in rule linear
// (linear_test.go), and, beside them, run.sh and the yamldecode baseline
// that measure whole runs (docs/performance.md). It has no code of its own.
package bench
