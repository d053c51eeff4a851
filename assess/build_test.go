package assess

import (
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
)

const asOf = "2026-11-01"

// The rules the tests assess with: one Required specification and one
// Addressable one, both read from AccessMatrix/EncryptionConfig evidence,
// and an absence check on the training roster.
var testRules = []*policies.Rule{
	{ID: "SG-AC-001", Title: "No shared logins", Citation: "164.312(a)(2)(i)", Spec: "required", Severity: policies.High, Evidence: []string{"AccessMatrix"}},
	{ID: "SG-EN-002", Title: "Approved algorithm at rest", Citation: "164.312(a)(2)(iv)", Spec: "addressable", Severity: policies.High, Evidence: []string{"EncryptionConfig"}},
	{ID: "SG-TR-001", Title: "Required course completed", Citation: "164.308(a)(5)", Spec: "required", Severity: policies.Medium, Evidence: []string{"TrainingRoster"}},
}

func at(file string, line int) diag.Range {
	p := diag.Pos{Line: line, Column: 3, Byte: -1}
	return diag.Range{Filename: file, Start: p, End: p}
}

// The findings the tests assess: two shared logins in one access matrix, a
// weak algorithm in an HCL encryption config, and an absence finding (a
// workforce member with no completion of a required course, pointed at the
// member).
var (
	sharedFrontdesk = policies.Finding{RuleID: "SG-AC-001", Severity: policies.High, Message: `User "frontdesk" is a shared login`,
		Range: at("access/epic-ehr.yaml", 94), Kind: "AccessMatrix", Document: "epic-ehr", Path: "spec.users[frontdesk].shared", Field: "shared", Fingerprint: "fp-frontdesk"}
	sharedNurses = policies.Finding{RuleID: "SG-AC-001", Severity: policies.High, Message: `User "nurses" is a shared login`,
		Range: at("access/epic-ehr.yaml", 120), Kind: "AccessMatrix", Document: "epic-ehr", Path: "spec.users[nurses].shared", Field: "shared", Fingerprint: "fp-nurses"}
	weakAlgorithm = policies.Finding{RuleID: "SG-EN-002", Severity: policies.High, Message: `Data store "billing-db" encrypts with 3DES`,
		Range: at("encryption.hcl", 57), Kind: "EncryptionConfig", Document: "production", Path: "spec.data_stores[billing-db].at_rest.algorithm", Field: "algorithm", Fingerprint: "fp-billing"}
	missingTraining = policies.Finding{RuleID: "SG-TR-001", Severity: policies.Medium, Message: `Workforce member E1003 never completed hipaa-security-awareness`,
		Range: at("training.yaml", 50), Kind: "TrainingRoster", Document: "harbor-workforce", Path: "spec.workforce[E1003]", Fingerprint: "fp-e1003"}
	allFindings = []policies.Finding{sharedFrontdesk, sharedNurses, weakAlgorithm, missingTraining}
)

func testSet() *evidence.Set {
	var docs []*evidence.Document
	for _, k := range []string{"AccessMatrix", "EncryptionConfig", "TrainingRoster"} {
		docs = append(docs, &evidence.Document{Kind: evidence.KindByName(k), Name: strings.ToLower(k)})
	}
	return &evidence.Set{Root: "evidence", Documents: docs}
}

