package reports

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

const (
	// markdownBudget is where the summary stops listing rows. GitHub
	// refuses a step summary over 1 MiB (and a comment over 64 Ki
	// characters; post a long summary as a file instead); what follows the
	// budget, the line that counts the rows left out, fits in the rest.
	markdownBudget = 900 << 10
	// markdownMaxMessage and markdownMaxName cap one cell, so one huge
	// evidence value cannot take the whole budget.
	markdownMaxMessage = 1000
	markdownMaxName    = 300
)

// writeMarkdown writes the summary for $GITHUB_STEP_SUMMARY and pull
// request comments: a headline, open findings by severity, control status
// by safeguard, then the findings, most severe first, until the budget.
func writeMarkdown(w io.Writer, a *assess.Assessment, _ Options) error {
	if _, err := w.Write(buildMarkdown(a, markdownBudget)); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// buildMarkdown renders the summary, listing rows while the output stays
// within budget bytes.
func buildMarkdown(a *assess.Assessment, budget int) []byte {
	var b bytes.Buffer
	s := a.Summarize()
	markdownHeadline(&b, a, s)

	b.WriteString("\n| Severity | Open |\n|:--|--:|\n")
	for _, sev := range []policies.Severity{policies.Critical, policies.High, policies.Medium, policies.Low, policies.Info} {
		fmt.Fprintf(&b, "| %s | %d |\n", titleCase(sev.String()), s.BySeverity[sev.String()])
	}

	markdownControls(&b, a, s)

	// Rows, most severe first: open findings by severity, then waived ones,
	// then evidence problems. All of them count towards the budget.
	type section struct {
		title string
		rows  []string
	}
	var sections []section
	for _, sev := range []policies.Severity{policies.Critical, policies.High, policies.Medium, policies.Low, policies.Info} {
		var rows []string
		for _, f := range a.Findings {
			if f.Open() && f.Severity == sev {
				rows = append(rows, markdownFindingRow(f, ""))
			}
		}
		if len(rows) > 0 {
			sections = append(sections, section{fmt.Sprintf("%s (%d)", titleCase(sev.String()), len(rows)), rows})
		}
	}
	var waived []string
	for _, f := range a.Findings {
		if !f.Open() {
			note := fmt.Sprintf(" (waived until %s by %s: %s)", markdownText(f.Waiver.Expires, markdownMaxName),
				markdownText(f.Waiver.ApprovedBy, markdownMaxName), markdownText(f.Waiver.Reason, markdownMaxMessage))
			waived = append(waived, markdownFindingRow(f, note))
		}
	}
	if len(waived) > 0 {
		sections = append(sections, section{fmt.Sprintf("Waived (%d)", len(waived)), waived})
	}
	const findingHeader = "| Severity | Rule | Citation | File:line | Message |\n|:--|:--|:--|:--|:--|\n"

	var diags []string
	for _, d := range a.Diagnostics {
		diags = append(diags, markdownDiagRow(d))
	}
	const diagHeader = "| Severity | Code | File:line | Problem |\n|:--|:--|:--|:--|\n"

	leftFindings, leftDiags := 0, 0
	cut := false
	if len(sections) > 0 {
		b.WriteString("\n### Findings\n")
	}
	for _, sec := range sections {
		for i, row := range sec.rows {
			add := row
			if i == 0 {
				add = "\n#### " + sec.title + "\n\n" + findingHeader + row
			}
			if cut || b.Len()+len(add) > budget {
				cut = true
				leftFindings++
				continue
			}
			b.WriteString(add)
		}
	}
	for i, row := range diags {
		add := row
		if i == 0 {
			add = "\n### Evidence problems\n\n" + diagHeader + row
		}
		if cut || b.Len()+len(add) > budget {
			cut = true
			leftDiags++
			continue
		}
		b.WriteString(add)
	}
	if cut {
		var parts []string
		if leftFindings > 0 {
			parts = append(parts, fmt.Sprintf("%d finding%s", leftFindings, plural(leftFindings)))
		}
		if leftDiags > 0 {
			parts = append(parts, fmt.Sprintf("%d evidence problem%s", leftDiags, plural(leftDiags)))
		}
		verb := "were"
		if leftFindings+leftDiags == 1 {
			verb = "was"
		}
		fmt.Fprintf(&b, "\n**%s %s left out** to keep this summary under GitHub's 1 MiB limit. "+
			"The SARIF, HTML and JSON reports list every one (`safeguard scan --report sarif=safeguard.sarif --report html=safeguard-report.html`).\n",
			strings.Join(parts, " and "), verb)
	}
	return b.Bytes()
}

// markdownHeadline is the line a reviewer reads first: pass or fail, by
// the assessment's failing findings (open ones, or new ones against a
// baseline), and untrusted when evidence could not be read.
func markdownHeadline(b *bytes.Buffer, a *assess.Assessment, s assess.Summary) {
	// The writer does not know --fail-on, so every open finding counts
	// here; the exit status applies the threshold.
	failing := len(a.Failing(policies.Info))
	what := "open"
	if a.Baseline != "" {
		what = "new"
	}
	switch {
	case s.Errors > 0:
		fmt.Fprintf(b, "## ⚠️ safeguard: %d evidence error%s; the findings may be incomplete\n", s.Errors, plural(s.Errors))
	case failing > 0:
		fmt.Fprintf(b, "## ❌ safeguard: %d %s finding%s\n", failing, what, plural(failing))
	default:
		fmt.Fprintf(b, "## ✅ safeguard: no %s findings\n", what)
	}
	fmt.Fprintf(b, "\nAs of %s, profile %s: %d check%s over %d document%s in %d file%s (%d other document%s skipped). %d open, %d waived",
		markdownText(a.AsOf, markdownMaxName), markdownText(a.Profile, markdownMaxName), s.Rules, plural(s.Rules),
		s.Documents, plural(s.Documents), s.Files, plural(s.Files), s.Skipped, plural(s.Skipped), s.Open, s.Waived)
	if a.Baseline != "" {
		fmt.Fprintf(b, "; %d open finding%s new since the baseline, %d fixed", failing, plural(failing), a.Fixed)
	}
	fmt.Fprintf(b, "; %d evidence error%s, %d warning%s. safeguard %s.\n",
		s.Errors, plural(s.Errors), s.Warnings, plural(s.Warnings), markdownText(a.Tool.Version, markdownMaxName))
}

// markdownControls is the status of the Security Rule's standards and
// implementation specifications, counted by safeguard.
func markdownControls(b *bytes.Buffer, a *assess.Assessment, s assess.Summary) {
	counts := map[string]map[assess.Status]int{}
	var names []string
	for _, c := range a.Controls {
		if counts[c.Safeguard] == nil {
			counts[c.Safeguard] = map[assess.Status]int{}
			names = append(names, c.Safeguard)
		}
		counts[c.Safeguard][c.Status]++
	}
	b.WriteString("\n### Controls\n\n| Safeguard |")
	for _, st := range assess.Statuses {
		fmt.Fprintf(b, " %s |", statusLabel(st))
	}
	b.WriteString(" Total |\n|:--|")
	for range assess.Statuses {
		b.WriteString("--:|")
	}
	b.WriteString("--:|\n")
	total := 0
	for _, sg := range orderSafeguards(names) {
		fmt.Fprintf(b, "| %s |", markdownText(titleCase(sg), markdownMaxName))
		n := 0
		for _, st := range assess.Statuses {
			fmt.Fprintf(b, " %d |", counts[sg][st])
			n += counts[sg][st]
		}
		fmt.Fprintf(b, " %d |\n", n)
		total += n
	}
	b.WriteString("| **Total** |")
	for _, st := range assess.Statuses {
		fmt.Fprintf(b, " **%d** |", s.Controls[st])
	}
	fmt.Fprintf(b, " **%d** |\n", total)
	if s.RequiredGaps+s.AddressableGaps > 0 {
		fmt.Fprintf(b, "\nControls with gaps: %d Required, %d Addressable.\n", s.RequiredGaps, s.AddressableGaps)
	}
}

func statusLabel(s assess.Status) string {
	switch s {
	case assess.NotAssessed:
		return "Not assessed"
	default:
		return titleCase(string(s))
	}
}

func markdownFindingRow(f assess.Finding, note string) string {
	sev := f.Severity.String()
	if f.New {
		sev += ", new"
	}
	title := f.RuleID
	citation := ""
	if f.Rule != nil {
		title += " " + f.Rule.Title
		citation = f.Rule.Citation
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s%s |\n", sev,
		markdownText(title, markdownMaxName), markdownText(citation, markdownMaxName),
		markdownText(markdownPlace(f.Range), markdownMaxName), markdownText(f.Message, markdownMaxMessage), note)
}

func markdownDiagRow(d diag.Diagnostic) string {
	msg := d.Summary
	if d.Detail != "" {
		msg += ": " + d.Detail
	}
	return fmt.Sprintf("| %s | %s | %s | %s |\n", d.Severity, markdownText(d.Code, markdownMaxName),
		markdownText(markdownPlace(d.Subject), markdownMaxName), markdownText(msg, markdownMaxMessage))
}

func markdownPlace(r diag.Range) string {
	if r.Start.Line <= 0 {
		return r.Filename
	}
	return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
}

// markdownText makes an evidence value inert in a GitHub Markdown table
// cell, cut to max runes: HTML is escaped as entities, the characters that
// start Markdown syntax (emphasis, code, links, tables, strikethrough, math)
// are backslash-escaped, line breaks become spaces so a value cannot end
// its row, controls and bidi overrides are shown as \xNN, and @ is kept
// from mentioning anyone.
func markdownText(s string, max int) string {
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '@':
			// GitHub links @name in comments and notifies the person; a
			// word joiner after @ breaks the mention and shows nothing.
			b.WriteString("@\u2060")
		case '\r', '\n', '\t':
			b.WriteByte(' ')
		default:
			if unicode.IsControl(r) || isBidi(r) {
				fmt.Fprintf(&b, "\\\\x%02x", r)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isBidi reports the Unicode bidirectional controls, which can make text
// read differently from what it is.
func isBidi(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
