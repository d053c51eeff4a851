package scanners

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/evidence"
)

// addSeeds adds the example evidence of a format as seeds, and the hostile
// cases the reader must refuse.
func addSeeds(f *testing.F, ext string) {
	for _, dir := range []string{"../testdata/clinic", "../testdata/clinic-mended", "../testdata/broken", "../testdata/contract", "../testdata/contract-hcl"} {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(p) == ext {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
			return nil
		})
	}
	for _, c := range hostileSeeds[ext] {
		f.Add([]byte(c))
	}
}

// hostileSeeds start the fuzzer at the edges: bombs, deep nesting, BOM,
// CRLF, tabs, duplicate keys and ids, empty documents, key material.
var hostileSeeds = map[string][]string{
	".yaml": {
		"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
		"apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: x}\nspec:\n  users: &u [{id: a, roles: [r], status: active}]\n  roles: *u\n",
		"apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: x}\nspec: {users: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "}\n",
		"\xEF\xBB\xBFapiVersion: safeguard/v1\r\nkind: AccessMatrix\r\nmetadata:\r\n  name: x\r\nspec: {}\r\n",
		"apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata:\n\tname: x\n",
		"apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata: {name: x, name: y}\nspec: {users: [{id: a, status: active}, {id: a, status: active}]}\n",
		"---\n---\n...\n---\napiVersion: safeguard/v1\n",
		"apiVersion: safeguard/v1\nkind: EncryptionConfig\nmetadata: {name: x}\nspec:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    MIIBOgIBAAJBAK\n    -----END RSA PRIVATE KEY-----\n",
		"a: !!binary AAAA\nb: !custom x\n? [complex, key]\n: v\n",
	},
	".hcl": {
		"access_matrix \"x\" {\n  owner = \"o\"\n  user \"a\" {\n    roles = [\"r\"]\n  }\n  user \"a\" {\n    roles = [\"r\"]\n  }\n}\n",
		"access_matrix \"x\" {\n  users = " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n}\n",
		"access_matrix \"x\" {\r\n\tuser \"a\" {\r\n\t\troles = [\"${var.x}\", upper(\"r\")]\r\n\t}\r\n}\r\n",
		"encryption_config \"x\" {\n  key = <<EOT\n-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\nEOT\n}\n",
		"access_matrix \"x\" {\n  audit_logging = { enabled = true, enabled = false }\n  x = 1e400\n  y = -0.5\n}\n",
		"access_matrix {\n}\nunknown \"y\" {}\nz = 1\n",
	},
}

// checkRead holds the reader's promises for any input: no panic, every
// diagnostic at a line of the file, every document named, the input
// conversion total, and the same bytes read the same way twice.
func checkRead(t *testing.T, name string, src []byte) {
	limits := Limits{MaxDepth: 64, MaxNodes: 200_000}
	docs, skipped, ds := ReadBytes(name, src, limits)
	for _, d := range ds {
		if d.Subject.Filename != name || d.Subject.Start.Line < 1 || d.Subject.Start.Column < 0 {
			t.Fatalf("diagnostic without file:line: %#v", d)
		}
		if d.Severity == 0 || d.Code == "" || d.Summary == "" {
			t.Fatalf("diagnostic without severity, code or summary: %#v", d)
		}
	}
	for _, doc := range docs {
		if doc.Name == "" || doc.Kind == nil || doc.Spec == nil || doc.Metadata == nil {
			t.Fatalf("document without name, kind, metadata or spec: %#v", doc)
		}
		if doc.File != name || doc.Pos.Line < 1 {
			t.Fatalf("document without file:line: %#v", doc)
		}
	}
	set := &evidence.Set{Documents: docs}
	in := set.ToInput("2026-11-01", nil)
	if in.Value == nil {
		t.Fatal("no input")
	}
	docs2, skipped2, ds2 := ReadBytes(name, src, limits)
	if skipped != skipped2 || !reflect.DeepEqual(ds, ds2) || !reflect.DeepEqual(docs, docs2) {
		t.Fatalf("reading twice differs:\n%v\n%v", ds, ds2)
	}
	if strings.HasSuffix(name, ".yaml") {
		// The reader cuts long sequences into pieces (yamlsplit.go); cut
		// into the smallest pieces, it must read every input as whole.
		wd, ws, wds := readYAML(name, src, limits, noSplit())
		cd, cs, cds := readYAML(name, src, limits, forceSplit)
		if ws != cs || !reflect.DeepEqual(wds, cds) || !reflect.DeepEqual(wd, cd) {
			t.Fatalf("cut read differs from whole read:\n%v\n%v", wds, cds)
		}
	}
	in2 := (&evidence.Set{Documents: docs2}).ToInput("2026-11-01", nil)
	if in.Value.Compare(in2.Value) != 0 {
		t.Fatalf("converting twice differs:\n%v\n%v", in.Value, in2.Value)
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
