package pipeline

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/safeguard-hipaa/safeguard/evidence"
	"github.com/safeguard-hipaa/safeguard/scanners"
)

// The evidence format is a contract others write files against
// (shared/spec/evidence-format.md). testdata/contract holds its examples as
// the contract prints them; testdata/contract-hcl the same evidence in the
// other format (the access matrix, inventory, schedule, roster and program
// in HCL, the encryption config in YAML), beside two files that are not
// evidence.
const (
	contractYAML = "../testdata/contract"
	contractHCL  = "../testdata/contract-hcl"
)

// TestContractExamplesScan holds the reader to the contract: its examples
// scan without a diagnostic, the files that are not evidence are skipped and
// counted, and every finding is at a file and line.
func TestContractExamplesScan(t *testing.T) {
	tests := []struct {
		root    string
		docs    int
		skipped int
	}{
		{contractYAML, 6, 0},
		{contractHCL, 6, 2},
	}
	for _, tt := range tests {
		t.Run(tt.root, func(t *testing.T) {
			res, err := Run(context.Background(), Options{Path: tt.root, AsOf: "2026-11-01"})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Assessment.Diagnostics {
				t.Errorf("diagnostic on contract evidence: %s", d)
			}
			if got := len(res.Set.Documents); got != tt.docs {
				t.Errorf("%d documents read, want %d", got, tt.docs)
			}
			if got := res.Set.Skipped(); got != tt.skipped {
				t.Errorf("%d skipped, want %d", got, tt.skipped)
			}
			kinds := map[string]int{}
			for _, d := range res.Set.Documents {
				kinds[d.Kind.Name]++
			}
			for _, k := range evidence.Kinds {
				if kinds[k.Name] != 1 {
					t.Errorf("%d documents of kind %s, want 1", kinds[k.Name], k.Name)
				}
			}
			for _, f := range res.Assessment.Findings {
				if f.Range.Filename == "" || f.Range.Start.Line < 1 || f.Range.Start.Column < 1 {
					t.Errorf("finding %s without file:line:column: %+v", f.RuleID, f.Range)
				}
			}
		})
	}
}

// TestContractFormatsAgree reads the same evidence written in YAML and in
// HCL and requires the policy input to be the same, key for key: policies
// must not be able to tell which format a document came from.
func TestContractFormatsAgree(t *testing.T) {
	y := contractInput(t, contractYAML)
	h := contractInput(t, contractHCL)
	if !reflect.DeepEqual(y, h) {
		yb, _ := json.MarshalIndent(y, "", "  ")
		hb, _ := json.MarshalIndent(h, "", "  ")
		t.Errorf("the YAML and HCL forms give different input\nYAML:\n%s\nHCL:\n%s", yb, hb)
	}

	// And the same findings, rule for rule and message for message.
	msgs := func(root string) []string {
		res, err := Run(context.Background(), Options{Path: root, AsOf: "2026-11-01"})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range res.Assessment.Findings {
			out = append(out, f.RuleID+" "+f.Path+" "+f.Message)
		}
		sort.Strings(out)
		return out
	}
	if a, b := msgs(contractYAML), msgs(contractHCL); !reflect.DeepEqual(a, b) {
		t.Errorf("findings differ between the formats\nYAML: %q\nHCL:  %q", a, b)
	}
}

// contractInput scans root and returns its policy input as plain JSON
// values, without the engine's reference numbers (which follow the order
// objects were read in) and with each kind's documents in name order.
func contractInput(t *testing.T, root string) map[string]any {
	t.Helper()
	set, err := scanners.Scan(context.Background(), root, scanners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := set.ToInput("2026-11-01", nil)
	v, err := ast.JSON(in.Value)
	if err != nil {
		t.Fatal(err)
	}
	m := stripRefs(v).(map[string]any)
	for _, k := range evidence.Kinds {
		docs, _ := m[k.InputKey].([]any)
		sort.Slice(docs, func(i, j int) bool {
			return docName(docs[i]) < docName(docs[j])
		})
	}
	return m
}

func docName(doc any) string {
	meta, _ := doc.(map[string]any)["metadata"].(map[string]any)
	name, _ := meta["name"].(string)
	return name
}

func stripRefs(v any) any {
	switch x := v.(type) {
	case map[string]any:
		delete(x, evidence.RefKey)
		for k, e := range x {
			x[k] = stripRefs(e)
		}
	case []any:
		for i, e := range x {
			x[i] = stripRefs(e)
		}
	}
	return v
}
