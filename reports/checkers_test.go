package reports

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// requireTool finds an external checker the tests run reports through: a
// command on PATH, or a file path relative to the reports package (such as
// ../node_modules/.bin/x). Where it is missing the test is skipped with the
// install step, except under CI=true, where a missing checker fails the run:
// a CI that skips its checkers proves nothing.
func requireTool(t *testing.T, name, install string) string {
	t.Helper()
	if filepath.IsAbs(name) || filepath.Base(name) != name {
		if _, err := os.Stat(name); err == nil {
			abs, err := filepath.Abs(name)
			if err != nil {
				t.Fatalf("resolve %s: %v", name, err)
			}
			return abs
		}
	} else if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing; install it with: %s", name, install)
	}
	t.Skipf("%s is missing; install it with: %s", name, install)
	return ""
}
