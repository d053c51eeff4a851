package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// The JUnit format has no standard beyond what Jenkins, GitLab and the test
// reporters read; these elements and attributes are the common subset
// (testsuites > testsuite > testcase with failure, error, skipped and
// system-out).
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Timestamp  string          `xml:"timestamp,attr,omitempty"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Skipped   *junitOutcome `xml:"skipped,omitempty"`
	Error     *junitOutcome `xml:"error,omitempty"`
	Failure   *junitOutcome `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitOutcome struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Body    string `xml:",chardata"`
}

// safeguardOrder is the order of the Security Rule's parts.
var safeguardOrder = []string{"administrative", "physical", "technical", "organizational", "documentation"}

// writeJUnit writes a test suite per safeguard and a test case per check: a
// check with open findings fails, one whose findings are all waived, or
// whose evidence is absent, is skipped, and the rest pass. Evidence errors
// are a test case of their own, so a CI that reads only JUnit still sees a
// run that cannot be trusted.
func writeJUnit(w io.Writer, a *assess.Assessment, _ Options) error {
	doc := buildJUnit(a)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	return nil
}

func buildJUnit(a *assess.Assessment) junitSuites {
	byRule := map[string][]assess.Finding{}
	for _, f := range a.Findings {
		byRule[f.RuleID] = append(byRule[f.RuleID], f)
	}
	bySafeguard := map[string][]*policies.Rule{}
	for _, r := range a.Rules {
		sg := r.Safeguard
		if sg == "" {
			sg = "other"
		}
		bySafeguard[sg] = append(bySafeguard[sg], r)
	}
	props := []junitProperty{
		{Name: "as_of", Value: xmlSafe(a.AsOf)},
		{Name: "profile", Value: xmlSafe(a.Profile)},
		{Name: "tool_version", Value: xmlSafe(a.Tool.Version)},
		{Name: "policy_digest", Value: xmlSafe(a.Tool.PolicyDigest)},
		{Name: "evidence_digest", Value: xmlSafe(a.Tool.EvidenceDigest)},
	}
	timestamp := ""
	if a.AsOf != "" {
		// JUnit's timestamp has no zone; the as-of date is the only time
		// a report may carry.
		timestamp = a.AsOf + "T00:00:00"
	}

	doc := junitSuites{Name: "safeguard"}
	names := make([]string, 0, len(bySafeguard))
	for sg := range bySafeguard {
		names = append(names, sg)
	}
	for _, sg := range orderSafeguards(names) {
		rules := bySafeguard[sg]
		sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
		s := junitSuite{Name: "HIPAA " + sg + " safeguards", Timestamp: timestamp, Properties: props}
		for _, r := range rules {
			c := junitRuleCase(a, r, byRule[r.ID])
			s.add(c)
		}
		doc.add(s)
	}
	ev := junitSuite{Name: "evidence", Timestamp: timestamp, Properties: props}
	ev.add(junitEvidenceCase(a))
	doc.add(ev)
	return doc
}

