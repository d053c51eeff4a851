package config

import (
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// want is one diagnostic a configuration must give.
type want struct {
	sev    diag.Severity
	code   string
	line   int
	detail string // a part of the detail
}

func checkDiags(t *testing.T, got diag.Diagnostics, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Errorf("%d diagnostics, want %d:\n%v", len(got), len(wants), got)
	}
	for _, w := range wants {
		found := false
		for _, d := range got {
			if d.Severity == w.sev && d.Code == w.code && d.Subject.Start.Line == w.line && strings.Contains(d.Detail, w.detail) {
				found = true
				if d.Subject.Filename != FileName {
					t.Errorf("diagnostic in file %q, want %q", d.Subject.Filename, FileName)
				}
			}
		}
		if !found {
			t.Errorf("no %v %s at line %d with %q in:\n%v", w.sev, w.code, w.line, w.detail, got)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		diags []want
		check func(t *testing.T, c *Config)
	}{
		{
			name: "every key",
			src: `profile: hipaa-2025-nprm
fail_on: high
exclude: [drafts, "*.tmp.yaml"]
thresholds:
  session_timeout_minutes: 10
  tls_minimum: "1.3"
waivers:
  - rule: SG-EN-001
    entity: legacy-archive
    file: encryption.hcl
    reason: Read-only archive
    approved_by: Dana Lee
    expires: 2027-03-31
    alternative: Network isolation
`,
			check: func(t *testing.T, c *Config) {
				if c.Profile != "hipaa-2025-nprm" || c.FailOn != "high" || strings.Join(c.Exclude, ",") != "drafts,*.tmp.yaml" {
					t.Errorf("profile %q, fail_on %q, exclude %v", c.Profile, c.FailOn, c.Exclude)
				}
				if c.Thresholds["session_timeout_minutes"] != int64(10) || c.Thresholds["tls_minimum"] != "1.3" {
					t.Errorf("thresholds %#v", c.Thresholds)
				}
				if c.ThresholdAt["session_timeout_minutes"].Start.Line != 5 {
					t.Errorf("threshold set at %v, want line 5", c.ThresholdAt["session_timeout_minutes"])
				}
				if len(c.Waivers) != 1 {
					t.Fatalf("waivers %v", c.Waivers)
				}
				w := c.Waivers[0]
				if w.Rule != "SG-EN-001" || w.Entity != "legacy-archive" || w.File != "encryption.hcl" || w.Reason != "Read-only archive" ||
					w.ApprovedBy != "Dana Lee" || w.Expires != "2027-03-31" || w.Alternative != "Network isolation" {
					t.Errorf("waiver %+v", w)
				}
				if w.At.Filename != FileName || w.At.Start.Line != 8 {
					t.Errorf("waiver at %v, want %s:8", w.At, FileName)
				}
			},
		},
		{name: "empty", src: ""},
		{name: "only comments", src: "# nothing yet\n"},
		{
			name: "empty lists written with every entry commented out",
			src:  "exclude:\nwaivers:\n#  - rule: SG-EN-001\n",
			check: func(t *testing.T, c *Config) {
				if len(c.Waivers) != 0 || len(c.Exclude) != 0 {
					t.Errorf("waivers %v, exclude %v", c.Waivers, c.Exclude)
				}
			},
		},
		{
			name:  "unknown key suggests the key meant, at its line",
			src:   "profile: hipaa\nfail-on: high\n",
			diags: []want{{diag.Warning, diag.CodeUnknownField, 2, `Did you mean "fail_on"?`}},
		},
		{
			name:  "unknown waiver field suggests, at its line",
			src:   "waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n    expire: 2027-01-01\n    expires: 2027-01-01\n",
			diags: []want{{diag.Warning, diag.CodeUnknownField, 5, `Did you mean "expires"?`}},
			check: func(t *testing.T, c *Config) {
				if len(c.Waivers) != 1 {
					t.Errorf("an unknown field must not drop the waiver: %v", c.Waivers)
				}
			},
		},
		{
			name:  "unknown waiver field with a nested value is only a warning",
			src:   "waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n    notes: {ticket: SEC-1}\n",
			diags: []want{{diag.Warning, diag.CodeUnknownField, 6, `"notes" is not a waiver field`}},
		},
		{
			name:  "profile of the wrong type",
			src:   "profile: [hipaa]\n",
			diags: []want{{diag.Error, diag.CodeConfig, 1, "profile must be a string"}},
		},
		{
			name:  "exclude of the wrong type, at its line",
			src:   "profile: hipaa\nexclude: drafts\n",
			diags: []want{{diag.Error, diag.CodeConfig, 2, "exclude must be a list"}},
		},
		{
			name:  "thresholds of the wrong type",
			src:   "\nthresholds: [1, 2]\n",
			diags: []want{{diag.Error, diag.CodeConfig, 2, "thresholds must be a mapping"}},
		},
		{
			name:  "a threshold that is not a scalar",
			src:   "thresholds:\n  access_review_days:\n    - 90\n",
			diags: []want{{diag.Error, diag.CodeConfig, 3, `"access_review_days" must be a number`}},
		},
		{
			name:  "waivers of the wrong type",
			src:   "waivers:\n  rule: SG-EN-001\n",
			diags: []want{{diag.Error, diag.CodeConfig, 2, "waivers must be a list"}},
		},
		{
			name:  "a waiver that is not a mapping",
			src:   "waivers:\n  - SG-EN-001\n",
			diags: []want{{diag.Error, diag.CodeWaiverInvalid, 2, "Each waiver is a mapping"}},
		},
		{
			name:  "a waiver field of the wrong type",
			src:   "waivers:\n  - rule: SG-EN-001\n    reason: [a, b]\n    approved_by: a\n    expires: 2027-01-01\n",
			diags: []want{{diag.Error, diag.CodeConfig, 3, "waiver reason must be a string"}},
			check: func(t *testing.T, c *Config) {
				if len(c.Waivers) != 0 {
					t.Errorf("a waiver with a bad field waives: %+v", c.Waivers)
				}
			},
		},
		{
			// Dropping the entity would waive the rule everywhere.
			name:  "an entity list",
			src:   "waivers:\n  - rule: SG-EN-001\n    entity: [a, b]\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n",
			diags: []want{{diag.Error, diag.CodeConfig, 3, "waiver entity must be a string"}},
			check: func(t *testing.T, c *Config) {
				if len(c.Waivers) != 0 {
					t.Errorf("a waiver with an entity list waives: %+v", c.Waivers)
				}
			},
		},
		{
			name:  "unknown profile, at its line",
			src:   "fail_on: high\nprofile: hipaa-2025\n",
			diags: []want{{diag.Error, diag.CodeConfig, 2, `Did you mean "hipaa-2025-nprm"?`}},
			check: func(t *testing.T, c *Config) {
				if c.Profile != "" || c.FailOn != "high" {
					t.Errorf("profile %q, fail_on %q: a bad profile is dropped, the rest kept", c.Profile, c.FailOn)
				}
			},
		},
		{
			name:  "bad fail_on, at its line",
			src:   "profile: hipaa\n\nfail_on: hihg\n",
			diags: []want{{diag.Error, diag.CodeConfig, 3, `Did you mean "high"?`}},
		},
		{
			name:  "a bad exclude pattern",
			src:   "exclude:\n  - drafts\n  - \"[unclosed\"\n",
			diags: []want{{diag.Error, diag.CodeConfig, 3, "not a valid path pattern"}},
			check: func(t *testing.T, c *Config) {
				if strings.Join(c.Exclude, ",") != "drafts" {
					t.Errorf("exclude %v", c.Exclude)
				}
			},
		},
		{
			name:  "not YAML",
			src:   "profile: hipaa\nexclude:\n  - drafts\nfail_on: [high\n",
			diags: []want{{diag.Error, diag.CodeConfig, 4, "not valid YAML"}},
		},
		{
			name:  "not a mapping",
			src:   "- profile\n",
			diags: []want{{diag.Error, diag.CodeConfig, 1, "must be a mapping"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ds := Parse(FileName, []byte(tt.src))
			checkDiags(t, ds, tt.diags)
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func TestParseWaivers(t *testing.T) {
	const good = "    reason: r\n    approved_by: Dana Lee\n    expires: 2027-01-01\n"
	tests := []struct {
		name    string
		src     string
		waivers int
		diags   []want
	}{
		{"complete", "waivers:\n  - rule: SG-EN-001\n" + good, 1, nil},
		{"no rule", "waivers:\n  - entity: billing-db\n" + good, 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [rule]"}}},
		{"no reason", "waivers:\n  - rule: SG-EN-001\n    approved_by: a\n    expires: 2027-01-01\n", 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [reason]"}}},
		{"no approver", "waivers:\n  - rule: SG-EN-001\n    reason: r\n    expires: 2027-01-01\n", 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [approved_by]"}}},
		{"no expiry", "waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n", 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [expires]"}}},
		{"an empty expiry", "waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n    expires:\n", 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [expires]"}}},
		{"nothing but a rule", "waivers:\n  - rule: SG-EN-001\n", 0,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 2, "lacks [approved_by expires reason]"}}},
		{"the second of two is incomplete", "waivers:\n  - rule: SG-EN-001\n" + good + "  - rule: SG-EN-002\n    reason: r\n", 1,
			[]want{{diag.Error, diag.CodeWaiverInvalid, 6, "lacks [approved_by expires]"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ds := Parse(FileName, []byte(tt.src))
			checkDiags(t, ds, tt.diags)
			if len(c.Waivers) != tt.waivers {
				t.Errorf("%d waivers, want %d: %+v", len(c.Waivers), tt.waivers, c.Waivers)
			}
		})
	}
}

// A bad expiry is one error at the date; the waiver waives nothing.
func TestWaiverBadDates(t *testing.T) {
	for _, date := range []string{"2027-3-31", "03/31/2027", "2027-02-30", "2027-13-01", "next year", "2027-03-31T00:00:00Z"} {
		t.Run(date, func(t *testing.T) {
			src := "waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n    expires: \"" + date + "\"\n"
			c, ds := Parse(FileName, []byte(src))
			checkDiags(t, ds, []want{{diag.Error, diag.CodeDate, 5, "YYYY-MM-DD"}})
			if len(c.Waivers) != 0 {
				t.Errorf("a waiver with a bad date waives: %+v", c.Waivers)
			}
		})
	}
	// An unquoted date is a YAML timestamp; it is still read as written.
	c, ds := Parse(FileName, []byte("waivers:\n  - rule: SG-EN-001\n    reason: r\n    approved_by: a\n    expires: 2027-03-31\n"))
	if len(ds) != 0 || len(c.Waivers) != 1 || c.Waivers[0].Expires != "2027-03-31" {
		t.Errorf("diagnostics %v, waivers %+v", ds, c.Waivers)
	}
}

func TestWaiverBadFilePattern(t *testing.T) {
	src := "waivers:\n  - rule: SG-EN-001\n    file: \"access/[x\"\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n"
	c, ds := Parse(FileName, []byte(src))
	checkDiags(t, ds, []want{{diag.Error, diag.CodeWaiverInvalid, 3, "not a valid path pattern"}})
	if len(c.Waivers) != 0 {
		// Without its file the waiver would waive the rule everywhere.
		t.Errorf("a waiver with a bad file pattern waives: %+v", c.Waivers)
	}
}
