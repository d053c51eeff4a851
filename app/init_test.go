package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// init refuses to overwrite and then writes nothing at all; --force
// overwrites.
func TestInitRefusesWithoutWritingAnything(t *testing.T) {
	dir := t.TempDir()
	// A file that sorts after others: a partial init would write those first.
	mine := filepath.Join(dir, "training-roster.yaml")
	if err := os.WriteFile(mine, []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 11, 1, 15, 0, 0, 0, time.UTC) }
	err := Init(InitParams{Dir: dir, Stdout: &bytes.Buffer{}, Now: now})
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitUntrusted || !strings.Contains(err.Error(), "training-roster.yaml") {
		t.Fatalf("init over an existing file: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("a refused init wrote files: %v", names)
	}
	if err := Init(InitParams{Dir: dir, Force: true, Stdout: &bytes.Buffer{}, Now: now}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(mine); string(b) == "mine\n" {
		t.Error("--force did not overwrite")
	}
}
