package policies

import (
	"fmt"
	"strings"
)

// Severity ranks a finding. The order is the order of --fail-on.
type Severity int

const (
	SeverityInvalid Severity = iota
	Info
	Low
	Medium
	High
	Critical
)

var severityNames = []string{"invalid", "info", "low", "medium", "high", "critical"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return "invalid"
	}
	return severityNames[s]
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads a severity name.
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if i > 0 && strings.EqualFold(n, name) {
			return Severity(i), nil
		}
	}
	return SeverityInvalid, fmt.Errorf("unknown severity %q (want one of %s)", name, strings.Join(SeverityNames(), ", "))
}

// SeverityNames lists the valid names, lowest first.
func SeverityNames() []string { return append([]string(nil), severityNames[1:]...) }

// Lower returns the next severity down (a warn rule reports one lower).
func (s Severity) Lower() Severity {
	if s <= Info {
		return Info
	}
	return s - 1
}

// Rule is one check: a Rego package with deny (and perhaps warn) rules, and
// the facts of its METADATA annotation. The annotation is the only place
// these facts are written; the catalog and every report read them from here.
type Rule struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Citation    string   `json:"citation"`
	Safeguard   string   `json:"safeguard"`     // administrative|physical|technical|organizational|documentation
	Spec        string   `json:"specification"` // required|addressable
	Severity    Severity `json:"severity"`
	Evidence    []string `json:"evidence"` // the kinds it reads
	Remediation string   `json:"remediation"`
	// Profiles limits the rule to some profiles; empty means every profile.
	Profiles []string `json:"profiles,omitempty"`
	// Proposed marks a rule that encodes the January 2025 proposed rule.
	Proposed bool   `json:"proposed,omitempty"`
	Package  string `json:"package"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Custom   bool   `json:"custom,omitempty"`
	hasDeny  bool
	hasWarn  bool
}

// InProfile reports whether the rule runs under the profile.
func (r *Rule) InProfile(profile string) bool {
	if len(r.Profiles) == 0 {
		return true
	}
	for _, p := range r.Profiles {
		if p == profile {
			return true
		}
	}
	return false
}

var (
	safeguards     = []string{"administrative", "physical", "technical", "organizational", "documentation"}
	specifications = []string{"required", "addressable"}
	// EvidenceKinds are the values the evidence field takes.
	evidenceKinds = []string{"AccessMatrix", "BusinessAssociates", "RetentionSchedule", "EncryptionConfig", "TrainingRoster", "SecurityProgram"}
)