// orderSafeguards puts safeguard names in the Security Rule's order, then
// any others by name.
func orderSafeguards(present []string) []string {
	has := map[string]bool{}
	for _, sg := range present {
		has[sg] = true
	}
	var out []string
	for _, sg := range safeguardOrder {
		if has[sg] {
			out = append(out, sg)
			delete(has, sg)
		}
	}
	var rest []string
	for sg := range has {
		rest = append(rest, sg)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func (s *junitSuite) add(c junitCase) {
	s.Cases = append(s.Cases, c)
	s.Tests++
	switch {
	case c.Failure != nil:
		s.Failures++
	case c.Error != nil:
		s.Errors++
	case c.Skipped != nil:
		s.Skipped++
	}
}

func (d *junitSuites) add(s junitSuite) {
	d.Suites = append(d.Suites, s)
	d.Tests += s.Tests
	d.Failures += s.Failures
	d.Errors += s.Errors
	d.Skipped += s.Skipped
}

// junitRuleCase is one check's test case.
func junitRuleCase(a *assess.Assessment, r *policies.Rule, findings []assess.Finding) junitCase {
	c := junitCase{Name: xmlSafe(r.ID + " " + r.Title), Classname: xmlSafe(r.Citation)}
	var open, waived []assess.Finding
	for _, f := range findings {
		if f.Open() {
			open = append(open, f)
		} else {
			waived = append(waived, f)
		}
	}
	var out strings.Builder
	for _, f := range waived {
		fmt.Fprintf(&out, "%s: %s (waived until %s by %s: %s)\n", junitPlace(f.Range), oneLine(f.Message),
			oneLine(f.Waiver.Expires), oneLine(f.Waiver.ApprovedBy), oneLine(f.Waiver.Reason))
	}
	c.SystemOut = xmlSafe(out.String())

	switch {
	case len(open) > 0:
		worst := policies.SeverityInvalid
		var body strings.Builder
		for _, f := range open {
			if f.Severity > worst {
				worst = f.Severity
			}
			tag := ""
			if f.New {
				tag = " [new]"
			}
			fmt.Fprintf(&body, "%s: %s%s\n", junitPlace(f.Range), oneLine(f.Message), tag)
		}
		if r.Remediation != "" {
			fmt.Fprintf(&body, "\nRemediation: %s\n", oneLine(r.Remediation))
		}
		c.Failure = &junitOutcome{
			Message: fmt.Sprintf("%d open finding%s", len(open), plural(len(open))),
			Type:    worst.String(),
			Body:    xmlSafe(body.String()),
		}
	case len(waived) > 0:
		c.Skipped = &junitOutcome{Message: fmt.Sprintf("%d waived finding%s", len(waived), plural(len(waived)))}
	default:
		// A check that had nothing to read proves nothing: skipped, not
		// passed.
		var missing []string
		for _, k := range r.Evidence {
			if a.Documents[k] == 0 {
				missing = append(missing, k)
			}
		}
		if len(missing) > 0 {
			c.Skipped = &junitOutcome{Message: xmlSafe("not assessed: no " + strings.Join(missing, ", ") + " evidence")}
		}
	}
	return c
}

// junitEvidenceCase fails with an error when evidence could not be read,
// and lists warnings in its output.
func junitEvidenceCase(a *assess.Assessment) junitCase {
	c := junitCase{Name: "evidence is readable", Classname: "safeguard.evidence"}
	var errs, warns strings.Builder
	nerr := 0
	for _, d := range a.Diagnostics {
		line := fmt.Sprintf("%s: %s %s: %s", junitPlace(d.Subject), d.Code, oneLine(d.Summary), oneLine(d.Detail))
		if d.Severity == diag.Error {
			nerr++
			errs.WriteString(line + "\n")
		} else {
			warns.WriteString(line + "\n")
		}
	}
	if nerr > 0 {
		c.Error = &junitOutcome{Message: fmt.Sprintf("%d evidence error%s", nerr, plural(nerr)), Type: "evidence", Body: xmlSafe(errs.String())}
	}
	c.SystemOut = xmlSafe(warns.String())
	return c
}

// junitPlace is file:line:col, the form editors and CI logs link.
func junitPlace(r diag.Range) string {
	return fmt.Sprintf("%s:%d:%d", oneLine(r.Filename), r.Start.Line, r.Start.Column)
}

// oneLine keeps an evidence value on its line, so it cannot forge a line of
// its own in a list of findings.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// xmlSafe replaces what XML 1.0 cannot hold (most C0 controls, lone
// surrogates, U+FFFE and U+FFFF, invalid UTF-8) with U+FFFD. encoding/xml
// escapes markup, and replaces these too as of today, but a parser rejects
// the whole file over one such character, so this does not rely on it.
func xmlSafe(s string) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if !clean {
			break
		}
		clean = isXMLChar(r)
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		// An invalid byte arrives here as utf8.RuneError, U+FFFD itself.
		if !isXMLChar(r) {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isXMLChar is XML 1.0's Char production.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}
