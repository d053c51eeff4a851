package policies

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// idPattern is the shape of a rule id: an area and a number ("SG-AC-001").
var idPattern = regexp.MustCompile(`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$`)

// citationPattern is a 45 CFR Part 164 Subpart C paragraph: 164.3xx with its
// paragraph designators, e.g. 164.312(a)(2)(iv).
var citationPattern = regexp.MustCompile(`^164\.3(0[68]|1[0246])(\([a-zA-Z0-9]+\)){1,4}$`)

// ruleFromModule reads the package-scoped METADATA of a module under
// safeguard.rules. Modules outside it (libraries) are not rules. A rule
// module without a valid METADATA block is an error at its line.
func ruleFromModule(m *ast.Module, file string, custom bool) (*Rule, diag.Diagnostics) {
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	if !strings.HasPrefix(pkg, RulePrefix) {
		return nil, nil
	}
	line := m.Package.Location.Row
	var ann *ast.Annotations
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			ann = a
			break
		}
	}
	if ann == nil {
		return nil, diag.Diagnostics{diag.Errorf(diag.CodeMetadata, policyRange(file, line), "Missing METADATA", "Package %s has no package-scoped # METADATA block; every rule needs one with a title, a description and custom id, citation, safeguard, specification, severity, evidence and remediation.", pkg)}
	}
	if ann.Location != nil {
		line = ann.Location.Row
	}
	r := &Rule{Title: ann.Title, Description: strings.TrimSpace(ann.Description), Package: pkg, File: file, Line: line, Custom: custom}
	var diags diag.Diagnostics
	// bad reports a problem at the line of the field it is about (key is
	// "title" or a custom key), or at the block where the field is missing.
	bad := func(key, format string, args ...any) {
		at := policyRange(file, fieldLine(m, line, key))
		diags = append(diags, diag.Errorf(diag.CodeMetadata, at, "Bad METADATA", format, args...))
	}
	str := func(key string) string {
		v, ok := ann.Custom[key]
		if !ok {
			bad(key, "custom.%s is missing in the METADATA of %s.", key, pkg)
			return ""
		}
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			bad(key, "custom.%s must be a non-empty string in the METADATA of %s.", key, pkg)
			return ""
		}
		return strings.TrimSpace(s)
	}
	if r.Title == "" {
		bad("title", "title is missing in the METADATA of %s.", pkg)
	}
	if r.Description == "" {
		bad("description", "description is missing in the METADATA of %s.", pkg)
	}
	r.ID = str("id")
	if r.ID != "" && !idPattern.MatchString(r.ID) {
		bad("id", "custom.id %q is not a rule id like SG-AC-001.", r.ID)
	}
	r.Citation = str("citation")
	if r.Citation != "" && !citationPattern.MatchString(r.Citation) {
		bad("citation", "custom.citation %q is not a 45 CFR 164.3xx paragraph like 164.312(a)(2)(iv).", r.Citation)
	}
	r.Safeguard = str("safeguard")
	if r.Safeguard != "" && !slices.Contains(safeguards, r.Safeguard) {
		bad("safeguard", "custom.safeguard %q must be one of %s.", r.Safeguard, strings.Join(safeguards, ", "))
	}
	r.Spec = str("specification")
	if r.Spec != "" && !slices.Contains(specifications, r.Spec) {
		bad("specification", "custom.specification %q must be required or addressable.", r.Spec)
	}
	if s := str("severity"); s != "" {
		sev, err := ParseSeverity(s)
		if err != nil || sev == Info {
			bad("severity", "custom.severity %q must be one of critical, high, medium, low.", s)
		}
		r.Severity = sev
	}
	r.Remediation = str("remediation")
	r.Evidence = strList(ann.Custom["evidence"])
	if len(r.Evidence) == 0 {
		bad("evidence", "custom.evidence must list the evidence kinds the rule reads (%s).", strings.Join(evidenceKinds, ", "))
	}
	for _, k := range r.Evidence {
		if !slices.Contains(evidenceKinds, k) {
			bad("evidence", "custom.evidence names %q, which is not an evidence kind (%s).", k, strings.Join(evidenceKinds, ", "))
		}
	}
	if p, ok := ann.Custom["profiles"]; ok {
		r.Profiles = strList(p)
		if len(r.Profiles) == 0 {
			bad("profiles", "custom.profiles must be a list of profile names.")
		}
	}
	if p, ok := ann.Custom["proposed"].(bool); ok {
		r.Proposed = p
	}
	if len(diags) > 0 {
		return nil, diags
	}
	return r, nil
}

func strList(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return nil
		}
		out = append(out, s)
	}
	return out
}

// String renders the rule for messages.
func (r *Rule) String() string { return fmt.Sprintf("%s (%s %s)", r.ID, "45 CFR", r.Citation) }

// ruleInTestFile reports whether a module read from a _test.rego file
// carries a rule's package METADATA (a custom.id under safeguard.rules),
// and the line of that block.
func ruleInTestFile(m *ast.Module) (int, bool) {
	if !strings.HasPrefix(strings.TrimPrefix(m.Package.Path.String(), "data."), RulePrefix) {
		return 0, false
	}
	for _, a := range m.Annotations {
		if a.Scope != "package" {
			continue
		}
		if _, ok := a.Custom["id"]; ok {
			line := m.Package.Location.Row
			if a.Location != nil {
				line = a.Location.Row
			}
			return line, true
		}
	}
	return 0, false
}

// fieldLine finds the line of a METADATA field ("title:" at the top of the
// YAML, or a custom key indented under "custom:") in the comment block that
// starts at line, so a bad value is reported where it is written; it
// returns line itself when the field is not there.
func fieldLine(m *ast.Module, line int, key string) int {
	top := key == "title" || key == "description"
	next := line
	for _, c := range m.Comments {
		if c.Location == nil || c.Location.Row < line {
			continue
		}
		if c.Location.Row != next {
			break // the block ended
		}
		next++
		text := string(c.Text)
		trimmed := strings.TrimLeft(text, " ")
		indent := len(text) - len(trimmed)
		if strings.HasPrefix(trimmed, key+":") && (top == (indent <= 1)) {
			return c.Location.Row
		}
	}
	return line
}
