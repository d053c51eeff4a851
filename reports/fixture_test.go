package reports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// hostile is an evidence value that must render inert in every format.
const hostile = "<script>alert(1)</script></style></textarea>\"'&amp; [link](javascript:alert(1)) \x1b[31mred\x1b[0m ::error file=x::pwned ünïcødé 🔒"

// fixture is the one assessment every format's tests render: findings of
// several severities, kinds and safeguards, a waived finding, a new one, a
// diagnostic, a hostile string in a message and in a document name, and the
// real catalog's controls.
func fixture(t testing.TB) *assess.Assessment {
	t.Helper()
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	rules := []*policies.Rule{
		{ID: "SG-AC-001", Title: "No shared logins for people", Description: "Every person has a login of their own.", Citation: "164.312(a)(2)(i)", Safeguard: "technical", Spec: "required", Severity: policies.High, Evidence: []string{"AccessMatrix"}, Remediation: "Give each person their own account.", Package: "safeguard.rules.access.shared_accounts", File: "builtin/rules/access/shared_accounts.rego", Line: 1},
		{ID: "SG-BA-001", Title: "Vendors hosting ePHI have an executed BAA", Description: "A vendor that stores ePHI needs a BAA.", Citation: "164.308(b)(3)", Safeguard: "administrative", Spec: "required", Severity: policies.Critical, Evidence: []string{"EncryptionConfig", "BusinessAssociates"}, Remediation: "Execute a BAA.", Package: "safeguard.rules.vendors.store_host_without_baa", File: "builtin/rules/vendors/store_host_without_baa.rego", Line: 1},
		{ID: "SG-EN-001", Title: "ePHI data stores are encrypted at rest", Description: "Encrypt ePHI at rest.", Citation: "164.312(a)(2)(iv)", Safeguard: "technical", Spec: "addressable", Severity: policies.High, Evidence: []string{"EncryptionConfig"}, Remediation: "Turn on encryption at rest.", Package: "safeguard.rules.encryption.at_rest", File: "builtin/rules/encryption/at_rest.rego", Line: 1},
		{ID: "SG-TR-002", Title: "Training is current", Description: "Refresh training yearly.", Citation: "164.308(a)(5)(ii)(A)", Safeguard: "administrative", Spec: "addressable", Severity: policies.Medium, Evidence: []string{"TrainingRoster"}, Remediation: "Schedule the refresher.", Package: "safeguard.rules.training.overdue", File: "builtin/rules/training/overdue.rego", Line: 1},
		{ID: "SG-PG-002", Title: "Risk analysis is current", Description: "Analyse risk yearly.", Citation: "164.308(a)(1)(ii)(A)", Safeguard: "administrative", Spec: "required", Severity: policies.Critical, Evidence: []string{"SecurityProgram"}, Remediation: "Run the risk analysis.", Package: "safeguard.rules.program.risk_analysis", File: "builtin/rules/program/risk_analysis.rego", Line: 1},
	}
	at := func(file string, line, col int) diag.Range {
		p := diag.Pos{Line: line, Column: col, Byte: -1}
		return diag.Range{Filename: file, Start: p, End: p}
	}
	findings := []policies.Finding{
		{RuleID: "SG-AC-001", Severity: policies.High, Message: "User \"frontdesk\" in epic-ehr is a shared login; each person needs a unique user id", Range: at("access/epic ehr.yaml", 41, 7), Kind: "AccessMatrix", Document: "epic-ehr", Path: "spec.users[frontdesk].shared", Field: "shared", Fingerprint: "0a1b2c3d4e5f60718293a4b5c6d7e8f9"},
		{RuleID: "SG-BA-001", Severity: policies.Critical, Message: "Data store \"imaging\" holds ePHI at vendor \"" + hostile + "\", whose BAA is pending, not executed", Range: at("encryption.hcl", 12, 5), Kind: "EncryptionConfig", Document: hostile, Path: "spec.data_stores[imaging].hosted_by", Field: "hosted_by", Fingerprint: "1a1b2c3d4e5f60718293a4b5c6d7e8f9"},
		{RuleID: "SG-EN-001", Severity: policies.High, Message: "Data store \"legacy-archive\" holds ePHI without encryption at rest", Range: at("encryption.hcl", 30, 3), Kind: "EncryptionConfig", Document: "production", Path: "spec.data_stores[legacy-archive]", Field: "at_rest", Fingerprint: "2a1b2c3d4e5f60718293a4b5c6d7e8f9"},
		{RuleID: "SG-TR-002", Severity: policies.Medium, Message: "Workforce member E1002 last completed hipaa-security-awareness on 2025-06-01, more than 365 days ago", Range: at("training.yaml", 27, 11), Kind: "TrainingRoster", Document: "staff", Path: "spec.workforce[E1002].completions[0]", Fingerprint: "3a1b2c3d4e5f60718293a4b5c6d7e8f9"},
		{RuleID: "SG-PG-002", Severity: policies.Low, Message: "Risk analysis last completed 2025-03-01, more than 365 days before 2026-11-01 (warn)", Range: at("program.yaml", 9, 3), Kind: "SecurityProgram", Document: "program", Path: "spec.risk_analysis.last_completed", Field: "last_completed", Fingerprint: "4a1b2c3d4e5f60718293a4b5c6d7e8f9"},
	}
	set := &evidence.Set{
		Root: "testdata/fixture",
		Files: []evidence.FileInfo{
			{Path: "access/epic ehr.yaml", Format: "yaml", Kinds: []string{"AccessMatrix"}, Documents: 1, SHA256: "aa"},
			{Path: "encryption.hcl", Format: "hcl", Kinds: []string{"EncryptionConfig"}, Documents: 1, SHA256: "bb"},
			{Path: "program.yaml", Format: "yaml", Kinds: []string{"SecurityProgram"}, Documents: 1, SHA256: "cc"},
			{Path: "training.yaml", Format: "yaml", Kinds: []string{"TrainingRoster"}, Documents: 1, SHA256: "dd"},
			{Path: "k8s/deploy.yaml", Format: "yaml", Skipped: 2, SHA256: "ee"},
		},
		Documents: []*evidence.Document{
			{Kind: evidence.AccessMatrix, Name: "epic-ehr", File: "access/epic ehr.yaml"},
			{Kind: evidence.EncryptionConfig, Name: hostile, File: "encryption.hcl"},
			{Kind: evidence.SecurityProgram, Name: "program", File: "program.yaml"},
			{Kind: evidence.TrainingRoster, Name: "staff", File: "training.yaml"},
		},
		Diagnostics: diag.Diagnostics{
			diag.Warnf(diag.CodeUnknownField, at("training.yaml", 14, 9), "Unknown field", "%q is not a field of member #2. Did you mean %q?", "complted", "completions"),
		},
	}
	a, err := assess.Build(assess.Inputs{
		Catalog: cat, Rules: rules, Findings: findings, Set: set, AsOf: "2026-11-01", Profile: "hipaa",
		Tool:         assess.Tool{Name: "safeguard", Version: "1.0.0-test", PolicyDigest: "0123456789abcdef"},
		Waivers:      []assess.Waiver{{Rule: "SG-EN-001", Entity: "legacy-archive", Reason: "Read-only archive on an isolated network; decommissioned in Q1", ApprovedBy: "Dana Lee, Security Officer", Expires: "2027-03-31", Alternative: "Network isolation and physical access control", At: at(".safeguard.yaml", 8, 5)}},
		Baseline:     map[string]bool{"0a1b2c3d4e5f60718293a4b5c6d7e8f9": true, "3a1b2c3d4e5f60718293a4b5c6d7e8f9": true},
		BaselinePath: "baseline.json",
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// render writes the fixture in a format.
func render(t testing.TB, format string, o Options) []byte {
	t.Helper()
	f, err := Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, fixture(t), o); err != nil {
		t.Fatalf("write %s: %v", format, err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/<format>/<name>, or rewrites it with
// -update.
func golden(t *testing.T, format, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", format, name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run go test ./reports -update after checking the change)\n--- got (first 2000 bytes):\n%.2000s", format, p, got)
	}
}

// TestDeterministic renders every format twice and compares the bytes.
func TestDeterministic(t *testing.T) {
	for _, f := range All() {
		t.Run(f.Name, func(t *testing.T) {
			a, b := render(t, f.Name, Options{}), render(t, f.Name, Options{})
			if !bytes.Equal(a, b) {
				t.Errorf("two renders of %s differ", f.Name)
			}
		})
	}
}
