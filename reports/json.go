package reports

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// JSONReport is the JSON format: its schema is
// docs/json-schema/report.schema.json, versioned by SchemaVersion.
type JSONReport struct {
	SchemaVersion string         `json:"schema_version"`
	Tool          assess.Tool    `json:"tool"`
	AsOf          string         `json:"as_of"`
	Profile       string         `json:"profile"`
	Summary       assess.Summary `json:"summary"`
	Rules         []JSONRule     `json:"rules"`
	Findings      []JSONFinding  `json:"findings"`
	Controls      []JSONControl  `json:"controls"`
	Diagnostics   []JSONDiag     `json:"diagnostics"`
	Evidence      JSONEvidence   `json:"evidence"`
	Waivers       []JSONWaiver   `json:"waivers"`
	Expired       []JSONWaiver   `json:"expired_waivers"`
	Baseline      *JSONBaseline  `json:"baseline,omitempty"`
}

// JSONRule is a rule's facts.
type JSONRule struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	Description   string   `json:"description"`
	Citation      string   `json:"citation"`
	Safeguard     string   `json:"safeguard"`
	Specification string   `json:"specification"`
	Severity      string   `json:"severity"`
	Evidence      []string `json:"evidence"`
	Remediation   string   `json:"remediation"`
	Profiles      []string `json:"profiles,omitempty"`
	Proposed      bool     `json:"proposed,omitempty"`
	Custom        bool     `json:"custom,omitempty"`
	File          string   `json:"file"`
	Line          int      `json:"line"`
}

// JSONFinding is one finding.
type JSONFinding struct {
	RuleID      string      `json:"rule_id"`
	Citation    string      `json:"citation"`
	Severity    string      `json:"severity"`
	Message     string      `json:"message"`
	File        string      `json:"file"`
	Line        int         `json:"line"`
	Column      int         `json:"column"`
	Kind        string      `json:"kind"`
	Document    string      `json:"document"`
	Path        string      `json:"path"`
	Field       string      `json:"field,omitempty"`
	Fingerprint string      `json:"fingerprint"`
	Waived      *JSONWaiver `json:"waiver,omitempty"`
	New         bool        `json:"new,omitempty"`
}

// JSONControl is one catalog entry's status.
type JSONControl struct {
	Citation      string   `json:"citation"`
	Title         string   `json:"title"`
	Level         string   `json:"level"`
	Standard      string   `json:"standard,omitempty"`
	Safeguard     string   `json:"safeguard"`
	Specification string   `json:"specification"`
	Status        string   `json:"status"`
	Checks        []string `json:"checks"`
	Findings      int      `json:"findings"`
	Waived        int      `json:"waived"`
	Missing       []string `json:"missing_evidence,omitempty"`
	NIST          []string `json:"nist_800_53"`
}

