package scanners

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

func TestScanHostileTree(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write(t, root, "good.yaml", doc("good"))
	write(t, root, "nested/deeper/also-good.yml", doc("also-good"))
	write(t, root, "binary.yaml", "apiVersion: safeguard/v1\n\x00\x00\x01\x02")
	write(t, root, "latin1.yaml", "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata: {name: caf\xe9}\n")
	write(t, root, "empty.yaml", "")
	write(t, root, "big.yaml", doc("big")+strings.Repeat("# padding\n", 2000))
	write(t, root, "dupe-a.yaml", "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata: {name: a}\nspec:\n  workforce:\n    - id: E1\n")
	write(t, root, "dupe-b.yaml", "apiVersion: safeguard/v1\nkind: TrainingRoster\nmetadata: {name: b}\nspec:\n  workforce:\n    - id: E1\n")
	write(t, root, ".git/config.yaml", doc("not-read"))
	write(t, root, "notes.txt", "not evidence by name")
	secret := write(t, outside, "secret.yaml", doc("outside"))
	if err := os.Symlink(secret, filepath.Join(root, "escape.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "good.yaml"), filepath.Join(root, "inside-link.yaml")); err != nil {
		t.Fatal(err)
	}
	unreadable := write(t, root, "locked.yaml", doc("locked"))
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(unreadable, 0o644)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	set, err := Scan(ctx, root, Options{MaxFileSize: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, d := range set.Documents {
		names[d.Name] = true
	}
	for _, want := range []string{"good", "also-good", "a", "b"} {
		if !names[want] {
			t.Errorf("document %q was not read; got %v", want, names)
		}
	}
	for _, not := range []string{"outside", "not-read", "big"} {
		if names[not] {
			t.Errorf("document %q should not have been read", not)
		}
	}
	tests := []struct{ code, file string }{
		{diag.CodeNotText, "binary.yaml"},
		{diag.CodeNotText, "latin1.yaml"},
		{diag.CodeEmpty, "empty.yaml"},
		{diag.CodeTooLarge, "big.yaml"},
		{diag.CodeSymlink, "escape.yaml"},
		{diag.CodeDuplicateName, "dupe-b.yaml"},
	}
	if os.Geteuid() != 0 { // root reads anything
		tests = append(tests, struct{ code, file string }{diag.CodeRead, "locked.yaml"})
	}
	for _, tt := range tests {
		d := hasDiag(set.Diagnostics, tt.code, tt.file)
		if d == nil {
			t.Errorf("no %s for %s; got %v", tt.code, tt.file, set.Diagnostics)
			continue
		}
		if d.Subject.Start.Line < 1 {
			t.Errorf("%s for %s has no line", tt.code, tt.file)
		}
	}
	for _, d := range set.Diagnostics {
		if strings.Contains(d.Error(), outside) {
			t.Errorf("a diagnostic leaks the path outside the root: %v", d)
		}
	}
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
