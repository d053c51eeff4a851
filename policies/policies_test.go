package policies

import (
	"context"
	"testing"
)

// TestBuiltinRegoTests runs every _test.rego of the built-in policies and
// holds each rule to at least two passing tests (a failing and a passing
// case at the least).
func TestBuiltinRegoTests(t *testing.T) {
	ctx := context.Background()
	e, err := Load(ctx, BuiltinSource())
	if err != nil {
		t.Fatalf("load builtin policies: %v", err)
	}
	results, err := e.RunTests(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests ran")
	}
	for _, r := range results {
		if !r.Pass && !r.Skip {
			t.Errorf("%s:%d: %s.%s: %s", r.File, r.Line, r.Package, r.Name, r.Error)
		}
	}
	per := TestsPerRule(results)
	for _, r := range e.Rules() {
		if per[r.ID] < 2 {
			t.Errorf("rule %s (%s:%d) has %d passing tests; every rule needs at least two (a failing and a passing case)", r.ID, r.File, r.Line, per[r.ID])
		}
	}
	t.Logf("%d rules, %d Rego tests", len(e.Rules()), len(results))
}

// TestBuiltinMetadata loads the built-in policies: a rule with missing or
// malformed METADATA fails to load, so this guards every annotation.
func TestBuiltinMetadata(t *testing.T) {
	e, err := Load(context.Background(), BuiltinSource())
	if err != nil {
		t.Fatalf("load builtin policies: %v", err)
	}
	seen := map[string]string{}
	for _, r := range e.Rules() {
		if prev, ok := seen[r.ID]; ok {
			t.Errorf("rule id %s used by %s and %s", r.ID, prev, r.Package)
		}
		seen[r.ID] = r.Package
		if r.Severity < Low {
			t.Errorf("rule %s has severity %s", r.ID, r.Severity)
		}
	}
}
