package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/diag"
	"github.com/safeguard-hipaa/safeguard/pipeline"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/reports"
)

// ReportSpec is one --report FORMAT=PATH.
type ReportSpec struct {
	Format string
	Path   string
}

// ParseReportSpec reads FORMAT=PATH and checks the format.
func ParseReportSpec(s string) (ReportSpec, error) {
	format, p, ok := strings.Cut(s, "=")
	if !ok || format == "" || p == "" {
		return ReportSpec{}, fmt.Errorf("--report %q: want FORMAT=PATH, e.g. sarif=safeguard.sarif", s)
	}
	if _, err := reports.Lookup(format); err != nil {
		return ReportSpec{}, fmt.Errorf("--report %q: %w", s, err)
	}
	return ReportSpec{Format: format, Path: p}, nil
}

// ScanParams are the inputs of `safeguard scan`.
type ScanParams struct {
	Path          string
	AsOf          string
	Profile       string
	ConfigPath    string
	PolicyDirs    []string
	WaiversPath   string
	BaselinePath  string
	Format        string // for Output; default text
	Output        string // "" or "-" for stdout
	Reports       []ReportSpec
	FailOn        string // "" means the config's fail_on, else low
	IncludeWaived bool
	Timeout       time.Duration
	MaxFileSize   int64
	Color         string // auto|always|never
	// GitHubOutput, when set, is a file ($GITHUB_OUTPUT) that counts are
	// appended to as key=value lines.
	GitHubOutput string
	Version      string
	Stdout       io.Writer
	Stderr       io.Writer
}

// Scan runs a scan, writes every report asked for, and returns the exit
// status as an error: nil, ExitFindings, or ExitUntrusted.
func Scan(ctx context.Context, p ScanParams) error {
	if p.Format == "" {
		p.Format = "text"
	}
	format, err := reports.Lookup(p.Format)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	limitMemory(p.Path, os.Getenv)
	prog := newProgress(p.Stderr)
	defer prog.Done()
	res, err := pipeline.Run(ctx, pipeline.Options{
		Path: p.Path, AsOf: p.AsOf, Profile: p.Profile, ConfigPath: p.ConfigPath, PolicyDirs: p.PolicyDirs,
		WaiversPath: p.WaiversPath, BaselinePath: p.BaselinePath, Timeout: p.Timeout, MaxFileSize: p.MaxFileSize,
		Version: p.Version, Progress: prog.Report,
	})
	prog.Report("writing reports", 0, 0)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	a := res.Assessment

	failOn := p.FailOn
	if failOn == "" {
		failOn = res.FailOn
	}
	if failOn == "" {
		failOn = "low"
	}
	min, err := policies.ParseSeverity(failOn)
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("--fail-on: %w", err)}
	}

	opts := reports.Options{IncludeWaived: p.IncludeWaived}
	for _, r := range p.Reports {
		f, _ := reports.Lookup(r.Format)
		if err := writeReport(r.Path, f, a, opts); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: err}
		}
	}
	mainOpts := opts
	if p.Output == "" || p.Output == "-" {
		mainOpts.Color = useColor(p.Color, p.Stdout)
		if err := format.Write(p.Stdout, a, mainOpts); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("write %s report: %w", format.Name, err)}
		}
	} else {
		if err := writeReport(p.Output, format, a, opts); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: err}
		}
		if p.Stderr != nil {
			fmt.Fprintf(p.Stderr, "safeguard: wrote %s report to %s\n", format.Name, p.Output)
		}
	}

	exit := scanExit(a, min)
	if p.GitHubOutput != "" {
		if err := appendGitHubOutput(p.GitHubOutput, a, p.Reports, Code(exit)); err != nil {
			return &ExitError{Code: ExitUntrusted, Err: err}
		}
	}
	return exit
}

// scanExit is the exit status of a finished scan.
func scanExit(a *assess.Assessment, min policies.Severity) error {
	if a.Diagnostics.HasErrors() {
		return &ExitError{Code: ExitUntrusted, Err: fmt.Errorf("%d evidence error%s: the findings above may be incomplete", a.Diagnostics.Count(diag.Error), map[bool]string{true: "", false: "s"}[a.Diagnostics.Count(diag.Error) == 1])}
	}
	if failing := a.Failing(min); len(failing) > 0 {
		return &ExitError{Code: ExitFindings, Err: failingError(failing, min, a)}
	}
	return nil
}

// appendGitHubOutput appends the counts and report paths for a workflow's
// later steps.
func appendGitHubOutput(path string, a *assess.Assessment, specs []ReportSpec, code int) error {
	s := a.Summarize()
	var b strings.Builder
	for _, sev := range policies.SeverityNames() {
		fmt.Fprintf(&b, "%s=%d\n", sev, s.BySeverity[sev])
	}
	fmt.Fprintf(&b, "total=%d\nwaived=%d\nnew=%d\nerrors=%d\ngaps=%d\nexit-code=%d\n", s.Open, s.Waived, s.New, s.Errors, s.Controls[assess.Gap], code)
	for _, r := range specs {
		fmt.Fprintf(&b, "%s=%s\n", r.Format, r.Path)
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("write GitHub outputs: %w", err)
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return fmt.Errorf("write GitHub outputs: %w", err)
	}
	return f.Close()
}

func failingError(failing []assess.Finding, min policies.Severity, a *assess.Assessment) error {
	what := "open"
	if a.Baseline != "" {
		what = "new"
	}
	return fmt.Errorf("%d %s finding%s at or above %s", len(failing), what, map[bool]string{true: "", false: "s"}[len(failing) == 1], min)
}

func writeReport(path string, f reports.Format, a *assess.Assessment, o reports.Options) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("write %s report: %w", f.Name, err)
		}
	}
	out, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s report: %w", f.Name, err)
	}
	if err := f.Write(out, a, o); err != nil {
		out.Close()
		return fmt.Errorf("write %s report to %s: %w", f.Name, path, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("write %s report to %s: %w", f.Name, path, err)
	}
	return nil
}

func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	return IsTerminal(w)
}
