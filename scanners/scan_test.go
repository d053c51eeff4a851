package scanners

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
)

const program = "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata:\n  name: %s\nspec:\n  evaluation: {last_completed: 2026-02-01}\n"

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func doc(name string) string { return strings.Replace(program, "%s", name, 1) }

// hasDiag finds a diagnostic with the code in the file.
func hasDiag(ds diag.Diagnostics, code, file string) *diag.Diagnostic {
	for i := range ds {
		if ds[i].Code == code && ds[i].Subject.Filename == file {
			return &ds[i]
		}
	}
	return nil
}

func TestScanExclude(t *testing.T) {
	root := t.TempDir()
	write(t, root, "keep.yaml", doc("keep"))
	write(t, root, "drafts/skip.yaml", doc("skip"))
	write(t, root, "x.tmp.yaml", doc("tmp"))
	set, err := Scan(context.Background(), root, Options{Exclude: []string{"drafts", "*.tmp.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Documents) != 1 || set.Documents[0].Name != "keep" {
		t.Errorf("documents: %v", set.Documents)
	}
}

func TestScanMissingRoot(t *testing.T) {
	if _, err := Scan(context.Background(), filepath.Join(t.TempDir(), "nope"), Options{}); err == nil {
		t.Error("scanning a missing path should fail")
	}
}

func TestScanOrderDoesNotDependOnWorkers(t *testing.T) {
	root := t.TempDir()
	for _, n := range []string{"c", "a", "b", "e", "d"} {
		write(t, root, n+".yaml", doc(n))
	}
	one, _ := Scan(context.Background(), root, Options{Workers: 1})
	many, _ := Scan(context.Background(), root, Options{Workers: 8})
	for i := range one.Documents {
		if one.Documents[i].Name != many.Documents[i].Name {
			t.Fatalf("order differs at %d: %s vs %s", i, one.Documents[i].Name, many.Documents[i].Name)
		}
	}
}

// Scanning one file names it relative to its own folder, and the set's root
// is that folder, so root + name is the file's path.
func TestScanOneFileRoot(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.yaml", doc("a"))
	file := filepath.Join(dir, "a.yaml")
	set, err := Scan(context.Background(), file, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if set.Root != dir || len(set.Files) != 1 || set.Files[0].Path != "a.yaml" {
		t.Errorf("root %q, files %+v; want root %q and a.yaml", set.Root, set.Files, dir)
	}
}

func TestSize(t *testing.T) {
	dir := t.TempDir()
	files := map[string]int{"a.yaml": 100, "b.yml": 20, "c.hcl": 3, "notes.txt": 1000, "node_modules/x.yaml": 5000, "sub/d.yaml": 7}
	for name, n := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		root string
		want int64
	}{
		{dir, 130}, // the evidence files Scan reads; not notes.txt, not node_modules
		{filepath.Join(dir, "a.yaml"), 100},
		{filepath.Join(dir, "missing"), 0},
	}
	for _, tt := range tests {
		if got := Size(tt.root); got != tt.want {
			t.Errorf("Size(%s) = %d, want %d", tt.root, got, tt.want)
		}
	}
}
