package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/safeguard-hipaa/safeguard/policies"
)

// VerifyParams are the inputs of `safeguard verify`.
type VerifyParams struct {
	PolicyDirs []string
	Filter     string
	Format     string // text|json
	Verbose    bool
	Stdout     io.Writer
}

// Verify runs the Rego tests of the built-in policies and the given folders
// with OPA's tester, and holds every rule to at least two passing tests.
func Verify(ctx context.Context, p VerifyParams) error {
	sources := []policies.Source{policies.BuiltinSource()}
	for _, d := range p.PolicyDirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("verify: %s is not a folder", d)}
		}
		sources = append(sources, policies.DirSource(d))
	}
	e, err := policies.Load(ctx, sources...)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	results, err := e.RunTests(ctx, p.Filter)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	per := policies.TestsPerRule(results)
	failed, passed := 0, 0
	for _, r := range results {
		if r.Pass {
			passed++
		} else if !r.Skip {
			failed++
		}
	}
	var thin []string
	if p.Filter == "" {
		for _, r := range e.Rules() {
			if per[r.ID] < 2 {
				thin = append(thin, fmt.Sprintf("%s has %d passing tests (%s:%d)", r.ID, per[r.ID], r.File, r.Line))
			}
		}
	}
	if p.Format == "json" {
		enc := json.NewEncoder(p.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"results": results, "tests_per_rule": per, "passed": passed, "failed": failed, "rules_under_two_tests": thin}); err != nil {
			return err
		}
	} else {
		for _, r := range results {
			switch {
			case r.Skip:
				fmt.Fprintf(p.Stdout, "SKIP  %s.%s\n", r.Package, r.Name)
			case !r.Pass:
				fmt.Fprintf(p.Stdout, "FAIL  %s:%d: %s.%s: %s\n", r.File, r.Line, r.Package, r.Name, r.Error)
			case p.Verbose:
				fmt.Fprintf(p.Stdout, "PASS  %s.%s\n", r.Package, r.Name)
			}
		}
		for _, t := range thin {
			fmt.Fprintf(p.Stdout, "THIN  %s; every rule needs a failing and a passing case\n", t)
		}
		fmt.Fprintf(p.Stdout, "%d rules, %d tests: %d passed, %d failed\n", len(e.Rules()), len(results), passed, failed)
	}
	if failed > 0 || len(thin) > 0 {
		return &ExitError{Code: ExitFindings, Err: fmt.Errorf("%d policy tests failed, %d rules with fewer than two tests", failed, len(thin))}
	}
	return nil
}
