package reports

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
)

func TestJUnitGolden(t *testing.T) {
	golden(t, "junit", "fixture.xml", render(t, "junit", Options{}))
}

// The shapes a JUnit reader sees, declared apart from the writer's so the
// test reads the XML, not the writer's structs.
type (
	readSuites struct {
		XMLName  xml.Name    `xml:"testsuites"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Errors   int         `xml:"errors,attr"`
		Skipped  int         `xml:"skipped,attr"`
		Suites   []readSuite `xml:"testsuite"`
	}
	readSuite struct {
		Name     string     `xml:"name,attr"`
		Tests    int        `xml:"tests,attr"`
		Failures int        `xml:"failures,attr"`
		Errors   int        `xml:"errors,attr"`
		Skipped  int        `xml:"skipped,attr"`
		Cases    []readCase `xml:"testcase"`
	}
	readCase struct {
		Name      string       `xml:"name,attr"`
		Classname string       `xml:"classname,attr"`
		Failure   *readOutcome `xml:"failure"`
		Error     *readOutcome `xml:"error"`
		Skipped   *readOutcome `xml:"skipped"`
		SystemOut string       `xml:"system-out"`
	}
	readOutcome struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Body    string `xml:",chardata"`
	}
)

func parseJUnit(t *testing.T, b []byte) readSuites {
	t.Helper()
	var doc readSuites
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("parse junit: %v\n%s", err, b)
	}
	return doc
}

// checkJUnitCounts checks every count attribute against the elements under it.
func checkJUnitCounts(t *testing.T, doc readSuites) {
	t.Helper()
	var tests, failures, errors, skipped int
	for _, s := range doc.Suites {
		var f, e, sk int
		for _, c := range s.Cases {
			if c.Failure != nil {
				f++
			}
			if c.Error != nil {
				e++
			}
			if c.Skipped != nil {
				sk++
			}
		}
		if s.Tests != len(s.Cases) || s.Failures != f || s.Errors != e || s.Skipped != sk {
			t.Errorf("suite %q counts tests=%d failures=%d errors=%d skipped=%d, elements say %d %d %d %d",
				s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), f, e, sk)
		}
		tests, failures, errors, skipped = tests+len(s.Cases), failures+f, errors+e, skipped+sk
	}
	if doc.Tests != tests || doc.Failures != failures || doc.Errors != errors || doc.Skipped != skipped {
		t.Errorf("testsuites counts tests=%d failures=%d errors=%d skipped=%d, suites say %d %d %d %d",
			doc.Tests, doc.Failures, doc.Errors, doc.Skipped, tests, failures, errors, skipped)
	}
}

func TestJUnitParsesBack(t *testing.T) {
	a := fixture(t)
	doc := parseJUnit(t, render(t, "junit", Options{}))
	checkJUnitCounts(t, doc)

	// Five checks and the evidence case: four checks with open findings,
	// SG-EN-001 skipped for its only finding is waived.
	if doc.Tests != len(a.Rules)+1 || doc.Failures != 4 || doc.Skipped != 1 || doc.Errors != 0 {
		t.Errorf("tests=%d failures=%d skipped=%d errors=%d, want %d 4 1 0", doc.Tests, doc.Failures, doc.Skipped, doc.Errors, len(a.Rules)+1)
	}
	var names []string
	for _, s := range doc.Suites {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, ","), "HIPAA administrative safeguards,HIPAA technical safeguards,evidence"; got != want {
		t.Errorf("suites = %s, want %s", got, want)
	}

	cases := map[string]readCase{}
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			cases[strings.Fields(c.Name)[0]] = c
		}
	}
	tests := []struct {
		rule, classname, message, typ string
		lines                         []string
		skipped                       string
	}{
		{rule: "SG-AC-001", classname: "164.312(a)(2)(i)", message: "1 open finding", typ: "high",
			lines: []string{"access/epic ehr.yaml:41:7: User \"frontdesk\" in epic-ehr is a shared login"}},
		{rule: "SG-BA-001", classname: "164.308(b)(3)", message: "1 open finding", typ: "critical",
			lines: []string{"encryption.hcl:12:5: Data store \"imaging\" holds ePHI at vendor \"" + xmlSafe(hostile) + "\", whose BAA is pending, not executed [new]"}},
		{rule: "SG-TR-002", classname: "164.308(a)(5)(ii)(A)", message: "1 open finding", typ: "medium",
			lines: []string{"training.yaml:27:11: Workforce member E1002"}},
		{rule: "SG-PG-002", classname: "164.308(a)(1)(ii)(A)", message: "1 open finding", typ: "low",
			lines: []string{"program.yaml:9:3: Risk analysis last completed 2025-03-01"}},
		{rule: "SG-EN-001", classname: "164.312(a)(2)(iv)", skipped: "1 waived finding"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			c, ok := cases[tt.rule]
			if !ok {
				t.Fatalf("no test case for %s", tt.rule)
			}
			if c.Classname != tt.classname {
				t.Errorf("classname = %q, want %q", c.Classname, tt.classname)
			}
			if r := a.RuleByID(tt.rule); c.Name != tt.rule+" "+r.Title {
				t.Errorf("name = %q, want %q", c.Name, tt.rule+" "+r.Title)
			}
			if tt.skipped != "" {
				if c.Skipped == nil || c.Skipped.Message != tt.skipped || c.Failure != nil {
					t.Errorf("skipped = %+v, failure = %+v; want skipped %q", c.Skipped, c.Failure, tt.skipped)
				}
				if !strings.Contains(c.SystemOut, "waived until 2027-03-31 by Dana Lee, Security Officer") {
					t.Errorf("system-out lacks the waiver: %q", c.SystemOut)
				}
				return
			}
			if c.Failure == nil {
				t.Fatalf("no failure")
			}
			if c.Failure.Message != tt.message || c.Failure.Type != tt.typ {
				t.Errorf("failure message=%q type=%q, want %q %q", c.Failure.Message, c.Failure.Type, tt.message, tt.typ)
			}
			for _, l := range tt.lines {
				if !strings.Contains(c.Failure.Body, l) {
					t.Errorf("failure body lacks %q:\n%s", l, c.Failure.Body)
				}
			}
		})
	}
}

func TestJUnitEvidenceErrors(t *testing.T) {
	a := fixture(t)
	a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeUnknownField, diag.Range{Filename: "bad.yaml", Start: diag.Pos{Line: 3, Column: 1}}, "Broken", "%s", "line\x00two"))
	var buf bytes.Buffer
	if err := writeJUnit(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := parseJUnit(t, buf.Bytes())
	checkJUnitCounts(t, doc)
	if doc.Errors != 1 {
		t.Fatalf("errors = %d, want 1", doc.Errors)
	}
	ev := doc.Suites[len(doc.Suites)-1].Cases[0]
	if ev.Error == nil || ev.Error.Message != "1 evidence error" || !strings.Contains(ev.Error.Body, "bad.yaml:3:1: "+diag.CodeUnknownField+" Broken: line\uFFFDtwo") {
		t.Errorf("evidence case = %+v", ev.Error)
	}
}

// TestJUnitHostile puts characters XML 1.0 cannot hold and markup into every
// string the report carries; the file must still parse, with each such
// character shown as U+FFFD and the markup intact as text.
func TestJUnitHostile(t *testing.T) {
	payloads := []string{
		hostile,
		"\x00\x01\x08\x0b\x0c\x1f\x7f",
		"\ufffe\uffff \xff\xfe invalid utf-8",
		"]]><!--<![CDATA[ x ]]>",
		"line one\nline two\r\nline three",
	}
	for _, p := range payloads {
		t.Run(strings.ToValidUTF8(p[:min(len(p), 10)], "?"), func(t *testing.T) {
			a := fixture(t)
			for i := range a.Findings {
				a.Findings[i].Message = p
				a.Findings[i].Range.Filename = p
				if w := a.Findings[i].Waiver; w != nil {
					w.Reason, w.ApprovedBy = p, p
				}
			}
			for _, r := range a.Rules {
				r.Title, r.Citation, r.Remediation = p, p, p
			}
			a.Profile, a.Tool.Version = p, p
			var buf bytes.Buffer
			if err := writeJUnit(&buf, a, Options{}); err != nil {
				t.Fatal(err)
			}
			doc := parseJUnit(t, buf.Bytes())
			checkJUnitCounts(t, doc)
			want := xmlSafe(oneLine(p))
			for _, s := range doc.Suites {
				for _, c := range s.Cases {
					if c.Failure != nil && !(strings.HasPrefix(c.Failure.Body, want+":") && strings.Contains(c.Failure.Body, ": "+want)) {
						t.Errorf("failure body does not carry the value intact:\n%q\nwant %q", c.Failure.Body, want)
					}
				}
			}
		})
	}
}

func TestXMLSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain <&> \"'", "plain <&> \"'"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"\x00a\x1bb\x7f", "\uFFFDa\uFFFDb\x7f"},
		{"\ufffe\uffff", "\uFFFD\uFFFD"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"ünïcødé 🔒 \U0010FFFF", "ünïcødé 🔒 \U0010FFFF"},
		{"keep \uFFFD", "keep \uFFFD"},
	}
	for _, tt := range tests {
		if got := xmlSafe(tt.in); got != tt.want {
			t.Errorf("xmlSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
