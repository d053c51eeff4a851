// Package diag holds the positions and diagnostics every other package speaks:
// a Range in a named file, and a Diagnostic that says what is wrong there.
//
// The shape follows hashicorp/hcl: a Severity whose zero value is invalid (an
// unset severity is a bug), a short Summary, a full-sentence Detail, a tight
// Subject range and a stable machine Code beside the human text.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a file. Line and Column are 1-based; Byte is the
// 0-based offset, or -1 where the reader does not know it.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"-"`
}

// Range is a span of a file. Filename is relative to the scanned root and uses
// '/' separators. End is exclusive and may equal Start where only a point is
// known.
type Range struct {
	Filename string `json:"file"`
	Start    Pos    `json:"start"`
	End      Pos    `json:"end"`
}

// String renders the range as file:line:column, the form terminals and
// editors turn into links.
func (r Range) String() string {
	if r.Start.Line == 0 {
		return r.Filename
	}
	if r.Start.Column == 0 {
		return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
	}
	return fmt.Sprintf("%s:%d:%d", r.Filename, r.Start.Line, r.Start.Column)
}

// Less orders ranges by file, then line, then column.
func (r Range) Less(o Range) bool {
	if r.Filename != o.Filename {
		return r.Filename < o.Filename
	}
	if r.Start.Line != o.Start.Line {
		return r.Start.Line < o.Start.Line
	}
	return r.Start.Column < o.Start.Column
}

// Severity says how bad a diagnostic is. The zero value is invalid on purpose.
type Severity int

const (
	// Invalid is the zero value; a diagnostic with it was built by mistake.
	Invalid Severity = iota
	// Error means the evidence at the subject could not be read as written;
	// the run cannot be trusted and exits 2.
	Error
	// Warning means the evidence was read but something looks wrong, such as
	// an unknown field.
	Warning
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "invalid"
	}
}

// MarshalText writes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic is one problem with the input, at a place.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	// Code is stable across releases (see docs/errors.md), e.g. "SG1003".
	Code    string `json:"code"`
	Summary string `json:"summary"`
	Detail  string `json:"detail,omitempty"`
	Subject Range  `json:"range"`
}

func (d Diagnostic) Error() string {
	msg := fmt.Sprintf("%s: %s: %s", d.Subject, d.Severity, d.Summary)
	if d.Detail != "" {
		msg += "; " + d.Detail
	}
	return msg
}

// Diagnostics is a list of diagnostics. It implements error so a reader can
// return it as one value.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns how many diagnostics have the severity.
func (ds Diagnostics) Count(s Severity) int {
	n := 0
	for _, d := range ds {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders diagnostics by position, then code and summary, so output does
// not depend on the order files were read in.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Subject != b.Subject {
			return a.Subject.Less(b.Subject)
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Summary < b.Summary
	})
}

// Errorf builds an error diagnostic.
func Errorf(code string, at Range, summary, detailFormat string, args ...any) Diagnostic {
	return Diagnostic{Severity: Error, Code: code, Summary: summary, Detail: fmt.Sprintf(detailFormat, args...), Subject: at}
}

// Warnf builds a warning diagnostic.
func Warnf(code string, at Range, summary, detailFormat string, args ...any) Diagnostic {
	return Diagnostic{Severity: Warning, Code: code, Summary: summary, Detail: fmt.Sprintf(detailFormat, args...), Subject: at}
}
