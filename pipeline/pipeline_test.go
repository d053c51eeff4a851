package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/policies"
)

const example = "../testdata/clinic"

// policyDir writes one custom policy module into a fresh folder.
func policyDir(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	src := `# METADATA
# title: Custom check
# description: A custom check for tests.
# custom:
#   id: ACME-T-001
#   citation: 164.312(b)
#   safeguard: technical
#   specification: required
#   severity: medium
#   evidence: [AccessMatrix]
#   remediation: Fix it.
package safeguard.rules.acme.custom

import data.safeguard.lib

` + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, "custom.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCustomPolicyRefusesOutsideBuiltins(t *testing.T) {
	tests := []struct {
		name, body, builtin string
	}{
		{"http.send", `deny contains lib.finding("x", m) if { some m in input.access_matrices; http.send({"method": "get", "url": "http://127.0.0.1:1"}).status_code == 200 }`, "http.send"},
		{"net lookup", `deny contains lib.finding("x", m) if { some m in input.access_matrices; count(net.lookup_ip_addr("example.org")) > 0 }`, "net.lookup_ip_addr"},
		{"environment", `deny contains lib.finding("x", m) if { some m in input.access_matrices; opa.runtime().env.HOME }`, "opa.runtime"},
		{"clock", `deny contains lib.finding("x", m) if { some m in input.access_matrices; time.now_ns() > 0 }`, "time.now_ns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", PolicyDirs: []string{policyDir(t, tt.body)}})
			var pe *policies.Error
			if !errors.As(err, &pe) {
				t.Fatalf("want a policy error, got %v", err)
			}
			if !strings.Contains(err.Error(), tt.builtin) {
				t.Errorf("error does not name %s: %v", tt.builtin, err)
			}
			if !strings.Contains(err.Error(), "custom.rego:") {
				t.Errorf("error has no file:line: %v", err)
			}
		})
	}
}

func TestCustomPolicyRunsLikeBuiltin(t *testing.T) {
	dir := policyDir(t, `deny contains lib.finding_at(msg, m.spec, "system") if {
	some m in input.access_matrices
	msg := sprintf("custom finding on %s", [m.metadata.name])
}`)
	res, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", PolicyDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Assessment.Findings {
		if f.RuleID == "ACME-T-001" {
			found = true
			if f.Range.Filename != "access/epic-ehr.yaml" || f.Range.Start.Line < 1 {
				t.Errorf("custom finding at %v", f.Range)
			}
		}
	}
	if !found {
		t.Error("the custom rule's finding is missing")
	}
	for _, c := range res.Assessment.Controls {
		if c.Citation == "164.312(b)" && c.Status != assess.Gap {
			t.Errorf("164.312(b) status %s, want gap from the custom rule", c.Status)
		}
	}
}

func TestBadMetadataIsAnErrorAtItsLine(t *testing.T) {
	dir := t.TempDir()
	src := "# METADATA\n# title: t\n# description: d\n# custom:\n#   id: bad id\n#   citation: 164.999(z)\n#   safeguard: technical\n#   specification: required\n#   severity: medium\n#   evidence: [AccessMatrix]\n#   remediation: r\npackage safeguard.rules.acme.bad\n\ndeny contains 1 if { false }\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", PolicyDirs: []string{dir}})
	// Each error is at the line of its field: id on line 5, citation on 6.
	if err == nil || !strings.Contains(err.Error(), `bad.rego:5:1: error: Bad METADATA; custom.id "bad id"`) || !strings.Contains(err.Error(), `bad.rego:6:1: error: Bad METADATA; custom.citation "164.999(z)"`) {
		t.Errorf("want errors at bad.rego:5 (custom.id) and bad.rego:6 (custom.citation), got %v", err)
	}
}

func TestCustomRuleMustAgreeWithTheCatalog(t *testing.T) {
	dir := t.TempDir()
	// 164.312(a)(2)(iii) is Addressable and technical; this rule says
	// Required and administrative.
	src := "# METADATA\n# title: t\n# description: d\n# custom:\n#   id: ACME-T-002\n#   citation: 164.312(a)(2)(iii)\n#   safeguard: administrative\n#   specification: required\n#   severity: medium\n#   evidence: [AccessMatrix]\n#   remediation: r\npackage safeguard.rules.acme.mislabelled\n\ndeny contains 1 if { false }\n"
	if err := os.WriteFile(filepath.Join(dir, "mislabelled.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", PolicyDirs: []string{dir}})
	var pe *policies.Error
	if !errors.As(err, &pe) {
		t.Fatalf("want a policy error, got %v", err)
	}
	for _, want := range []string{"mislabelled.rego:1", "makes it addressable", "files it under technical"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q: %v", want, err)
		}
	}
}

func TestTimeoutStopsARunawayPolicy(t *testing.T) {
	dir := policyDir(t, `deny contains lib.finding("slow", m) if {
	some m in input.access_matrices
	count([x | some x in numbers.range(1, 100000000); x % 7 == 3]) < 0
}`)
	start := time.Now()
	_, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", PolicyDirs: []string{dir}, Timeout: 2 * time.Second})
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("want a timeout error, got %v", err)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the timeout took %s to stop the scan", d)
	}
}

func TestThresholdsFromConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "cfg.yaml")
	if err := os.WriteFile(cfg, []byte("thresholds:\n  session_timeout_minutes: 45\n  sesion_timeout: 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Options{Path: example, AsOf: "2026-11-01", ConfigPath: cfg})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Assessment.Findings {
		if f.RuleID == "SG-AC-004" {
			t.Errorf("a 30-minute timeout should pass a 45-minute threshold: %s", f.Message)
		}
	}
	warned := false
	for _, d := range res.Assessment.Diagnostics {
		if strings.Contains(d.Detail, "sesion_timeout") && strings.Contains(d.Detail, "Did you mean") {
			warned = true
			if d.Subject.Start.Line != 3 {
				t.Errorf("unknown threshold reported at line %d, want 3", d.Subject.Start.Line)
			}
		}
	}
	if !warned {
		t.Errorf("no warning for the misspelt threshold: %v", res.Assessment.Diagnostics)
	}
}

func TestAsOfMustBeADate(t *testing.T) {
	_, err := Run(context.Background(), Options{Path: example, AsOf: "11/01/2026"})
	var ue *UsageError
	if !errors.As(err, &ue) {
		t.Errorf("want a usage error, got %v", err)
	}
}
