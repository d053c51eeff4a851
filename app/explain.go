package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/safeguard-hipaa/safeguard/catalog"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// ExplainParams are the inputs of `safeguard explain`.
type ExplainParams struct {
	RuleID     string
	PolicyDirs []string
	Stdout     io.Writer
}

// Explain prints a rule's facts and remediation.
func Explain(ctx context.Context, p ExplainParams) error {
	sources := []policies.Source{policies.BuiltinSource()}
	for _, d := range p.PolicyDirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("explain: %s is not a folder", d)}
		}
		sources = append(sources, policies.DirSource(d))
	}
	e, err := policies.Load(ctx, sources...)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	id := strings.ToUpper(strings.TrimSpace(p.RuleID))
	r := e.Rule(id)
	if r == nil {
		var ids []string
		for _, x := range e.Rules() {
			ids = append(ids, x.ID)
		}
		return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("explain: no rule %q.%s `safeguard controls` lists the checks of every control.", p.RuleID, didYouMean(id, ids))}
	}
	cat, err := catalog.Load()
	if err != nil {
		return err
	}
	entry, _ := cat.Lookup(r.Citation)
	w := p.Stdout
	fmt.Fprintf(w, "%s  %s\n\n", r.ID, r.Title)
	// The catalog's citation is printed; an alias the rule wrote (the
	// Appendix A form, NIST's form without (1)) follows it.
	cite := entry.Citation
	if cite != r.Citation {
		cite += " (cited as " + r.Citation + ")"
	}
	fmt.Fprintf(w, "Citation:       45 CFR %s  %s\n", cite, entry.Title)
	if entry.Standard != "" {
		if std, ok := cat.Lookup(entry.Standard); ok {
			fmt.Fprintf(w, "Standard:       45 CFR %s  %s\n", std.Citation, std.Title)
		}
	}
	fmt.Fprintf(w, "Safeguard:      %s\n", r.Safeguard)
	fmt.Fprintf(w, "Specification:  %s\n", r.Spec)
	fmt.Fprintf(w, "Severity:       %s\n", r.Severity)
	fmt.Fprintf(w, "Evidence:       %s\n", strings.Join(r.Evidence, ", "))
	if len(r.Profiles) > 0 {
		fmt.Fprintf(w, "Profiles:       %s\n", strings.Join(r.Profiles, ", "))
	}
	if r.Proposed {
		fmt.Fprintln(w, "Status:         proposed (January 2025 NPRM, 90 FR 898; not final)")
	}
	if len(entry.NIST) > 0 {
		fmt.Fprintf(w, "NIST SP 800-53: %s\n", strings.Join(entry.NIST, ", "))
	}
	fmt.Fprintf(w, "Defined in:     %s:%d\n\n", r.File, r.Line)
	fmt.Fprintf(w, "%s\n\nRemediation:\n%s\n", strings.TrimSpace(r.Description), indent(strings.TrimSpace(r.Remediation)))
	if r.Spec == "addressable" {
		fmt.Fprintln(w, "\nAddressable means: implement it if reasonable and appropriate, or document why not and implement an equivalent alternative (45 CFR 164.306(d)(3)); record that as a waiver with `alternative:`.")
	}
	return nil
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
