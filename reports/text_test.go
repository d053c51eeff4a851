package reports

import (
	"strings"
	"testing"
	"unicode"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// hostileTerminal adds to the shared hostile string what only a terminal
// obeys: an OSC title and hyperlink, the 8-bit CSI, a carriage return that
// would overwrite the line, a bidi override and a line separator.
const hostileTerminal = hostile + " \x1b]0;owned\x07 \x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\ \u009b31m \rOVERWRITE \u202eevil\u202c \u2028next"

func TestTerminal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ünïcødé 🔒 <b>[x](y)</b>", "plain ünïcødé 🔒 <b>[x](y)</b>"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"a\rb\nc\td", `a\x0db\x0ac\x09d`},
		{"\u009b2J", `\x9b2J`},
		{"\x7f", `\x7f`},
		{"\u202egnp.exe", `\u202egnp.exe`},
		{"line\u2028sep", `line\u2028sep`},
	}
	for _, tt := range tests {
		if got := Terminal(tt.in); got != tt.want {
			t.Errorf("Terminal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextEscapesEvidence renders the text report, with and without colour,
// of an assessment whose messages, document names, diagnostics and waiver
// reason carry hostile evidence: the only escape sequences in the output
// are the writer's own colours, and each finding stays on one line.
func TestTextEscapesEvidence(t *testing.T) {
	for _, color := range []bool{false, true} {
		a := fixture(t)
		for i := range a.Findings {
			a.Findings[i].Message += " " + hostileTerminal
			if a.Findings[i].Waiver != nil {
				a.Findings[i].Waiver.Reason += hostileTerminal
			}
		}
		a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeType, diag.Range{Filename: "evil\x1b[2J.yaml", Start: diag.Pos{Line: 3, Column: 1}}, "Wrong type", "%s", hostileTerminal))
		f, _ := Lookup("text")
		var b strings.Builder
		if err := f.Write(&b, a, Options{Color: color}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		// Take out the writer's own colours; nothing else may remain.
		plain := out
		for _, c := range append([]string{ansiReset, ansiBold, ansiDim}, colorValues()...) {
			plain = strings.ReplaceAll(plain, c, "")
		}
		for _, r := range plain {
			if (unicode.IsControl(r) && r != '\n') || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' {
				t.Fatalf("color=%v: the text report holds %U from the evidence:\n%q", color, r, out)
			}
		}
		if !color && out != plain {
			t.Errorf("colour codes without --color")
		}
		for _, want := range []string{`\x1b[31mred`, `\x1b]0;owned\x07`, `\x9b31m`, `\x0dOVERWRITE`, `\u202eevil`, `evil\x1b[2J.yaml:3:1`, "<script>alert(1)</script>", "::error file=x::pwned"} {
			if !strings.Contains(out, want) {
				t.Errorf("color=%v: the report does not show %q as text", color, want)
			}
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "OVERWRITE") && !strings.Contains(line, ":") {
				t.Errorf("a hostile value broke a finding over lines: %q", line)
			}
		}
	}
}

func colorValues() []string {
	var out []string
	for _, c := range severityColor {
		out = append(out, c)
	}
	return out
}

// TestTextFileNamesAreNotWorkflowCommands: the Action prints the text report
// to its log, where the runner obeys a line that starts with "::" (after
// spaces); a hostile file name must not start one.
func TestTextFileNamesAreNotWorkflowCommands(t *testing.T) {
	a := fixture(t)
	a.Findings[0].Range.Filename = "::error file=x::pwned.yaml"
	a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeType, diag.Range{Filename: "::warning::x.yaml", Start: diag.Pos{Line: 1, Column: 1}}, "Wrong type", "x"))
	f, _ := Lookup("text")
	var b strings.Builder
	if err := f.Write(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "::") {
			t.Errorf("a line reads as a workflow command: %q", line)
		}
	}
	if !strings.Contains(b.String(), `\x3a:error file=x::pwned.yaml`) {
		t.Errorf("the hostile file name is not shown:\n%s", b.String())
	}
}
