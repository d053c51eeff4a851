package scanners

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/safeguard-hipaa/safeguard/evidence"
)

// addSeeds adds the example evidence of a format as seeds.
func addSeeds(f *testing.F, ext string) {
	for _, dir := range []string{"../testdata/clinic", "../testdata/clinic-mended", "../testdata/broken"} {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(p) == ext {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
			return nil
		})
	}
}

// checkRead holds the reader's promises for any input: no panic, every
// diagnostic at a line of the file, every document named, and the input
// conversion total.
func checkRead(t *testing.T, name string, src []byte) {
	docs, _, ds := ReadBytes(name, src, Limits{MaxDepth: 64, MaxNodes: 200_000})
	for _, d := range ds {
		if d.Subject.Filename != name || d.Subject.Start.Line < 1 {
			t.Fatalf("diagnostic without file:line: %#v", d)
		}
		if d.Severity == 0 || d.Code == "" || d.Summary == "" {
			t.Fatalf("diagnostic without severity, code or summary: %#v", d)
		}
	}
	for _, doc := range docs {
		if doc.Name == "" || doc.Kind == nil || doc.Spec == nil {
			t.Fatalf("document without name, kind or spec: %#v", doc)
		}
	}
	set := &evidence.Set{Documents: docs}
	in := set.ToInput("2026-11-01", nil)
	if in.Value == nil {
		t.Fatal("no input")
	}
}

func FuzzReadYAML(f *testing.F) {
	addSeeds(f, ".yaml")
	f.Add([]byte("apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: x}\nspec: {users: [{id: a, roles: &r [x], status: active}, {id: b, roles: *r}]}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkRead(t, "fuzz.yaml", src)
	})
}

func FuzzReadHCL(f *testing.F) {
	addSeeds(f, ".hcl")
	f.Add([]byte("access_matrix \"x\" {\n  user \"a\" {\n    roles = [\"r\"]\n  }\n  audit_logging = { enabled = true }\n}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkRead(t, "fuzz.hcl", src)
	})
}