func build(t *testing.T, in Inputs) *Assessment {
	t.Helper()
	cat, err := catalog.Load()
	if err != nil {
		t.Fatal(err)
	}
	in.Catalog, in.Rules, in.Set, in.Profile = cat, testRules, testSet(), "hipaa"
	if in.AsOf == "" {
		in.AsOf = asOf
	}
	if in.Findings == nil {
		in.Findings = allFindings
	}
	a, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// waiver is a complete waiver of rule at line of .safeguard.yaml.
func waiver(rule string, line int, edit func(*Waiver)) Waiver {
	w := Waiver{Rule: rule, Reason: "accepted risk", ApprovedBy: "Dana Lee", Expires: "2027-03-31", At: at(".safeguard.yaml", line)}
	if edit != nil {
		edit(&w)
	}
	return w
}

func control(t *testing.T, a *Assessment, citation string) Control {
	t.Helper()
	for _, c := range a.Controls {
		if c.Citation == citation {
			return c
		}
	}
	t.Fatalf("no control %s", citation)
	return Control{}
}

func diagsWith(a *Assessment, code string) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range a.Diagnostics {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

// waivedPaths lists the paths of the findings a waiver covers.
func waivedPaths(a *Assessment) map[string]bool {
	out := map[string]bool{}
	for _, f := range a.Findings {
		if f.Waiver != nil {
			out[f.Path] = true
		}
	}
	return out
}

func TestWaiverMatching(t *testing.T) {
	tests := []struct {
		name   string
		waiver Waiver
		want   []string // paths of the findings it waives
	}{
		{"rule only waives every finding of the rule", waiver("SG-AC-001", 10, nil),
			[]string{sharedFrontdesk.Path, sharedNurses.Path}},
		{"entity is the document name", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "epic-ehr" }),
			[]string{sharedFrontdesk.Path, sharedNurses.Path}},
		{"entity is Kind/name", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "AccessMatrix/epic-ehr" }),
			[]string{sharedFrontdesk.Path, sharedNurses.Path}},
		{"entity is the id in the finding's path", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "frontdesk" }),
			[]string{sharedFrontdesk.Path}},
		{"entity is the object's path", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "spec.users[nurses]" }),
			[]string{sharedNurses.Path}},
		{"entity is the whole path with the field", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "spec.users[nurses].shared" }),
			[]string{sharedNurses.Path}},
		{"entity that is part of an id matches nothing", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "front" }),
			nil},
		{"entity path prefix must end at an object", waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "spec.users[nurses].sha" }),
			nil},
		{"file is the path", waiver("SG-EN-002", 10, func(w *Waiver) { w.File = "encryption.hcl" }),
			[]string{weakAlgorithm.Path}},
		{"file is a glob", waiver("SG-AC-001", 10, func(w *Waiver) { w.File = "access/*.yaml" }),
			[]string{sharedFrontdesk.Path, sharedNurses.Path}},
		{"file is a folder", waiver("SG-AC-001", 10, func(w *Waiver) { w.File = "access/" }),
			[]string{sharedFrontdesk.Path, sharedNurses.Path}},
		{"file that is another file matches nothing", waiver("SG-AC-001", 10, func(w *Waiver) { w.File = "access/other.yaml" }),
			nil},
		{"file and entity must both match", waiver("SG-AC-001", 10, func(w *Waiver) { w.File = "access/*.yaml"; w.Entity = "nurses" }),
			[]string{sharedNurses.Path}},
		{"another rule's waiver does not apply", waiver("SG-EN-002", 10, func(w *Waiver) { w.Entity = "frontdesk" }),
			nil},
		{"absence finding is waived at the object that lacks the thing", waiver("SG-TR-001", 10, func(w *Waiver) { w.Entity = "E1003" }),
			[]string{missingTraining.Path}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := build(t, Inputs{Waivers: []Waiver{tt.waiver}})
			got := waivedPaths(a)
			if len(got) != len(tt.want) {
				t.Errorf("waived %v, want %v", got, tt.want)
			}
			for _, p := range tt.want {
				if !got[p] {
					t.Errorf("%s not waived; waived %v", p, got)
				}
			}
			if len(a.Waivers) != 1 || a.Waivers[0].Matched != len(tt.want) {
				t.Errorf("waivers %+v, want one that matched %d", a.Waivers, len(tt.want))
			}
			unused := diagsWith(a, diag.CodeWaiverUnused)
			if (len(tt.want) == 0) != (len(unused) == 1) || len(unused) > 1 {
				t.Errorf("SG3003 diagnostics %v, want one only when the waiver matches nothing", unused)
			}
		})
	}
}

