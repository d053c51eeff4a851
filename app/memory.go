package app

import (
	"runtime/debug"

	"github.com/safeguard-hipaa/safeguard/scanners"
)

// Without a limit, Go lets the heap grow to twice what is live before it
// collects, which for a health system's evidence is well over a gigabyte
// (docs/performance.md). A soft limit makes the collector work harder as
// the heap nears it instead. It is never a cap: past it the heap still
// grows, so the limit scales with the evidence, leaving room for what a
// scan must hold at once (about ten times the evidence's bytes).
const (
	memoryFloor    = 512 << 20
	memoryPerByte  = 10
	memoryLimitEnv = "GOMEMLIMIT"
)

// limitMemory sets the soft memory limit for reading the evidence under
// path, unless GOMEMLIMIT is set, which the Go runtime has already
// applied. It returns the limit it set, 0 for none.
func limitMemory(path string, getenv func(string) string) int64 {
	if getenv(memoryLimitEnv) != "" {
		return 0
	}
	limit := memoryLimitFor(scanners.Size(path))
	debug.SetMemoryLimit(limit)
	return limit
}

// memoryLimitFor is the soft limit for evidence of n bytes.
func memoryLimitFor(n int64) int64 {
	return max(memoryFloor, memoryPerByte*n)
}
