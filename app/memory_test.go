package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestMemoryLimitFor(t *testing.T) {
	tests := []struct {
		name  string
		bytes int64
		want  int64
	}{
		{"no evidence", 0, memoryFloor},
		{"a clinic", 40 << 10, memoryFloor},
		{"just under the floor", memoryFloor / memoryPerByte, memoryFloor},
		{"a health system of 100k", 50 << 20, memoryFloor},
		{"past the floor", 200 << 20, 2000 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := memoryLimitFor(tt.bytes); got != tt.want {
				t.Errorf("memoryLimitFor(%d) = %d, want %d", tt.bytes, got, tt.want)
			}
		})
	}
}

func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	dir := t.TempDir()
	big := make([]byte, 1<<20)
	for _, name := range []string{"a.yaml", "b.hcl", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), big, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	debug.SetMemoryLimit(before)
	if got := limitMemory(dir, func(string) string { return "1GiB" }); got != 0 {
		t.Errorf("with GOMEMLIMIT set, limitMemory set %d; the runtime's own reading of it must stand", got)
	}
	if now := debug.SetMemoryLimit(-1); now != before {
		t.Errorf("with GOMEMLIMIT set, the limit changed from %d to %d", before, now)
	}

	got := limitMemory(dir, func(string) string { return "" })
	if got != memoryFloor {
		t.Errorf("limitMemory = %d, want the floor %d for 2 MiB of evidence", got, memoryFloor)
	}
	if now := debug.SetMemoryLimit(-1); now != memoryFloor {
		t.Errorf("the runtime's limit is %d, want %d", now, memoryFloor)
	}
}
