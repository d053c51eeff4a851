package policies

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

const customRule = `# METADATA
# title: Custom check
# description: A custom check for the loader tests.
# custom:
#   id: ORG-PT-001
#   citation: 164.308(a)(8)
#   safeguard: administrative
#   specification: required
#   severity: medium
#   evidence: [SecurityProgram]
#   remediation: Do the thing.
package safeguard.rules.custom.pen_test

deny contains {"msg": "x", "at": p} if {
	some p in input.security_programs
	not p.spec.penetration_test
}
`

// TestRuleInTestFileIsRefused: a rule whose file name ends in _test.rego is
// read as a test by the file-name convention, so without this error it would
// load, pass its tests and never report anything.
func TestRuleInTestFileIsRefused(t *testing.T) {
	src := Source{FS: fstest.MapFS{"pen/penetration_test.rego": {Data: []byte(customRule)}}, Name: "org", Custom: true}
	_, err := Load(context.Background(), BuiltinSource(), src)
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("Load = %v, want a policy error", err)
	}
	if len(pe.Diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(pe.Diags), pe.Diags)
	}
	d := pe.Diags[0]
	if d.Subject.Filename != "org/pen/penetration_test.rego" || d.Subject.Start.Line != 1 || !strings.Contains(d.Error(), "ends in _test.rego") {
		t.Errorf("diagnostic = %s at %s:%d, want one at org/pen/penetration_test.rego:1 about the file name", d.Error(), d.Subject.Filename, d.Subject.Start.Line)
	}
}

// TestEveryRuleFileLoads holds the built-in tree to the loader: each
// non-test .rego file under rules/ is one loaded rule, and each has a
// _test.rego beside it.
func TestEveryRuleFileLoads(t *testing.T) {
	e, err := Load(context.Background(), BuiltinSource())
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]bool{}
	for _, r := range e.Rules() {
		loaded[strings.TrimPrefix(r.File, "builtin/")] = true
	}
	files := map[string]bool{}
	err = fs.WalkDir(Builtin(), "rules", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[p] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p := range files {
		if !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			continue
		}
		n++
		if !loaded[p] {
			t.Errorf("%s is not loaded as a rule", p)
		}
		if test := strings.TrimSuffix(p, ".rego") + "_test.rego"; !files[test] {
			t.Errorf("%s has no %s", p, test)
		}
	}
	if n != len(e.Rules()) {
		t.Errorf("%d rule files, %d rules loaded", n, len(e.Rules()))
	}
}

// TestBadMetadataAtItsLine: a bad METADATA value is reported at the line of
// its field, a missing field at the block's first line.
func TestBadMetadataAtItsLine(t *testing.T) {
	tests := []struct {
		name, old, new string
		line           int
		want           string
	}{
		{"bad severity", "severity: medium", "severity: urgent", 9, `custom.severity "urgent"`},
		{"bad id", "id: ORG-PT-001", "id: org-1", 5, `custom.id "org-1"`},
		{"bad evidence", "evidence: [SecurityProgram]", "evidence: [Program]", 10, `custom.evidence names "Program"`},
		{"missing remediation", "#   remediation: Do the thing.\n", "", 1, "custom.remediation is missing"},
		{"missing title", "# title: Custom check\n", "", 1, "title is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(customRule, tt.old, tt.new, 1)
			if text == customRule {
				t.Fatalf("%q not in the fixture", tt.old)
			}
			src := Source{FS: fstest.MapFS{"pen/check.rego": {Data: []byte(text)}}, Name: "org", Custom: true}
			_, err := Load(context.Background(), src)
			var pe *Error
			if !errors.As(err, &pe) || len(pe.Diags) != 1 {
				t.Fatalf("Load = %v, want one METADATA error", err)
			}
			d := pe.Diags[0]
			if d.Subject.Filename != "org/pen/check.rego" || d.Subject.Start.Line != tt.line || !strings.Contains(d.Detail, tt.want) {
				t.Errorf("got %s, want %q at org/pen/check.rego:%d", d.Error(), tt.want, tt.line)
			}
		})
	}
}
