package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

func writeFile(t *testing.T, p, body string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func diagnostics(a *assess.Assessment, code string) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range a.Diagnostics {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

// The root's .safeguard.yaml is configuration: it is read for its waivers,
// and it is neither evidence, nor a skipped file, nor an evidence error.
func TestRootConfigWaivesAndIsNotEvidence(t *testing.T) {
	dir := copyExample(t, "clinic")
	plain := scan(t, Options{Path: dir})
	writeFile(t, filepath.Join(dir, ".safeguard.yaml"), `# accepted risks
waivers:
  - rule: SG-AC-001
    entity: frontdesk
    reason: Front desk kiosk, badge-tap login pending
    approved_by: Dana Lee, Security Official
    expires: 2027-01-31
  - rule: SG-BA-003
    file: vendors.yaml
    reason: Renewal signed, countersignature pending
    approved_by: Dana Lee, Security Official
    expires: 2026-10-31
  - rule: SG-EN-002
    entity: no-such-store
    reason: r
    approved_by: a
    expires: 2027-01-31
`)
	a := scan(t, Options{Path: dir})

	for _, f := range a.Files {
		if strings.Contains(f.Path, "safeguard.yaml") {
			t.Errorf("the configuration was read as an evidence file: %+v", f)
		}
	}
	if got, want := a.Summarize().Skipped, plain.Summarize().Skipped; got != want {
		t.Errorf("%d skipped with the config, %d without: the config is counted as skipped", got, want)
	}
	if a.Diagnostics.HasErrors() {
		t.Errorf("errors: %v", a.Diagnostics)
	}

	waived := findingOf(t, a, "SG-AC-001", "[frontdesk]")
	if waived.Waiver == nil || waived.Waiver.At.Filename != ".safeguard.yaml" || waived.Waiver.At.Start.Line != 3 {
		t.Errorf("frontdesk finding waiver %+v, want the one at .safeguard.yaml:3", waived.Waiver)
	}
	if s, p := a.Summarize(), plain.Summarize(); s.Waived != 1 || s.Open != p.Open-1 {
		t.Errorf("%d waived, %d open; want 1 and %d", s.Waived, s.Open, p.Open-1)
	}
	if f := findingOf(t, a, "SG-BA-003", "[northwind-dr]"); f.Waiver != nil {
		t.Error("an expired waiver still waives")
	}
	expired := diagnostics(a, diag.CodeWaiverExpired)
	if len(expired) != 1 || expired[0].Subject.Filename != ".safeguard.yaml" || expired[0].Subject.Start.Line != 8 {
		t.Errorf("SG3002 %v, want one at .safeguard.yaml:8", expired)
	}
	unused := diagnostics(a, diag.CodeWaiverUnused)
	if len(unused) != 1 || unused[0].Subject.Start.Line != 13 || unused[0].Severity != diag.Warning {
		t.Errorf("SG3003 %v, want one warning at .safeguard.yaml:13", unused)
	}
}

// A waivers file (--waivers) adds to the config's waivers, with its own
// positions.
func TestWaiversFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "waivers.yaml")
	writeFile(t, p, "waivers:\n  - rule: SG-EN-002\n    entity: billing-db\n    reason: r\n    approved_by: a\n    expires: 2027-01-31\n    alternative: isolated network\n")
	a := scan(t, Options{Path: example, WaiversPath: p})
	f := findingOf(t, a, "SG-EN-002", "[billing-db]")
	if f.Waiver == nil || f.Waiver.Alternative != "isolated network" || f.Waiver.At.Filename != filepath.ToSlash(p) || f.Waiver.At.Start.Line != 2 {
		t.Errorf("waiver %+v", f.Waiver)
	}
	for _, x := range a.Failing(policies.Low) {
		if x.RuleID == "SG-EN-002" && strings.Contains(x.Path, "[billing-db]") {
			t.Error("a waived finding fails the run")
		}
	}
	if _, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", WaiversPath: p + ".missing"}); err == nil || !strings.Contains(err.Error(), "waivers") {
		t.Errorf("a missing waivers file: %v", err)
	}
}

// Configuration values that cannot be used are errors at their line, and
// the run is not trusted (exit 2); unknown keys are warnings.
func TestConfigProblemsAtTheirLine(t *testing.T) {
	tests := []struct {
		name, src string
		sev       diag.Severity
		line      int
		detail    string
	}{
		{"unknown profile", "fail_on: high\nprofile: hipa\n", diag.Error, 2, `Did you mean "hipaa"?`},
		{"bad fail_on", "profile: hipaa\n\nfail_on: severe\n", diag.Error, 3, "unknown severity"},
		{"unknown key", "profile: hipaa\nwaiver: []\n", diag.Warning, 2, `Did you mean "waivers"?`},
		{"waiver without an approver", "waivers:\n  - rule: SG-AC-001\n    reason: r\n    expires: 2027-01-01\n", diag.Error, 2, "approved_by"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "cfg.yaml")
			writeFile(t, p, tt.src)
			res, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", ConfigPath: p})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, d := range res.Assessment.Diagnostics {
				if d.Subject.Filename == filepath.ToSlash(p) {
					found = d.Severity == tt.sev && d.Subject.Start.Line == tt.line && strings.Contains(d.Detail, tt.detail)
					if !found {
						t.Errorf("got %v at line %d: %s", d.Severity, d.Subject.Start.Line, d.Detail)
					}
				}
			}
			if !found {
				t.Errorf("no %v at line %d with %q: %v", tt.sev, tt.line, tt.detail, res.Assessment.Diagnostics)
			}
		})
	}
}

func TestMissingConfigIsAnError(t *testing.T) {
	_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", ConfigPath: filepath.Join(t.TempDir(), "nope.yaml")})
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("want a not-found error for a missing --config, got %v", err)
	}
}

// A --waivers or --config file is named relative to the scanned root, like
// the evidence, so reports that place files in the checkout find it.
func TestConfigFilesNamedFromTheRoot(t *testing.T) {
	dir := copyExample(t, "clinic")
	writeFile(t, filepath.Join(dir, "waivers.yaml"), "waivers:\n  - rule: SG-AC-001\n    entity: nobody\n    reason: r\n    approved_by: a\n    expires: 2027-01-31\n")
	writeFile(t, filepath.Join(filepath.Dir(dir), "org.yaml"), "fail_on: hihg\n")
	t.Chdir(filepath.Dir(dir))
	root := filepath.Base(dir)
	res, err := Run(context.Background(), Options{Path: root, AsOf: "2026-11-01",
		WaiversPath: filepath.Join(root, "waivers.yaml"), ConfigPath: "org.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, d := range res.Assessment.Diagnostics {
		if d.Code == diag.CodeWaiverUnused || d.Code == diag.CodeConfig {
			got[d.Subject.Filename] = true
		}
	}
	if !got["waivers.yaml"] || !got["../org.yaml"] || len(got) != 2 {
		t.Errorf("diagnostics name %v, want waivers.yaml and ../org.yaml", got)
	}
}
