package policies

import (
	"context"
	"fmt"
	"sort"

	"github.com/open-policy-agent/opa/v1/rego"
)

// Profile is a named set of rules: the rule as codified, or a proposal.
type Profile struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// Profiles lists the profiles, the default first.
func Profiles() []Profile {
	return []Profile{
		{Name: "hipaa", Title: "HIPAA Security Rule (45 CFR 164 Subpart C), as codified",
			Description: "Every built-in rule without a profile restriction. Addressable specifications are checked, and a gap may be waived with the documented alternative measure (164.306(d)(3))."},
		{Name: "hipaa-2025-nprm", Title: "HIPAA Security Rule NPRM (90 FR 898, January 2025), proposed",
			Description: "The codified rules plus the proposed rule's stricter checks (asset inventory and network map, vulnerability scans every 6 months, yearly penetration test, 72-hour restoration, same-day access termination, yearly business associate verification, encryption and MFA without addressable exception, yearly compliance audit). Not final; findings say proposed."},
	}
}

// ProfileNames lists the profile names.
func ProfileNames() []string {
	var out []string
	for _, p := range Profiles() {
		out = append(out, p.Name)
	}
	return out
}

// ValidProfile reports whether the name is a profile.
func ValidProfile(name string) bool {
	for _, p := range Profiles() {
		if p.Name == name {
			return true
		}
	}
	return false
}

// ActiveRules returns the rules that run under the profile.
func (e *Engine) ActiveRules(profile string) []*Rule {
	var out []*Rule
	for _, r := range e.rules {
		if r.InProfile(profile) {
			out = append(out, r)
		}
	}
	return out
}

// Params returns the threshold defaults the policies declare
// (data.safeguard.lib.params.defaults), sorted by name in Names.
func (e *Engine) Params(ctx context.Context) (map[string]any, []string, error) {
	rs, err := rego.New(rego.Query("data.safeguard.lib.params.defaults"), rego.Compiler(e.compiler)).Eval(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read threshold defaults: %w", err)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return map[string]any{}, nil, nil
	}
	m, _ := rs[0].Expressions[0].Value.(map[string]any)
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return m, names, nil
}
