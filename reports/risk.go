package reports

import (
	"fmt"
	"sort"
	"strings"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// Rating is a likelihood, impact or risk level. The levels follow the HHS
// Security Risk Assessment (SRA) tool: likelihood and impact are Low, Medium
// or High, and the risk level their product, Low to Critical.
type Rating int

const (
	RatingNone Rating = iota
	RatingLow
	RatingMedium
	RatingHigh
	RatingCritical
)

var ratingNames = []string{"None", "Low", "Medium", "High", "Critical"}

func (r Rating) String() string {
	if r < 0 || int(r) >= len(ratingNames) {
		return ratingNames[0]
	}
	return ratingNames[r]
}

// MarshalText writes the rating's name.
func (r Rating) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// widespread is how many affected objects make a gap more likely to be
// exploited than its severity alone says: the weakness is a pattern, not a
// slip.
const widespread = 5

// Risk is one row of the risk register: an open gap (the open findings of
// one rule under one control) as a threat/vulnerability pair.
type Risk struct {
	// ID numbers the register in order, R01 first.
	ID            string `json:"id"`
	Citation      string `json:"citation"`
	Control       string `json:"control"`
	Safeguard     string `json:"safeguard"`
	Specification string `json:"specification"`
	Rule          string `json:"rule_id"`
	Threat        string `json:"threat"`
	Vulnerability string `json:"vulnerability"`
	// Severity is the highest severity among the gap's open findings.
	Severity   policies.Severity `json:"severity"`
	Likelihood Rating            `json:"likelihood"`
	Impact     Rating            `json:"impact"`
	Level      Rating            `json:"risk_level"`
	// Affected counts the open findings (one per evidence object); New those
	// not in the baseline.
	Affected int `json:"affected"`
	New      int `json:"new"`
	// First is the first finding's place, file:line, and Example its message.
	First       string `json:"first"`
	Example     string `json:"example"`
	Remediation string `json:"remediation"`
}

// RiskRegister lists the assessment's open gaps as risks, rated the way the
// HHS SRA tool rates them, highest risk first, then by citation and rule id.
// Waived findings are accepted risks and are left out.
func RiskRegister(a *assess.Assessment) []Risk {
	type key struct{ citation, rule string }
	byKey := map[key]*Risk{}
	first := map[key]diag.Range{}
	for _, f := range a.Findings {
		if !f.Open() || f.Rule == nil {
			continue
		}
		k := key{f.Rule.Citation, f.RuleID}
		r := byKey[k]
		if r == nil {
			r = &Risk{Citation: f.Rule.Citation, Rule: f.RuleID, Safeguard: f.Rule.Safeguard, Specification: f.Rule.Spec, Remediation: f.Rule.Remediation}
			if c, ok := lookupControl(a, f.Rule.Citation); ok {
				r.Citation, r.Control, r.Safeguard = c.Citation, c.Title, c.Safeguard
				if c.Spec != "" {
					r.Specification = c.Spec
				}
			}
			r.Threat = threat(f.Rule)
			byKey[k] = r
		}
		r.Affected++
		if f.New {
			r.New++
		}
		if f.Severity > r.Severity {
			r.Severity = f.Severity
		}
		// Findings come sorted by place; compare anyway, so the register
		// does not depend on the order a caller built them in.
		if at, seen := first[k]; !seen || f.Range.Less(at) {
			first[k] = f.Range
			r.First, r.Example = f.Range.String(), f.Message
		}
	}
	out := make([]Risk, 0, len(byKey))
	for _, r := range byKey {
		rule := a.RuleByID(r.Rule)
		title := r.Rule
		if rule != nil {
			title = rule.Title
		}
		r.Vulnerability = fmt.Sprintf("Not met: %s (%d object%s affected)", title, r.Affected, plural(r.Affected))
		r.Likelihood = likelihood(r.Severity, r.Affected)
		r.Impact = impact(r.Severity, r.Specification)
		r.Level = riskLevel(r.Likelihood, r.Impact)
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Level != y.Level {
			return x.Level > y.Level
		}
		if x.Citation != y.Citation {
			return x.Citation < y.Citation
		}
		return x.Rule < y.Rule
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("R%02d", i+1)
	}
	return out
}

// lookupControl finds the control a citation names, by its citation or an alias.
func lookupControl(a *assess.Assessment, citation string) (assess.Control, bool) {
	for _, c := range a.Controls {
		if c.Citation == citation {
			return c, true
		}
		for _, al := range c.Aliases {
			if al == citation {
				return c, true
			}
		}
	}
	return assess.Control{}, false
}

// likelihood rates how likely the gap is to be exploited: from the finding's
// severity, one level up when the weakness is widespread.
func likelihood(s policies.Severity, affected int) Rating {
	var r Rating
	switch {
	case s >= policies.Critical:
		r = RatingHigh
	case s >= policies.Medium:
		r = RatingMedium
	default:
		r = RatingLow
	}
	if affected >= widespread && r < RatingHigh {
		r++
	}
	return r
}

// impact rates the harm if it is: from the severity, one level down for an
// Addressable specification (the entity may meet it by an equivalent measure,
// 164.306(d)(3)), except where the finding is critical.
func impact(s policies.Severity, spec string) Rating {
	var r Rating
	switch {
	case s >= policies.High:
		r = RatingHigh
	case s == policies.Medium:
		r = RatingMedium
	default:
		r = RatingLow
	}
	if spec == "addressable" && s < policies.Critical && r > RatingLow {
		r--
	}
	return r
}

// riskLevel is the SRA tool's matrix: likelihood times impact, 1-2 Low, 3-4
// Medium, 6 High, 9 Critical.
func riskLevel(l, i Rating) Rating {
	if l < RatingLow || i < RatingLow {
		return RatingNone
	}
	switch p := int(l) * int(i); {
	case p >= 9:
		return RatingCritical
	case p >= 6:
		return RatingHigh
	case p >= 3:
		return RatingMedium
	default:
		return RatingLow
	}
}

// threat names what could exploit a gap: by the part of the rule its check
// cites (longest prefix), else by the evidence it reads, else by safeguard.
func threat(r *policies.Rule) string {
	best := ""
	for prefix := range threatsByCitation {
		if strings.HasPrefix(r.Citation, prefix) && len(prefix) > len(best) {
			best = prefix
		}
	}
	if best != "" {
		return threatsByCitation[best]
	}
	for _, k := range r.Evidence {
		if t, ok := threatsByKind[k]; ok {
			return t
		}
	}
	if t, ok := threatsBySafeguard[r.Safeguard]; ok {
		return t
	}
	return "Compromise of the confidentiality, integrity or availability of ePHI"
}

var threatsByCitation = map[string]string{
	"164.308(a)(1)":     "Unidentified or unmanaged risks to ePHI",
	"164.308(a)(3)":     "Unauthorized access to ePHI by a workforce member",
	"164.308(a)(4)":     "Unauthorized access to ePHI by a workforce member",
	"164.308(a)(5)":     "Workforce error or social engineering, such as phishing, exposing ePHI",
	"164.308(a)(6)":     "A security incident going undetected or unmitigated",
	"164.308(a)(7)":     "Loss of ePHI, or of access to it, in an emergency or a disaster",
	"164.308(b)":        "Use or disclosure of ePHI by a vendor without contractual safeguards",
	"164.310":           "Physical access to, or theft of, systems and media holding ePHI",
	"164.312(a)":        "Unauthorized access to ePHI by a workforce member or an outsider using an account",
	"164.312(a)(2)(iv)": "Disclosure of ePHI from stolen, lost or breached storage",
	"164.312(b)":        "Misuse of ePHI going unnoticed for want of audit records",
	"164.312(c)":        "Improper alteration or destruction of ePHI",
	"164.312(d)":        "Impersonation of a user to reach ePHI",
	"164.312(e)":        "Interception or alteration of ePHI in transmission",
	"164.314":           "Use or disclosure of ePHI by a vendor without contractual safeguards",
	"164.316":           "Missing or outdated policies and records of security decisions",
}

var threatsByKind = map[string]string{
	"AccessMatrix":       "Unauthorized access to ePHI by a workforce member or an outsider using an account",
	"BusinessAssociates": "Use or disclosure of ePHI by a vendor without contractual safeguards",
	"EncryptionConfig":   "Disclosure of ePHI from stolen, lost or breached storage, or from intercepted transmissions",
	"RetentionSchedule":  "Loss of ePHI or of required documentation, or ePHI kept and exposed beyond need",
	"TrainingRoster":     "Workforce error or social engineering, such as phishing, exposing ePHI",
	"SecurityProgram":    "Unidentified or unmanaged risks to ePHI",
}

var threatsBySafeguard = map[string]string{
	"administrative": "Unmanaged security process leaving ePHI exposed",
	"physical":       "Physical access to, or theft of, systems holding ePHI",
	"technical":      "Unauthorized access to, or alteration of, ePHI in systems",
	"organizational": "Use or disclosure of ePHI by another party without safeguards",
	"documentation":  "Missing or outdated policies and records of security decisions",
}
