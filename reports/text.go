package reports

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

var severityColor = map[policies.Severity]string{
	policies.Critical: "\x1b[1;35m",
	policies.High:     "\x1b[1;31m",
	policies.Medium:   "\x1b[33m",
	policies.Low:      "\x1b[36m",
	policies.Info:     "\x1b[2m",
}

// Terminal cleans a string from the evidence for a terminal: control
// characters (ANSI escapes among them, C1 controls such as the 8-bit CSI
// included) and the invisible characters that reorder or break lines
// (bidirectional overrides, U+2028 and U+2029) are shown escaped, never
// obeyed.
func Terminal(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// unsafeRune is a rune a terminal could obey or that hides text.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) ||
		unicode.In(r, unicode.Zl, unicode.Zp) || r == utf8.RuneError
}

// lineStart keeps a file name that starts a line from reading as a GitHub
// Actions workflow command (the runner obeys "::" after leading spaces), for
// the text report is what the Action prints to its log.
func lineStart(s string) string {
	if strings.HasPrefix(s, "::") {
		return `\x3a` + s[1:]
	}
	return s
}

type textWriter struct {
	w     *bufio.Writer
	color bool
}

func (t *textWriter) paint(code, s string) string {
	if !t.color || code == "" {
		return s
	}
	return code + s + ansiReset
}

func writeText(w io.Writer, a *assess.Assessment, o Options) error {
	t := &textWriter{w: bufio.NewWriter(w), color: o.Color}
	byFile := map[string][]assess.Finding{}
	for _, f := range a.Findings {
		byFile[f.Range.Filename] = append(byFile[f.Range.Filename], f)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		fmt.Fprintln(t.w, t.paint(ansiBold, lineStart(Terminal(file))))
		for _, f := range byFile[file] {
			sev := fmt.Sprintf("%-8s", f.Severity)
			tag := ""
			if f.Waiver != nil {
				sev = fmt.Sprintf("%-8s", "waived")
				tag = fmt.Sprintf(" (waived until %s: %s)", f.Waiver.Expires, Terminal(f.Waiver.Reason))
			} else if f.New {
				tag = " (new)"
			}
			color := severityColor[f.Severity]
			if f.Waiver != nil {
				color = ansiDim
			}
			fmt.Fprintf(t.w, "  %s:%d:%d  %s %s  %s%s  %s\n",
				lineStart(Terminal(file)), f.Range.Start.Line, f.Range.Start.Column,
				t.paint(color, sev), Terminal(f.RuleID), Terminal(f.Message), tag,
				t.paint(ansiDim, "["+Terminal(f.Rule.Citation+" "+f.Rule.Spec)+"]"))
		}
		fmt.Fprintln(t.w)
	}
	if len(a.Diagnostics) > 0 {
		fmt.Fprintln(t.w, t.paint(ansiBold, "Evidence problems"))
		for _, d := range a.Diagnostics {
			color := severityColor[policies.Medium]
			if d.Severity == diag.Error {
				color = severityColor[policies.High]
			}
			fmt.Fprintf(t.w, "  %s  %s %s  %s", lineStart(Terminal(d.Subject.String())), t.paint(color, fmt.Sprintf("%-7s", d.Severity)), d.Code, Terminal(d.Summary))
			if d.Detail != "" {
				fmt.Fprintf(t.w, ": %s", Terminal(d.Detail))
			}
			fmt.Fprintln(t.w)
		}
		fmt.Fprintln(t.w)
	}
	s := a.Summarize()
	fmt.Fprintln(t.w, summaryLine(a, s))
	return t.w.Flush()
}

// summaryLine is the one line a person reads first.
func summaryLine(a *assess.Assessment, s assess.Summary) string {
	var sev []string
	for _, name := range []string{"critical", "high", "medium", "low", "info"} {
		if n := s.BySeverity[name]; n > 0 {
			sev = append(sev, fmt.Sprintf("%d %s", n, name))
		}
	}
	open := fmt.Sprintf("%d open finding%s", s.Open, plural(s.Open))
	if len(sev) > 0 {
		open += " (" + strings.Join(sev, ", ") + ")"
	}
	parts := []string{open}
	if s.Waived > 0 {
		parts = append(parts, fmt.Sprintf("%d waived", s.Waived))
	}
	if a.Baseline != "" {
		parts = append(parts, fmt.Sprintf("%d new since baseline, %d fixed", s.New, a.Fixed))
	}
	parts = append(parts, fmt.Sprintf("controls: %d satisfied, %d with gaps (%d required, %d addressable), %d waived, %d not assessed, %d manual",
		s.Controls[assess.Satisfied], s.Controls[assess.Gap], s.RequiredGaps, s.AddressableGaps, s.Controls[assess.Waived], s.Controls[assess.NotAssessed], s.Controls[assess.Manual]))
	parts = append(parts, fmt.Sprintf("%d document%s in %d file%s (%d skipped)", s.Documents, plural(s.Documents), s.Files, plural(s.Files), s.Skipped))
	parts = append(parts, fmt.Sprintf("%d error%s, %d warning%s", s.Errors, plural(s.Errors), s.Warnings, plural(s.Warnings)))
	return fmt.Sprintf("%s. As of %s, profile %s, %d checks.", strings.Join(parts, "; "), a.AsOf, a.Profile, s.Rules)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
