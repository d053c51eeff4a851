package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
)

const nprm = "hipaa-2025-nprm"

// nprmOnly reports whether a finding comes from a rule that runs only under
// the proposed-rule profile.
func nprmOnly(f assess.Finding) bool {
	return len(f.Rule.Profiles) > 0 && !slices.Contains(f.Rule.Profiles, "hipaa")
}

// split returns the findings of the nprm-only rules as "RULE file:line",
// sorted, and the rest as a comparable list.
func split(fs []assess.Finding) (proposed, codified []string) {
	for _, f := range fs {
		s := f.RuleID + " " + f.Range.Filename + ":" + strconv.Itoa(f.Range.Start.Line)
		if nprmOnly(f) {
			proposed = append(proposed, s)
		} else {
			codified = append(codified, s+" "+f.Message)
		}
	}
	sort.Strings(proposed)
	return proposed, codified
}

// TestProfiles scans the same evidence under both profiles: the nprm-only
// rules fire only under hipaa-2025-nprm, say "proposed", and leave the
// codified checks' findings as they are.
func TestProfiles(t *testing.T) {
	bare := t.TempDir()
	// A security program that records none of the proposal's facts.
	program := "apiVersion: safeguard/v1\nkind: SecurityProgram\nmetadata:\n  name: bare\nspec:\n  security_official: {name: Dana Lee, appointed: 2022-01-01}\n"
	if err := os.WriteFile(filepath.Join(bare, "program.yaml"), []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		// want lists the nprm-only findings under hipaa-2025-nprm.
		want []string
	}{
		{"clinic", example, []string{"SG-NP-005 training.yaml:65"}},
		{"bare program", bare, []string{
			"SG-NP-001 program.yaml:6", // no asset_inventory, reported at the spec mapping (its first line)
			"SG-NP-002 program.yaml:6", // no vulnerability_scanning
			"SG-NP-003 program.yaml:6", // no penetration_test
			"SG-NP-004 program.yaml:6", // no contingency_plan, so no restore objective
			"SG-NP-009 program.yaml:6", // no evaluation, so no compliance audit
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run := func(profile string) *assess.Assessment {
				t.Helper()
				res, err := Run(context.Background(), Options{Path: tt.path, AsOf: "2026-11-01", Profile: profile})
				if err != nil {
					t.Fatalf("scan under %s: %v", profile, err)
				}
				if res.Assessment.Profile != profile {
					t.Fatalf("assessment profile %q, want %q", res.Assessment.Profile, profile)
				}
				return res.Assessment
			}
			codified, proposed := run("hipaa"), run(nprm)

			hp, hc := split(codified.Findings)
			if len(hp) > 0 {
				t.Errorf("nprm-only rules fired under hipaa: %v", hp)
			}
			np, nc := split(proposed.Findings)
			if !slices.Equal(np, tt.want) {
				t.Errorf("nprm-only findings under %s:\n%v\nwant\n%v", nprm, np, tt.want)
			}
			if !slices.Equal(hc, nc) {
				t.Errorf("the codified checks' findings differ between the profiles:\nhipaa %v\nnprm  %v", hc, nc)
			}
			for _, f := range proposed.Findings {
				if nprmOnly(f) && (!f.Rule.Proposed || !strings.Contains(f.Message, "proposed")) {
					t.Errorf("%s: proposed-rule finding not labelled proposed: %q", f.RuleID, f.Message)
				}
			}
			for _, r := range codified.Rules {
				if len(r.Profiles) > 0 && !slices.Contains(r.Profiles, "hipaa") {
					t.Errorf("rule %s (profiles %v) is active under hipaa", r.ID, r.Profiles)
				}
			}
			if n, h := len(proposed.Rules), len(codified.Rules); n <= h {
				t.Errorf("%d rules under %s, %d under hipaa; the proposal adds rules", n, nprm, h)
			}
		})
	}
}
