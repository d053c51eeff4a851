// Package reports writes an assessment in each output format. Every writer
// is a function of the assessment alone: nothing here reopens evidence or
// re-evaluates a policy, and map-built output is sorted, so the same
// assessment gives the same bytes.
package reports

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/safeguard-hipaa/safeguard/assess"
)

// Options tune writers that have choices.
type Options struct {
	// Color turns on ANSI colour in the text format.
	Color bool
	// IncludeWaived puts waived findings in SARIF as suppressed results
	// (GitHub ignores suppressions, so they are left out by default).
	IncludeWaived bool
}

// Writer writes one format.
type Writer func(w io.Writer, a *assess.Assessment, o Options) error

// Format is a named writer.
type Format struct {
	Name        string
	Description string
	Write       Writer
}

// All lists every format, sorted by name.
func All() []Format {
	return []Format{
		{Name: "csv", Description: "risk register rows for a spreadsheet", Write: writeCSV},
		{Name: "github", Description: "GitHub Actions annotations (workflow commands), capped per level", Write: writeGitHub},
		{Name: "html", Description: "single-file gap report over the whole Security Rule matrix", Write: writeHTML},
		{Name: "json", Description: "every finding, control and diagnostic (versioned schema)", Write: writeJSON},
		{Name: "junit", Description: "JUnit XML, a test case per check", Write: writeJUnit},
		{Name: "markdown", Description: "summary for $GITHUB_STEP_SUMMARY and pull request comments", Write: writeMarkdown},
		{Name: "oscal", Description: "OSCAL 1.1 assessment results (JSON)", Write: writeOSCAL},
		{Name: "sarif", Description: "SARIF 2.1.0 for GitHub code scanning", Write: writeSARIF},
		{Name: "text", Description: "findings grouped by file, for a terminal", Write: writeText},
	}
}

// Lookup returns the format with the name.
func Lookup(name string) (Format, error) {
	for _, f := range All() {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// Names lists the format names, sorted.
func Names() []string {
	var out []string
	for _, f := range All() {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return out
}
