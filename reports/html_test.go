package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/policies"
)

func TestHTMLGolden(t *testing.T) {
	golden(t, "html", "fixture.html", render(t, "html", Options{}))
}

// TestHTMLHostileInert checks the hostile evidence string comes out as text:
// escaped where it was data, and never as markup or script.
func TestHTMLHostileInert(t *testing.T) {
	out := string(render(t, "html", Options{}))
	tests := []struct {
		name    string
		pattern string
		want    int // -1: at least one
	}{
		{"one script element, the report's own", "<script", 1},
		{"the report's one style element", "<style", 1},
		{"no closing tag from the data", "</textarea>", 0},
		{"style closed once", "</style>", 1},
		{"no alert outside escaped text", "<script>alert", 0},
		{"the hostile tag escaped", "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&lt;/textarea&gt;", -1},
		{"the ampersand escaped again", "&amp;amp;", -1},
		{"no javascript: link", `href="javascript`, 0},
		{"escape character shown, not obeyed", `\x1b[31mred\x1b[0m`, -1},
		{"no raw escape character", "\x1b", 0},
		{"non-ASCII kept", "ünïcødé 🔒", -1},
	}
	for _, tt := range tests {
		n := strings.Count(out, tt.pattern)
		if (tt.want < 0 && n == 0) || (tt.want >= 0 && n != tt.want) {
			t.Errorf("%s: %q occurs %d times, want %d", tt.name, tt.pattern, n, tt.want)
		}
	}
	// The report's script is the embedded file, with nothing spliced in.
	start := strings.Index(out, "<script>") + len("<script>")
	end := strings.Index(out, "</script>")
	if start < len("<script>") || end < start || out[start:end] != htmlJS {
		t.Errorf("the script element holds something besides report.js")
	}
}

