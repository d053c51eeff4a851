package reports

import (
	"strings"
	"testing"

	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/policies"
)

// The notice that counts the annotations left out is a notice itself, so
// with more notices than GitHub shows it must still be among the ten.
func TestGitHubCountNoticeIsShownWithManyNotices(t *testing.T) {
	a := fixture(t)
	low := a.Findings[0]
	low.Waiver, low.Severity = nil, policies.Low
	a.Findings, a.Diagnostics = nil, nil
	for i := 0; i < 25; i++ {
		low.Range.Start.Line = i + 1
		a.Findings = append(a.Findings, low)
	}
	for i := 0; i < 12; i++ {
		a.Diagnostics = append(a.Diagnostics, diag.Errorf(diag.CodeType, diag.Range{Filename: "x.yaml", Start: diag.Pos{Line: i + 1, Column: 1}}, "Wrong type", "bad"))
	}
	f, _ := Lookup("github")
	var b strings.Builder
	if err := f.Write(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "::notice "); n > AnnotationCap {
		t.Errorf("%d notices; GitHub drops those past %d, and the count is the last", n, AnnotationCap)
	}
	if !strings.Contains(out, "::notice title=safeguard::2 more errors, 16 more notices") {
		t.Errorf("no count of the annotations left out:\n%s", out)
	}
}

// Annotations name files by their path in the checkout: the scanned
// folder, then the path within it.
func TestGitHubPathsAreInTheCheckout(t *testing.T) {
	tests := []struct{ root, file, want string }{
		{"evidence", "access/a.yaml", "file=evidence/access/a.yaml,"},
		{"./evidence/", "a.yaml", "file=evidence/a.yaml,"},
		{".", "a.yaml", "file=a.yaml,"},
		// A scanned file's root is its folder (scanners.TestScanOneFileRoot).
		{"evidence", "a.yaml", "file=evidence/a.yaml,"},
		{"evidence", "../waivers.yaml", "file=waivers.yaml,"},
	}
	for _, tt := range tests {
		a := fixture(t)
		a.Findings, a.Root = nil, tt.root
		a.Diagnostics = diag.Diagnostics{diag.Errorf(diag.CodeType, diag.Range{Filename: tt.file, Start: diag.Pos{Line: 3, Column: 1}}, "Wrong type", "bad")}
		f, _ := Lookup("github")
		var b strings.Builder
		if err := f.Write(&b, a, Options{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("root %q, file %q: want %q in %q", tt.root, tt.file, tt.want, b.String())
		}
	}
}
