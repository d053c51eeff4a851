// Package assess turns findings into an assessment: each finding joined to
// its rule and catalog entry, waivers and a baseline applied, and a status
// for every standard and implementation specification of the Security Rule.
// The Assessment is the one value every report renders.
package assess

import (
	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// SchemaVersion is the version of the JSON report's schema
// (docs/json-schema/report.schema.json).
const SchemaVersion = "1.0.0"

// Status is a control's standing.
type Status string

const (
	Satisfied   Status = "satisfied"    // checks ran on evidence and found nothing open
	Gap         Status = "gap"          // at least one open finding
	Waived      Status = "waived"       // every finding is covered by a live waiver
	NotAssessed Status = "not_assessed" // checks exist, but the evidence they read is absent
	Manual      Status = "manual"       // no check can decide it; an auditor must
)

// Statuses lists the statuses in report order.
var Statuses = []Status{Gap, Waived, NotAssessed, Manual, Satisfied}

// Finding is a policy finding with what reports need beside it.
type Finding struct {
	policies.Finding
	Rule *policies.Rule `json:"-"`
	// Waiver is the live waiver that covers the finding, if any.
	Waiver *Waiver `json:"waiver,omitempty"`
	// New is set when a baseline was given and the finding is not in it.
	New bool `json:"new,omitempty"`
}

// Open reports whether the finding counts against --fail-on.
func (f Finding) Open() bool { return f.Waiver == nil }

// Waiver accepts a finding for a time, with a reason (waivers.go).
type Waiver struct {
	Rule       string `json:"rule" yaml:"rule"`
	Entity     string `json:"entity,omitempty" yaml:"entity,omitempty"`
	File       string `json:"file,omitempty" yaml:"file,omitempty"`
	Reason     string `json:"reason" yaml:"reason"`
	ApprovedBy string `json:"approved_by" yaml:"approved_by"`
	Expires    string `json:"expires" yaml:"expires"`
	// Alternative records the equivalent measure for an Addressable
	// specification (45 CFR 164.306(d)(3)).
	Alternative string     `json:"alternative,omitempty" yaml:"alternative,omitempty"`
	At          diag.Range `json:"range" yaml:"-"`
	Matched     int        `json:"matched" yaml:"-"`
}

// Control is one catalog entry's result.
type Control struct {
	catalog.Entry
	Status   Status   `json:"status"`
	Rules    []string `json:"checks"`
	Findings int      `json:"findings"`
	Waived   int      `json:"waived"`
	// Missing lists the evidence kinds whose absence left it not assessed.
	Missing []string `json:"missing_evidence,omitempty"`
}

// Tool describes the run.
type Tool struct {
	Name           string `json:"name"`
	Version        string `json:"version"`
	PolicyDigest   string `json:"policy_digest"`
	EvidenceDigest string `json:"evidence_digest"`
}

// Assessment is the whole result of a scan.
type Assessment struct {
	Tool     Tool   `json:"tool"`
	AsOf     string `json:"as_of"`
	Profile  string `json:"profile"`
	Root     string `json:"root"`
	Rules    []*policies.Rule
	Findings []Finding
	Controls []Control
	// Evidence is what was read.
	Files       []evidence.FileInfo
	Documents   map[string]int // by kind
	Diagnostics diag.Diagnostics
	// Waivers are the waivers in force; Expired those past their date.
	Waivers []Waiver
	Expired []Waiver
	// Baseline is the path of the baseline report, if one was given.
	Baseline string
	// Fixed counts baseline findings no longer present.
	Fixed int
}