// JSONDiag is one diagnostic.
type JSONDiag struct {
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail,omitempty"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

// JSONEvidence is what was read.
type JSONEvidence struct {
	Files     []JSONFile     `json:"files"`
	Documents map[string]int `json:"documents"`
}

// JSONFile is one file read.
type JSONFile struct {
	Path      string   `json:"path"`
	Format    string   `json:"format"`
	Kinds     []string `json:"kinds"`
	Documents int      `json:"documents"`
	Skipped   int      `json:"skipped"`
	SHA256    string   `json:"sha256"`
}

// JSONWaiver is a waiver.
type JSONWaiver struct {
	Rule        string `json:"rule"`
	Entity      string `json:"entity,omitempty"`
	File        string `json:"file,omitempty"`
	Reason      string `json:"reason"`
	ApprovedBy  string `json:"approved_by"`
	Expires     string `json:"expires"`
	Alternative string `json:"alternative,omitempty"`
	At          string `json:"at"`
	Matched     int    `json:"matched"`
}

// JSONBaseline says how the run compares with a baseline.
type JSONBaseline struct {
	Path  string `json:"path"`
	New   int    `json:"new"`
	Fixed int    `json:"fixed"`
}

// BuildJSON converts the assessment to the JSON report's shape.
func BuildJSON(a *assess.Assessment) JSONReport {
	r := JSONReport{
		SchemaVersion: assess.SchemaVersion,
		Tool:          a.Tool,
		AsOf:          a.AsOf,
		Profile:       a.Profile,
		Summary:       a.Summarize(),
		Rules:         []JSONRule{},
		Findings:      []JSONFinding{},
		Controls:      []JSONControl{},
		Diagnostics:   []JSONDiag{},
		Evidence:      JSONEvidence{Files: []JSONFile{}, Documents: map[string]int{}},
		Waivers:       []JSONWaiver{},
		Expired:       []JSONWaiver{},
	}
	for _, x := range a.Rules {
		r.Rules = append(r.Rules, jsonRule(x))
	}
	for _, f := range a.Findings {
		citation := ""
		if f.Rule != nil {
			citation = f.Rule.Citation
		}
		jf := JSONFinding{
			RuleID: f.RuleID, Citation: citation, Severity: f.Severity.String(), Message: f.Message,
			File: f.Range.Filename, Line: f.Range.Start.Line, Column: f.Range.Start.Column,
			Kind: f.Kind, Document: f.Document, Path: f.Path, Field: f.Field, Fingerprint: f.Fingerprint, New: f.New,
		}
		if f.Waiver != nil {
			w := jsonWaiver(*f.Waiver)
			jf.Waived = &w
		}
		r.Findings = append(r.Findings, jf)
	}
	for _, c := range a.Controls {
		checks := c.Rules
		if checks == nil {
			checks = []string{}
		}
		nist := c.NIST
		if nist == nil {
			nist = []string{}
		}
		r.Controls = append(r.Controls, JSONControl{
			Citation: c.Citation, Title: c.Title, Level: c.Level, Standard: c.Standard, Safeguard: c.Safeguard,
			Specification: c.Spec, Status: string(c.Status), Checks: checks, Findings: c.Findings, Waived: c.Waived,
			Missing: c.Missing, NIST: nist,
		})
	}
	for _, d := range a.Diagnostics {
		r.Diagnostics = append(r.Diagnostics, JSONDiag{
			Severity: d.Severity.String(), Code: d.Code, Summary: d.Summary, Detail: d.Detail,
			File: d.Subject.Filename, Line: d.Subject.Start.Line, Column: d.Subject.Start.Column,
		})
	}
	for _, f := range a.Files {
		kinds := f.Kinds
		if kinds == nil {
			kinds = []string{}
		}
		r.Evidence.Files = append(r.Evidence.Files, JSONFile{Path: f.Path, Format: f.Format, Kinds: kinds, Documents: f.Documents, Skipped: f.Skipped, SHA256: f.SHA256})
	}
	for k, n := range a.Documents {
		r.Evidence.Documents[k] = n
	}
	for _, w := range a.Waivers {
		r.Waivers = append(r.Waivers, jsonWaiver(w))
	}
	for _, w := range a.Expired {
		r.Expired = append(r.Expired, jsonWaiver(w))
	}
	if a.Baseline != "" {
		r.Baseline = &JSONBaseline{Path: a.Baseline, New: r.Summary.New, Fixed: a.Fixed}
	}
	return r
}

func jsonRule(x *policies.Rule) JSONRule {
	evidence := x.Evidence
	if evidence == nil {
		evidence = []string{}
	}
	return JSONRule{
		ID: x.ID, Title: x.Title, Description: x.Description, Citation: x.Citation, Safeguard: x.Safeguard,
		Specification: x.Spec, Severity: x.Severity.String(), Evidence: evidence, Remediation: x.Remediation,
		Profiles: x.Profiles, Proposed: x.Proposed, Custom: x.Custom, File: x.File, Line: x.Line,
	}
}

func jsonWaiver(w assess.Waiver) JSONWaiver {
	return JSONWaiver{Rule: w.Rule, Entity: w.Entity, File: w.File, Reason: w.Reason, ApprovedBy: w.ApprovedBy,
		Expires: w.Expires, Alternative: w.Alternative, At: w.At.String(), Matched: w.Matched}
}

func writeJSON(w io.Writer, a *assess.Assessment, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(BuildJSON(a)); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
