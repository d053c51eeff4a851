package policies

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego test.
type TestResult struct {
	Package  string        `json:"package"`
	Name     string        `json:"name"`
	File     string        `json:"file"`
	Line     int           `json:"line"`
	Pass     bool          `json:"pass"`
	Skip     bool          `json:"skip,omitempty"`
	Error    string        `json:"error,omitempty"`
	Duration time.Duration `json:"duration_ns"`
	// RuleID is the rule the test's package tests, where it is a rule's
	// _test package.
	RuleID string `json:"rule_id,omitempty"`
}

// RunTests runs the Rego tests of the loaded policy sets with OPA's tester,
// under the same capabilities as a scan. filter, when not empty, keeps the
// tests whose package or name contains it.
func (e *Engine) RunTests(ctx context.Context, filter string) ([]TestResult, error) {
	mods := make(map[string]*ast.Module, len(e.modules)+len(e.tests))
	for k, m := range e.modules {
		mods[k] = m
	}
	for k, m := range e.tests {
		mods[k] = m
	}
	store := inmem.New()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, fmt.Errorf("run policy tests: %w", err)
	}
	defer store.Abort(ctx, txn)
	runner := tester.NewRunner().
		SetCompiler(ast.NewCompiler().WithCapabilities(capabilities())).
		SetStore(store).
		SetModules(mods).
		CapturePrintOutput(true)
	if filter != "" {
		runner = runner.Filter(filter)
	}
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return nil, fmt.Errorf("run policy tests: %w", err)
	}
	pkgRule := map[string]string{}
	for _, r := range e.rules {
		pkgRule["data."+r.Package+"_test"] = r.ID
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Pass: r.Pass(), Skip: r.Skip, Duration: r.Duration, RuleID: pkgRule[r.Package]}
		if r.Location != nil {
			tr.File, tr.Line = r.Location.File, r.Location.Row
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		} else if r.Fail {
			tr.Error = "test failed"
			if len(r.Output) > 0 {
				tr.Error += ": " + strings.TrimSpace(string(r.Output))
			}
		}
		out = append(out, tr)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Package != out[j].Package {
			return out[i].Package < out[j].Package
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// TestsPerRule counts passing tests per rule id.
func TestsPerRule(results []TestResult) map[string]int {
	out := map[string]int{}
	for _, r := range results {
		if r.RuleID != "" && r.Pass {
			out[r.RuleID]++
		}
	}
	return out
}
