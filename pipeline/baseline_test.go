package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/reports"
)

// copyExample copies an example evidence folder into a fresh folder, so a
// test can edit it.
func copyExample(t *testing.T, example string) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("..", "testdata", example)
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// edit rewrites one file of dir, failing when old is not in it.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(file))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%q not in %s", old, file)
	}
	if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func scan(t *testing.T, opts Options) *assess.Assessment {
	t.Helper()
	if opts.AsOf == "" {
		opts.AsOf = "2026-11-01"
	}
	res, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res.Assessment
}

// jsonReport writes the assessment's JSON report, as --report json= does.
func jsonReport(t *testing.T, a *assess.Assessment, p string) []byte {
	t.Helper()
	f, err := reports.Lookup("json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b, a, reports.Options{}); err != nil {
		t.Fatal(err)
	}
	if p != "" {
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func findingOf(t *testing.T, a *assess.Assessment, rule, pathPart string) assess.Finding {
	t.Helper()
	for _, f := range a.Findings {
		if f.RuleID == rule && strings.Contains(f.Path, pathPart) {
			return f
		}
	}
	t.Fatalf("no %s finding on %s", rule, pathPart)
	return assess.Finding{}
}

func TestBaselineFailsOnlyOnNewFindings(t *testing.T) {
	dir := copyExample(t, "clinic")
	base := filepath.Join(t.TempDir(), "base.json")
	first := scan(t, Options{Path: dir})
	if len(first.Findings) == 0 {
		t.Fatal("the example has no findings")
	}
	jsonReport(t, first, base)
	before := findingOf(t, first, "SG-AC-001", "[frontdesk]")

	// Lines move: comments above the findings in the YAML and the HCL file.
	edit(t, dir, "access/epic-ehr.yaml", "apiVersion:", "# reviewed 2026-11\n# by the security office\n\n# (three lines)\napiVersion:")
	edit(t, dir, "encryption.hcl", "encryption_config", "# moved down\n\nencryption_config")
	// One new finding: a second shared login.
	edit(t, dir, "access/epic-ehr.yaml", "- id: mchen\n      workforce_id: E1002\n      roles: [physician]\n      type: human\n      status: active\n      mfa: true\n      shared: false",
		"- id: mchen\n      workforce_id: E1002\n      roles: [physician]\n      type: human\n      status: active\n      mfa: true\n      shared: true")

	second := scan(t, Options{Path: dir, BaselinePath: base})
	moved := findingOf(t, second, "SG-AC-001", "[frontdesk]")
	if moved.Range.Start.Line != before.Range.Start.Line+4 {
		t.Errorf("the frontdesk finding is at line %d, want %d (four lines inserted above)", moved.Range.Start.Line, before.Range.Start.Line+4)
	}
	if moved.Fingerprint != before.Fingerprint || moved.New {
		t.Errorf("a finding whose line moved has fingerprint %s (was %s), new %v", moved.Fingerprint, before.Fingerprint, moved.New)
	}
	var newOnes []string
	for _, f := range second.Findings {
		if f.New {
			newOnes = append(newOnes, f.RuleID+" "+f.Path)
		}
	}
	if len(newOnes) != 1 || !strings.Contains(newOnes[0], "SG-AC-001 spec.users[mchen]") {
		t.Fatalf("new findings %v, want only the mchen shared login", newOnes)
	}
	failing := second.Failing(policies.Low)
	if len(failing) != 1 || !strings.Contains(failing[0].Path, "[mchen]") {
		t.Errorf("failing %v, want only the new finding", failing)
	}
	if second.Fixed != 0 {
		t.Errorf("fixed %d, want 0", second.Fixed)
	}

	// The JSON report marks the new finding, and says how the run compares.
	var doc struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
			Path   string `json:"path"`
			New    bool   `json:"new"`
		} `json:"findings"`
		Baseline *struct {
			Path  string `json:"path"`
			New   int    `json:"new"`
			Fixed int    `json:"fixed"`
		} `json:"baseline"`
	}
	if err := json.Unmarshal(jsonReport(t, second, ""), &doc); err != nil {
		t.Fatal(err)
	}
	marked := 0
	for _, f := range doc.Findings {
		if f.New {
			marked++
			if !strings.Contains(f.Path, "[mchen]") {
				t.Errorf("JSON marks %s %s new", f.RuleID, f.Path)
			}
		}
	}
	if marked != 1 || doc.Baseline == nil || doc.Baseline.New != 1 || doc.Baseline.Path != base {
		t.Errorf("JSON: %d findings marked new, baseline %+v; want 1 and {%s 1 0}", marked, doc.Baseline, base)
	}

	// Fixing a finding counts as fixed and fails nothing.
	edit(t, dir, "access/epic-ehr.yaml", "shared: true\n      last_login: 2026-10-31\n    - id: hl7-feed", "shared: false\n      last_login: 2026-10-31\n    - id: hl7-feed")
	third := scan(t, Options{Path: dir, BaselinePath: base})
	if third.Fixed != 1 {
		t.Errorf("fixed %d, want 1 (frontdesk is no longer shared)", third.Fixed)
	}
}

func TestBaselineOfTheSameRunHasNothingNew(t *testing.T) {
	base := filepath.Join(t.TempDir(), "base.json")
	jsonReport(t, scan(t, Options{Path: example}), base)
	a := scan(t, Options{Path: example, BaselinePath: base})
	if n := len(a.Failing(policies.Info)); n != 0 {
		t.Errorf("%d failing findings against the run's own baseline", n)
	}
	if s := a.Summarize(); s.New != 0 || s.Open == 0 {
		t.Errorf("summary %d new, %d open; want 0 new and the open findings still reported", s.New, s.Open)
	}
}

func TestBaselineThatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "nope.json"), "no such file"},
		{"not JSON", write("corrupt.json", `{"schema_version": "1.0.0", "findings": [`), "not a safeguard JSON report"},
		{"a SARIF file", write("x.sarif", `{"version": "2.1.0", "runs": []}`), "no schema_version"},
		{"a JSON list", write("list.json", `[]`), "not a safeguard JSON report"},
		{"findings of the wrong shape", write("shape.json", `{"schema_version": "1.0.0", "findings": {"a": 1}}`), "not a safeguard JSON report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", BaselinePath: tt.path})
			if err == nil {
				t.Fatal("the scan ran with a baseline it could not read")
			}
			if !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "baseline") {
				t.Errorf("error %q does not name the baseline %s and %q", err, tt.path, tt.want)
			}
		})
	}
}