func TestWaivedFindingIsNotOpen(t *testing.T) {
	a := build(t, Inputs{Waivers: []Waiver{waiver("SG-EN-002", 12, func(w *Waiver) {
		w.Entity = "billing-db"
		w.Alternative = "Database sits on an isolated network; disks use AES-256 self-encrypting drives"
	})}})
	var waived *Finding
	for i := range a.Findings {
		if a.Findings[i].RuleID == "SG-EN-002" {
			waived = &a.Findings[i]
		}
	}
	if waived == nil || waived.Waiver == nil {
		t.Fatalf("the SG-EN-002 finding is not waived: %+v", waived)
	}
	if waived.Open() {
		t.Error("a waived finding is open")
	}
	if got := waived.Waiver.Alternative; !strings.Contains(got, "isolated network") {
		t.Errorf("the finding's waiver lost its alternative measure: %q", got)
	}
	if waived.Waiver.At.Start.Line != 12 || waived.Waiver.Matched != 1 {
		t.Errorf("the finding's waiver is %+v, want the one at line 12 with 1 match", waived.Waiver)
	}
	for _, f := range a.Failing(policies.Low) {
		if f.RuleID == "SG-EN-002" {
			t.Error("a waived finding counts against --fail-on")
		}
	}
	s := a.Summarize()
	if s.Waived != 1 || s.Open != len(allFindings)-1 || s.BySeverity["high"] != 2 {
		t.Errorf("summary: %d waived, %d open, %d high; want 1, %d, 2", s.Waived, s.Open, s.BySeverity["high"], len(allFindings)-1)
	}
	c := control(t, a, "164.312(a)(2)(iv)")
	if c.Status != Waived || c.Waived != 1 || c.Findings != 0 {
		t.Errorf("control 164.312(a)(2)(iv): status %s, %d waived, %d open; want waived, 1, 0", c.Status, c.Waived, c.Findings)
	}
	if c.Spec != "addressable" {
		t.Errorf("164.312(a)(2)(iv) is %s, want addressable (the alternative is for Addressable specifications)", c.Spec)
	}
	if len(a.Diagnostics) != 0 {
		t.Errorf("diagnostics for a waiver in force: %v", a.Diagnostics)
	}
}

func TestWaiverOfSomeFindingsLeavesAGap(t *testing.T) {
	a := build(t, Inputs{Waivers: []Waiver{waiver("SG-AC-001", 10, func(w *Waiver) { w.Entity = "frontdesk" })}})
	c := control(t, a, "164.312(a)(2)(i)")
	if c.Status != Gap || c.Waived != 1 || c.Findings != 1 {
		t.Errorf("control: status %s, %d waived, %d open; want gap, 1, 1", c.Status, c.Waived, c.Findings)
	}
}

func TestWaiverExpiry(t *testing.T) {
	tests := []struct {
		name    string
		expires string
		live    bool
	}{
		{"expires after the as-of date", "2026-11-02", true},
		// A waiver is in force through its expiry date, as a BAA is.
		{"expires on the as-of date", asOf, true},
		{"expired the day before", "2026-10-31", false},
		{"expired long ago", "2025-01-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := build(t, Inputs{Waivers: []Waiver{waiver("SG-AC-001", 7, func(w *Waiver) { w.Expires = tt.expires })}})
			waived := len(waivedPaths(a))
			expired := diagsWith(a, diag.CodeWaiverExpired)
			if tt.live {
				if waived != 2 || len(expired) != 0 || len(a.Expired) != 0 || len(a.Waivers) != 1 {
					t.Errorf("live waiver: %d waived, expired %v, %d in force", waived, expired, len(a.Waivers))
				}
				return
			}
			if waived != 0 {
				t.Errorf("an expired waiver still waives %d findings", waived)
			}
			if n := len(a.Failing(policies.Low)); n != len(allFindings) {
				t.Errorf("%d failing findings, want all %d: the expired waiver's findings count again", n, len(allFindings))
			}
			if len(a.Waivers) != 0 || len(a.Expired) != 1 {
				t.Fatalf("waivers %v, expired %v; want the waiver among the expired only", a.Waivers, a.Expired)
			}
			if a.Expired[0].Matched != 2 {
				t.Errorf("expired waiver matched %d, want 2: the findings that count again", a.Expired[0].Matched)
			}
			if len(expired) != 1 {
				t.Fatalf("want one SG3002 diagnostic, got %v", a.Diagnostics)
			}
			d := expired[0]
			if d.Severity != diag.Warning || d.Subject.Filename != ".safeguard.yaml" || d.Subject.Start.Line != 7 {
				t.Errorf("SG3002 is a %v at %s, want a warning at .safeguard.yaml:7 (the waiver's line)", d.Severity, d.Subject)
			}
			if !strings.Contains(d.Detail, tt.expires) || !strings.Contains(d.Detail, "SG-AC-001") {
				t.Errorf("SG3002 does not name the rule and date: %q", d.Detail)
			}
			if len(diagsWith(a, diag.CodeWaiverUnused)) != 0 {
				t.Errorf("an expired waiver is also reported as unused: %v", a.Diagnostics)
			}
			if c := control(t, a, "164.312(a)(2)(i)"); c.Status != Gap || c.Waived != 0 {
				t.Errorf("control with an expired waiver: %s, %d waived; want gap, 0", c.Status, c.Waived)
			}
		})
	}
}