// TestHTMLSelfContained checks nothing is fetched: no external URL in an
// attribute or in CSS, and a CSP that allows nothing but inline style and
// script.
func TestHTMLSelfContained(t *testing.T) {
	out := string(render(t, "html", Options{}))
	const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`
	if !strings.Contains(out, csp) {
		t.Errorf("no CSP meta tag %s", csp)
	}
	for _, re := range []string{
		`\s(?:src|href|action|poster|data)\s*=\s*"(?:[^#"][^"]*)"`, // any reference that is not a fragment
		`url\(`,
		`@import`,
		`<(?:link|iframe|img|object|embed|base)\b`,
	} {
		if m := regexp.MustCompile(re).FindString(out); m != "" {
			t.Errorf("the report refers outside itself: %q", m)
		}
	}
}

// TestHTMLContent checks each section holds what the assessment says.
func TestHTMLContent(t *testing.T) {
	a := fixture(t)
	var buf bytes.Buffer
	if err := writeHTML(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	esc := func(s string) string { return htmlCodePoints(template.HTMLEscapeString(s)) }
	counts := []struct {
		name, pattern string
		want          int
	}{
		{"a matrix row per catalog entry", "<tr data-status=", len(a.Controls)},
		{"a row per finding", "<tr data-finding=", len(a.Findings)},
		{"a risk row per risk", "<tr data-risk=", len(RiskRegister(a))},
		{"three charts with baseline data", `<svg role="img"`, 3},
		{"one h1", "<h1", 1},
	}
	for _, c := range counts {
		if n := strings.Count(out, c.pattern); n != c.want {
			t.Errorf("%s: %q occurs %d times, want %d", c.name, c.pattern, n, c.want)
		}
	}
	var must []string
	for _, id := range []string{"summary", "risks", "findings", "matrix", "waived", "not-assessed", "manual", "evidence", "run"} {
		must = append(must, `<section id="`+id+`" aria-labelledby="`+id+`-h">`, `href="#`+id+`"`)
	}
	must = append(must, `<main id="main"`, `<a class="skip" href="#main">`, `<nav aria-label="Sections">`, "<title id=\"chart-status-title\">", "<desc id=\"chart-severity-desc\">")
	for _, f := range a.Findings {
		must = append(must, esc(f.Range.String()), esc(f.Message))
		if f.Rule != nil {
			must = append(must, esc(f.Rule.Remediation))
		}
		if f.Waiver != nil {
			must = append(must, esc(f.Waiver.Reason), esc(f.Waiver.Expires), esc(f.Waiver.ApprovedBy))
		}
	}
	for _, c := range a.Controls {
		must = append(must, esc(c.Citation))
		if c.Status == assess.Manual && c.Manual != "" {
			must = append(must, esc(c.Manual))
		}
		if c.Status == assess.NotAssessed {
			must = append(must, esc(strings.Join(c.Missing, ", ")))
		}
	}
	for _, d := range a.Diagnostics {
		must = append(must, esc(d.Subject.String()), esc(d.Summary))
	}
	for _, f := range a.Files {
		must = append(must, esc(f.Path), f.SHA256)
	}
	must = append(must, a.AsOf, esc(a.Profile), esc(a.Tool.Version), a.Tool.PolicyDigest, a.Tool.EvidenceDigest, esc(a.Baseline))
	for _, s := range must {
		if !strings.Contains(out, s) {
			t.Errorf("the report lacks %q", s)
		}
	}

	// Without a baseline there is no baseline chart and no new-only filter.
	a.Baseline = ""
	buf.Reset()
	if err := writeHTML(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), `<svg role="img"`); n != 2 {
		t.Errorf("%d charts without a baseline, want 2", n)
	}
	if strings.Contains(buf.String(), `id="filter-new"`) {
		t.Errorf("new-only filter shown without a baseline")
	}
}

func TestHTMLCodePoints(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain <b>", "plain <b>"},
		{"tab\tline\nfeed\r\f", "tab\tline\nfeed\r\f"},
		{"esc \x1b[31m", `esc \x1b[31m`},
		{"nul \x00", `nul \x00`},
		{"del \x7f", `del \x7f`},
		{"c1 \u0085", `c1 \x85`},
		{"nonchar \ufdd0 \uffff", `nonchar \ufdd0 \uffff`},
		{"bad \xff utf-8", "bad \ufffd utf-8"},
		{"ünïcødé 🔒", "ünïcødé 🔒"},
	}
	for _, tt := range tests {
		if got := htmlCodePoints(tt.in); got != tt.want {
			t.Errorf("htmlCodePoints(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// vnuJar is where `npm ci` puts the Nu HTML Checker (package vnu-jar).
const vnuJar = "../node_modules/vnu-jar/build/dist/vnu.jar"

// TestHTMLValidates runs the Nu HTML Checker (the W3C validator) over the
// report, CSS and SVG included, and wants no error.
func TestHTMLValidates(t *testing.T) {
	java := requireTool(t, "java", "apt-get install openjdk-17-jre-headless")
	jar := requireTool(t, vnuJar, "npm ci (in the repository root, for vnu-jar)")
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, render(t, "html", Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(java, "-jar", jar, "--errors-only", "--format", "json", file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // exits 1 when it finds errors; the JSON says which

	// vnu writes its report to stderr unless told --stdout.
	var report struct {
		Messages []struct {
			Type      string `json:"type"`
			SubType   string `json:"subType"`
			Message   string `json:"message"`
			Extract   string `json:"extract"`
			LastLine  int    `json:"lastLine"`
			FirstLine int    `json:"firstLine"`
		} `json:"messages"`
	}
	raw := bytes.TrimSpace(stderr.Bytes())
	if len(raw) == 0 || raw[0] != '{' {
		raw = bytes.TrimSpace(stdout.Bytes())
	}
	if err := json.Unmarshal(raw, &report); err != nil {
		t.Fatalf("read vnu output (run error %v): %v\nstdout:\n%s\nstderr:\n%s", runErr, err, stdout.String(), stderr.String())
	}
	errs := 0
	for _, m := range report.Messages {
		if m.Type == "error" || m.Type == "non-document-error" {
			errs++
			t.Errorf("vnu: line %d: %s\n\t%s", m.LastLine, m.Message, m.Extract)
		}
	}
	if errs == 0 && runErr != nil {
		t.Errorf("vnu failed without reporting an error: %v\n%s", runErr, stderr.String())
	}
	t.Logf("vnu: %d messages, %d errors", len(report.Messages), errs)
}

// TestHTMLAggregates renders a control with thousands of findings: the page
// lists the first htmlMaxRows, most severe first, and counts the rest, so
// the file stays small enough to open; the waived one is still listed.
func TestHTMLAggregates(t *testing.T) {
	a := fixture(t)
	base := a.Findings[0] // SG-AC-001, high, under 164.312(a)(2)(i)
	const n = 5000
	for i := range n {
		f := base
		f.Range.Start.Line = 100 + i
		f.Message = fmt.Sprintf("Synthetic finding %d", i)
		f.Fingerprint = fmt.Sprintf("%032x", i)
		if i == n-1 {
			f.Severity = policies.Critical
		}
		a.Findings = append(a.Findings, f)
	}
	var buf bytes.Buffer
	if err := writeHTML(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	listed := strings.Count(out, "<tr data-finding=")
	if want := htmlMaxRows + len(fixture(t).Findings) - 1; listed != want {
		t.Errorf("%d finding rows listed, want %d (the cap, and the other controls' rows)", listed, want)
	}
	if !strings.Contains(out, fmt.Sprintf("<strong>%d of %d findings listed</strong>", htmlMaxRows, n+1)) ||
		!strings.Contains(out, fmt.Sprintf("Not listed: %d high.", n+1-htmlMaxRows)) {
		t.Errorf("no count of the findings left out")
	}
	if !strings.Contains(out, "Synthetic finding 4999") {
		t.Errorf("the one critical finding is not listed first")
	}
	if !strings.Contains(out, "Read-only archive on an isolated network") {
		t.Errorf("the waived finding is missing from the waived section")
	}
	if len(out) > 1<<20 {
		t.Errorf("report is %d bytes for one big control", len(out))
	}
}

// TestHTMLRowOrder lists a control's rows by severity, then by place with
// lines compared as numbers.
func TestHTMLRowOrder(t *testing.T) {
	a := fixture(t)
	base := a.Findings[0]
	for _, line := range []int{12, 9, 100} {
		f := base
		f.Range.Start.Line = line
		f.Message = fmt.Sprintf("at line %d", line)
		f.Fingerprint = fmt.Sprintf("%032x", line)
		a.Findings = append(a.Findings, f)
	}
	groups, _ := htmlGroups(a)
	var got []int
	for _, g := range groups {
		for _, r := range g.Rows {
			if r.Rule == base.RuleID {
				got = append(got, r.rng.Start.Line)
			}
		}
	}
	if fmt.Sprint(got) != "[9 12 41 100]" {
		t.Errorf("rows at lines %v, want [9 12 41 100]", got)
	}
}
