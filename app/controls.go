package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/safeguard-hipaa/safeguard/assess"
	"github.com/safeguard-hipaa/safeguard/pipeline"
)

// ControlsParams are the inputs of `safeguard controls`.
type ControlsParams struct {
	Path       string // evidence to assess; empty lists the matrix with no evidence
	AsOf       string
	Profile    string
	ConfigPath string
	PolicyDirs []string
	Format     string // table|json
	Version    string
	Stdout     io.Writer
}

// ControlRow is one line of `safeguard controls --format json`.
type ControlRow struct {
	Citation      string   `json:"citation"`
	Title         string   `json:"title"`
	Level         string   `json:"level"`
	Safeguard     string   `json:"safeguard"`
	Specification string   `json:"specification"`
	Status        string   `json:"status"`
	Checks        []string `json:"checks"`
	Findings      int      `json:"findings"`
	// NoCheck says why no check can decide a manual entry.
	NoCheck string `json:"no_check,omitempty"`
}

// Controls prints the status of every standard and implementation
// specification. With no evidence path it assesses an empty folder, so
// every entry with checks reads not_assessed and the rest manual.
func Controls(ctx context.Context, p ControlsParams) error {
	path := p.Path
	if path == "" {
		dir, cleanup, err := emptyDir()
		if err != nil {
			return &ExitError{Code: ExitUntrusted, Err: err}
		}
		defer cleanup()
		path = dir
	}
	limitMemory(path, os.Getenv)
	res, err := pipeline.Run(ctx, pipeline.Options{Path: path, AsOf: p.AsOf, Profile: p.Profile, ConfigPath: p.ConfigPath, PolicyDirs: p.PolicyDirs, Version: p.Version})
	if err != nil {
		return &ExitError{Code: ExitUntrusted, Err: err}
	}
	rows := make([]ControlRow, 0, len(res.Assessment.Controls))
	for _, c := range res.Assessment.Controls {
		checks := c.Rules
		if checks == nil {
			checks = []string{}
		}
		rows = append(rows, ControlRow{Citation: c.Citation, Title: c.Title, Level: c.Level, Safeguard: c.Safeguard, Specification: c.Spec, Status: string(c.Status), Checks: checks, Findings: c.Findings, NoCheck: noCheck(c)})
	}
	if p.Format == "json" {
		enc := json.NewEncoder(p.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(p.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CITATION\tTITLE\tSAFEGUARD\tR/A\tSTATUS\tCHECKS")
	counts := map[string]int{}
	automated := 0
	for _, r := range rows {
		title := r.Title
		if r.Level == "implementation" {
			title = "  " + title
		}
		ra := "R"
		if r.Specification == "addressable" {
			ra = "A"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Citation, title, r.Safeguard, ra, r.Status, strings.Join(r.Checks, " "))
		counts[r.Status]++
		if len(r.Checks) > 0 {
			automated++
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var parts []string
	for _, st := range assess.Statuses {
		parts = append(parts, fmt.Sprintf("%d %s", counts[string(st)], strings.ReplaceAll(string(st), "_", " ")))
	}
	fmt.Fprintf(p.Stdout, "\n%d entries, %d with automated checks: %s.\n", len(rows), automated, strings.Join(parts, ", "))
	if manual := len(rows) - automated; manual > 0 {
		fmt.Fprintf(p.Stdout, "\nNo check can decide these %d; an auditor asks for the record:\n", manual)
		for _, r := range rows {
			if len(r.Checks) == 0 {
				fmt.Fprintf(p.Stdout, "  %s %s: %s\n", r.Citation, r.Title, r.NoCheck)
			}
		}
	}
	return nil
}

// noCheck is the reason a control without checks is manual: the catalog's,
// or, for an entry whose checks the profile leaves out, that.
func noCheck(c assess.Control) string {
	if len(c.Rules) > 0 {
		return ""
	}
	if c.NoCheck != "" {
		return c.NoCheck
	}
	return "No check of this profile reads it."
}