func TestWaiverThatMatchesNothingWarns(t *testing.T) {
	tests := []struct {
		name    string
		waiver  Waiver
		summary string
	}{
		{"no finding of its entity", waiver("SG-AC-001", 9, func(w *Waiver) { w.Entity = "nobody" }), "Waiver matches nothing"},
		{"an active rule with no findings", waiver("SG-AC-001", 9, nil), "Waiver matches nothing"},
		{"a rule that does not run", waiver("SG-XX-999", 9, nil), "Waiver names no active rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Inputs{Waivers: []Waiver{tt.waiver}}
			if tt.name == "an active rule with no findings" {
				in.Findings = []policies.Finding{weakAlgorithm}
			}
			a := build(t, in)
			ds := diagsWith(a, diag.CodeWaiverUnused)
			if len(ds) != 1 {
				t.Fatalf("want one SG3003 diagnostic, got %v", a.Diagnostics)
			}
			if ds[0].Severity != diag.Warning || ds[0].Summary != tt.summary || ds[0].Subject.Start.Line != 9 {
				t.Errorf("got %v %q at %s, want a warning %q at line 9", ds[0].Severity, ds[0].Summary, ds[0].Subject, tt.summary)
			}
			if a.Diagnostics.HasErrors() {
				t.Error("an unused waiver is an error; it is a warning")
			}
		})
	}
}

// Every copy of a waiver on a finding carries the waiver's final count,
// also when two waivers of one rule share a position (waivers built in
// code, or two in a one-line flow list).
func TestWaiverMatchedCountOnEveryCopy(t *testing.T) {
	same := diag.Range{}
	a := build(t, Inputs{Waivers: []Waiver{
		waiver("SG-AC-001", 0, func(w *Waiver) { w.Entity = "epic-ehr"; w.File = "access/*"; w.At = same }),
		waiver("SG-AC-001", 0, func(w *Waiver) { w.Entity = "nurses"; w.At = same }),
	}})
	if a.Waivers[0].Matched != 2 || a.Waivers[1].Matched != 0 {
		t.Fatalf("matched %d and %d, want 2 and 0 (the first waiver that matches covers a finding)", a.Waivers[0].Matched, a.Waivers[1].Matched)
	}
	for _, f := range a.Findings {
		if f.Waiver != nil && f.Waiver.Matched != 2 {
			t.Errorf("finding %s carries a waiver with matched %d, want 2", f.Path, f.Waiver.Matched)
		}
	}
	// A finding's waiver is its own copy: changing it changes nothing else.
	a.Findings[0].Waiver.Reason = "changed"
	if a.Waivers[0].Reason == "changed" || a.Findings[1].Waiver.Reason == "changed" {
		t.Error("findings share their waiver with the waiver list")
	}
}

func TestBaselineMarksNewFindings(t *testing.T) {
	a := build(t, Inputs{
		Baseline:     map[string]bool{"fp-frontdesk": true, "fp-billing": true, "fp-gone": true},
		BaselinePath: "base.json",
	})
	for _, f := range a.Findings {
		want := f.Fingerprint == "fp-nurses" || f.Fingerprint == "fp-e1003"
		if f.New != want {
			t.Errorf("%s: new %v, want %v", f.Fingerprint, f.New, want)
		}
	}
	if a.Fixed != 1 {
		t.Errorf("fixed %d, want 1 (fp-gone)", a.Fixed)
	}
	failing := a.Failing(policies.Low)
	if len(failing) != 2 {
		t.Errorf("%d failing, want the 2 new findings", len(failing))
	}
	if s := a.Summarize(); s.New != 2 {
		t.Errorf("summary counts %d new, want 2", s.New)
	}
	// Without a baseline nothing is new and every open finding fails.
	b := build(t, Inputs{})
	for _, f := range b.Findings {
		if f.New {
			t.Errorf("%s is new without a baseline", f.Fingerprint)
		}
	}
	if len(b.Failing(policies.Low)) != len(allFindings) {
		t.Errorf("without a baseline %d fail, want %d", len(b.Failing(policies.Low)), len(allFindings))
	}
}
