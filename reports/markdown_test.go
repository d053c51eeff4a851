package reports

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
)

func TestMarkdownGolden(t *testing.T) {
	golden(t, "markdown", "fixture.md", render(t, "markdown", Options{}))
}

func TestMarkdownHeadline(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *assess.Assessment)
		want string
	}{
		{"new since baseline", func(a *assess.Assessment) {}, "## ❌ safeguard: 2 new findings\n"},
		{"open without baseline", func(a *assess.Assessment) { a.Baseline = "" }, "## ❌ safeguard: 4 open findings\n"},
		{"nothing open", func(a *assess.Assessment) {
			a.Baseline = ""
			var keep []assess.Finding
			for _, f := range a.Findings {
				if !f.Open() {
					keep = append(keep, f)
				}
			}
			a.Findings = keep
		}, "## ✅ safeguard: no open findings\n"},
		{"evidence error", func(a *assess.Assessment) {
			a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeUnknownField, diag.Range{Filename: "x.yaml"}, "Broken", "%s", "broken"))
		}, "## ⚠️ safeguard: 1 evidence error; the findings may be incomplete\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fixture(t)
			tt.edit(a)
			got := string(buildMarkdown(a, markdownBudget))
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("headline = %q, want %q", strings.SplitN(got, "\n", 2)[0], tt.want)
			}
		})
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain text 1.2", 100, "plain text 1.2"},
		{"a|b", 100, `a\|b`},
		{"<script>&", 100, "&lt;script&gt;&amp;"},
		{"`code` *em* _em_ ~~s~~", 100, "\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~"},
		{"[x](javascript:alert(1)) ![i](u)", 100, `\[x\](javascript:alert(1)) \!\[i\](u)`},
		{"line\nbreak\r\n|", 100, `line break  \|`},
		{"\x1b[31m", 100, `\\x1b\[31m`},
		{"rtl\u202Eoverride", 100, `rtl\\x202eoverride`},
		{"@octocat #1 $x$", 100, "@\u2060octocat \\#1 \\$x\\$"},
		{"back\\slash", 100, `back\\slash`},
		{"abcdef", 3, "abc…"},
		{"ünïcødé 🔒", 100, "ünïcødé 🔒"},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in, tt.max); got != tt.want {
			t.Errorf("markdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// tableCells splits a table row at its unescaped pipes.
func tableCells(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

// checkMarkdownInert checks a written summary for anything an evidence
// value could have injected: raw HTML, a live link, a line break inside a
// row, a row with more or fewer cells than its header.
func checkMarkdownInert(t *testing.T, out string) {
	t.Helper()
	if strings.ContainsAny(out, "<>\x1b\x00") {
		t.Errorf("summary holds raw <, > or a control character")
	}
	for i := 0; i < len(out); i++ {
		if out[i] == '\\' {
			i++
			continue
		}
		if out[i] == '[' || out[i] == ']' {
			t.Errorf("unescaped %q at byte %d: %q", out[i], i, out[max(0, i-40):min(len(out), i+40)])
			break
		}
	}
	cols := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		if cols == 0 {
			cols = tableCells(line)
			continue
		}
		if n := tableCells(line); n != cols || !strings.HasSuffix(line, "|") {
			t.Errorf("row has %d cells, header %d: %q", n, cols, line)
		}
	}
}

func TestMarkdownHostile(t *testing.T) {
	payloads := []string{
		hostile,
		"x |\n| injected | row | here | now | done |\n",
		"<img src=x onerror=alert(1)> <!-- c --> &lt;",
		"[click](https://evil.example) ![img](https://evil.example/x.png) <https://evil.example>",
		"`` ` ``` **bold** __u__ ~~s~~ $$x$$ \\| @team #42",
		"\u202Egnp.exe\u202C \x00\x07\x1b]8;;http://evil\x07",
	}
	for i, p := range payloads {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			a := fixture(t)
			for i := range a.Findings {
				a.Findings[i].Message = p
				a.Findings[i].Range.Filename = p
				if w := a.Findings[i].Waiver; w != nil {
					w.Reason, w.ApprovedBy, w.Expires = p, p, p
				}
			}
			for _, r := range a.Rules {
				r.Title, r.Citation = p, p
			}
			a.Profile, a.Tool.Version = p, p
			a.Diagnostics = append(a.Diagnostics, diag.Warnf(p, diag.Range{Filename: p, Start: diag.Pos{Line: 1}}, p, "%s", p))
			out := string(buildMarkdown(a, markdownBudget))
			checkMarkdownInert(t, out)
			if strings.Contains(p, "@team") && strings.Contains(out, "@team") {
				t.Errorf("an @mention survived")
			}
		})
	}
}

// TestMarkdownCap writes a summary of 100,000 findings: it stays under
// GitHub's 1 MiB step summary limit, and says how many were left out.
func TestMarkdownCap(t *testing.T) {
	a := fixture(t)
	base := a.Findings[0]
	const n = 100_000
	a.Findings = make([]assess.Finding, 0, n)
	for i := range n {
		f := base
		f.Range.Start.Line = i + 1
		f.Message = fmt.Sprintf("Synthetic finding %d: user \"u%06d\" in epic-ehr is a shared login; each person needs a unique user id", i, i)
		f.Fingerprint = fmt.Sprintf("%032x", i)
		a.Findings = append(a.Findings, f)
	}
	var buf bytes.Buffer
	if err := writeMarkdown(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if buf.Len() >= 1<<20 {
		t.Fatalf("summary is %d bytes, want under 1 MiB", buf.Len())
	}
	rows := strings.Count(out, "| Synthetic finding ")
	i := strings.LastIndex(out, "\n**")
	if i < 0 || !strings.Contains(out[i:], "findings and 1 evidence problem were left out**") {
		t.Fatalf("no left-out line; tail:\n%s", out[max(0, len(out)-500):])
	}
	var left int
	if _, err := fmt.Sscanf(out[i+3:], "%d", &left); err != nil {
		t.Fatalf("read the left-out count: %v", err)
	}
	if rows == 0 || rows+left != n {
		t.Errorf("%d rows shown + %d left out = %d, want %d", rows, left, rows+left, n)
	}
	if buf.Len() > markdownBudget+2048 {
		t.Errorf("summary is %d bytes, budget %d", buf.Len(), markdownBudget)
	}
	t.Logf("%d bytes, %d rows, %d left out", buf.Len(), rows, left)
	checkMarkdownInert(t, out)
}

// TestMarkdownBigCell keeps one huge evidence value from taking the budget.
func TestMarkdownBigCell(t *testing.T) {
	a := fixture(t)
	a.Findings[0].Message = strings.Repeat("|<x>", 1<<20)
	out := buildMarkdown(a, markdownBudget)
	if len(out) > 64<<10 {
		t.Errorf("summary is %d bytes for one huge message", len(out))
	}
	checkMarkdownInert(t, string(out))
}
