package assess

import (
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// Summary is the assessment in counts, for summary lines and dashboards.
type Summary struct {
	Findings   int            `json:"findings"`
	Open       int            `json:"open"`
	Waived     int            `json:"waived"`
	New        int            `json:"new"`
	BySeverity map[string]int `json:"open_by_severity"`
	Controls   map[Status]int `json:"controls"`
	// RequiredGaps and AddressableGaps count controls with gaps by their
	// specification.
	RequiredGaps    int `json:"required_gaps"`
	AddressableGaps int `json:"addressable_gaps"`
	Errors          int `json:"errors"`
	Warnings        int `json:"warnings"`
	Files           int `json:"files"`
	Documents       int `json:"documents"`
	Skipped         int `json:"skipped"`
	Rules           int `json:"rules"`
}

// Summarize counts the assessment.
func (a *Assessment) Summarize() Summary {
	s := Summary{BySeverity: map[string]int{}, Controls: map[Status]int{}, Files: len(a.Files), Rules: len(a.Rules)}
	for _, sev := range policies.SeverityNames() {
		s.BySeverity[sev] = 0
	}
	for _, st := range Statuses {
		s.Controls[st] = 0
	}
	for _, f := range a.Findings {
		s.Findings++
		if f.New {
			s.New++
		}
		if f.Waiver != nil {
			s.Waived++
			continue
		}
		s.Open++
		s.BySeverity[f.Severity.String()]++
	}
	for _, c := range a.Controls {
		s.Controls[c.Status]++
		if c.Status == Gap {
			if c.Spec == "addressable" {
				s.AddressableGaps++
			} else {
				s.RequiredGaps++
			}
		}
	}
	for _, d := range a.Diagnostics {
		if d.Severity == diag.Error {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
	for _, n := range a.Documents {
		s.Documents += n
	}
	for _, f := range a.Files {
		s.Skipped += f.Skipped
	}
	return s
}

// Failing returns the open findings at or above the severity that count
// against --fail-on: with a baseline, only new ones.
func (a *Assessment) Failing(min policies.Severity) []Finding {
	var out []Finding
	for _, f := range a.Findings {
		if f.Waiver != nil || f.Severity < min {
			continue
		}
		if a.Baseline != "" && !f.New {
			continue
		}
		out = append(out, f)
	}
	return out
}

// RuleByID returns a rule of the assessment.
func (a *Assessment) RuleByID(id string) *policies.Rule {
	for _, r := range a.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}
