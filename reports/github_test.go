package reports

import (
	"regexp"
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
)

// command is one workflow command as the GitHub runner reads it: the
// properties hold no raw ':' or ',' and the data no line break.
var command = regexp.MustCompile(`^::(error|warning|notice) (file=([^:,]*),line=[1-9][0-9]*,col=[1-9][0-9]*,)?title=([^:,]*)::(.*)$`)

// TestGitHubEscapesEvidence writes annotations for hostile evidence: values
// that try to end the command (newlines, "::"), start another ("::error",
// "::add-mask::", "::stop-commands::"), smuggle an escaped newline ("%0A")
// or split a property (":" and "," in a file name or title). Every line of
// the output must be one of the writer's own commands.
func TestGitHubEscapesEvidence(t *testing.T) {
	a := fixture(t)
	evil := hostileTerminal + "\n::error file=a.yaml,line=1::injected\r\n::add-mask::x %0A::stop-commands::tok %25"
	for i := range a.Findings {
		a.Findings[i].Message += evil
	}
	a.Findings[0].Range.Filename = "dir,line=9::x/\nevil:1.yaml"
	a.Findings[1].Rule.Title = "title::with,commas\n::error::x"
	a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeType, diag.Range{Filename: "d::,.yaml", Start: diag.Pos{Line: 2, Column: 3}}, "Wrong type", "%s", evil))
	f, _ := Lookup("github")
	var b strings.Builder
	if err := f.Write(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end a line: %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	open := 0
	for _, f := range a.Findings {
		if f.Waiver == nil {
			open++
		}
	}
	if want := open + len(a.Diagnostics); len(lines) != want {
		t.Errorf("%d lines, want %d annotations:\n%s", len(lines), want, out)
	}
	for _, line := range lines {
		m := command.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not one well-formed command: %q", line)
			continue
		}
		data := m[5]
		for _, bad := range []string{"\r", "\x1b", "%0A", "%0D"} {
			if strings.Contains(data, bad) {
				t.Errorf("the message holds %q unescaped: %q", bad, line)
			}
		}
		if strings.Contains(line, "injected") && !strings.Contains(data, "%250A") {
			t.Errorf("a literal %%0A in evidence is not escaped to %%250A: %q", line)
		}
	}
	for _, want := range []string{"file=testdata/fixture/dir%2Cline=9%3A%3Ax/\\x0aevil%3A1.yaml,", "title=SG-BA-001 title%3A%3Awith%2Ccommas\\x0a%3A%3Aerror%3A%3Ax", "file=testdata/fixture/d%3A%3A%2C.yaml,line=2,col=3"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestGitHubCapsAnnotations: at most AnnotationCap of a level, and one
// notice counts the rest.
func TestGitHubCapsAnnotations(t *testing.T) {
	a := fixture(t)
	for i := 0; i < 25; i++ {
		a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeType, diag.Range{Filename: "x.yaml", Start: diag.Pos{Line: i + 1, Column: 1}}, "Wrong type", "bad"))
	}
	f, _ := Lookup("github")
	var b strings.Builder
	if err := f.Write(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "::error "); n != AnnotationCap {
		t.Errorf("%d error annotations, want %d", n, AnnotationCap)
	}
	if !strings.Contains(b.String(), "more errors not shown") {
		t.Errorf("no notice for the errors left out:\n%s", b.String())
	}
}
