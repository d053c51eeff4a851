package scanners

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/safeguard-hipaa/safeguard/gen"
)

// forceSplit cuts every file with a sequence, into pieces of one item.
var forceSplit = splitPolicy{minBytes: 0, minItems: 1, chunkBytes: 1, workers: 3}

// sameBothWays reads src whole and cut, and fails unless the documents,
// diagnostics and skipped counts are the same. It returns whether the cut
// read was used.
func sameBothWays(t *testing.T, name string, src []byte, pol splitPolicy) bool {
	t.Helper()
	limits := DefaultLimits
	wd, ws, wdiags := readYAML(name, src, limits, noSplit())
	cd, cs, cdiags := readYAML(name, src, limits, pol)
	if ws != cs || !reflect.DeepEqual(wdiags, cdiags) {
		t.Fatalf("%s: cut read differs from whole read:\nwhole: %d skipped %v\ncut:   %d skipped %v", name, ws, wdiags, cs, cdiags)
	}
	if !reflect.DeepEqual(wd, cd) {
		t.Fatalf("%s: cut read gives other documents than the whole read", name)
	}
	_, _, used := readYAMLSplit(name, src, limits, pol)
	return used
}

func TestSplitReadsTheSameAsWhole(t *testing.T) {
	long := func(items string, n int) string { return strings.Repeat(items, n) }
	head := "apiVersion: safeguard/v1\nkind: AccessMatrix\nmetadata:\n  name: m\nspec:\n"
	cases := []struct {
		name string
		src  string
		used bool // whether the cut read applies
	}{
		{"indented", head + "  users:\n" + long("    - id: a\n      status: active\n      roles: [r]\n", 3), true},
		{"indentless", head + "  users:\n" + long("  - id: a\n    status: active\n", 3), true},
		{"comments and blank lines", head + "  users:  # all of them\n\n  # first\n" + long("    - id: a\n\n      # note\n      status: active\n", 3) + "  # end\n", true},
		{"crlf", strings.ReplaceAll(head+"  users:\n"+long("    - id: a\n      status: active\n", 3)+"  roles: []\n", "\n", "\r\n"), true},
		{"tail after the sequence", head + "  users:\n" + long("    - id: b\n      status: bogus\n", 2) + "  roles:\n    - name: r\n  mfa:\n    required: true\n", true},
		{"leading document marker", "---\n" + head + "  users:\n" + long("    - id: a\n", 3), true},
		{"schema errors and duplicate ids in items", head + "  users:\n" + long("    - id: a\n      status: 7\n      extra: x\n", 4), true},
		{"key material in an item", head + "  users:\n    - id: a\n      note: AKIAABCDEFGHIJKLMNOP\n    - id: b\n", true},
		{"multi-line scalars", head + "  users:\n    - id: a\n      note: |\n        - not an item\n    - id: \"b\n\n      c\"\n    - id: c\n", true},
		{"quoted scalar across a cut", head + "  users:\n    - id: \"a\n    - b\"\n    - id: c\n", false},
		{"flow mapping around the key", head + "  x: {\n  users:\n    - id: a\n  }\n", false},
		{"alias across items", head + "  users:\n    - &u {id: a}\n    - *u\n", false},
		{"item not a mapping", head + "  users:\n    - a\n    - b\n", false},
		{"two documents", head + "  users:\n    - id: a\n---\n" + head + "  users:\n    - id: b\n", false},
		{"inside a block scalar", head + "  notes: |\n    users:\n      - id: a\n", false},
		{"line between key and item indent", head + "  users:\n    - id: a\n   bad: x\n", false},
		{"nested too deep", head + "  users:\n    - id: a\n      roles: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n", false},
		{"syntax error in a piece", head + "  users:\n    - id: a\n    - id: [b\n    - id: c\n", false},
		{"not evidence", "kind: Other\nitems:\n  - a: 1\n  - a: 2\n", false},
		{"wrong type for the list", head + "  users:\n    - id: a\n  mfa:\n    - x: 1\n", true},
		{"unknown field holds the list", head + "  people:\n    - id: a\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if used := sameBothWays(t, "x.yaml", []byte(c.src), forceSplit); used != c.used {
				t.Errorf("cut read used = %v, want %v", used, c.used)
			}
		})
	}
}

// TestSplitExamples reads every example file and a generated organisation
// both ways.
func TestSplitExamples(t *testing.T) {
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Options{Workforce: 600, Seed: 3, AsOf: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	used := 0
	for _, root := range []string{"../testdata", dir} {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || (filepath.Ext(p) != ".yaml" && filepath.Ext(p) != ".yml") {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if sameBothWays(t, p, src, forceSplit) {
				used++
			}
			return nil
		})
	}
	if used < 5 {
		t.Fatalf("the cut read applied to only %d files; the comparison proves little", used)
	}
}
