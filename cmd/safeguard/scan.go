package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
	"github.com/safeguard-hipaa/safeguard/policies"
	"github.com/safeguard-hipaa/safeguard/reports"
)

func newScanCmd(version string, stdout, stderr io.Writer) *cobra.Command {
	p := app.ScanParams{Version: version, Stdout: stdout, Stderr: stderr}
	cmd := &cobra.Command{
		Use:   "scan PATH",
		Short: "Scan a folder (or file) of evidence and report the gaps",
		Long: `Scan reads every *.yaml, *.yml and *.hcl file under PATH, checks the
evidence documents in them (apiVersion: safeguard/v1, or the HCL evidence
blocks) against the built-in and --policy checks, and reports each finding at
its file and line.

Exit status: 0 when no open finding is at or above --fail-on; 1 when one is;
2 when the run cannot be trusted (evidence that could not be read, a bad flag,
configuration or policy). Reports are written in every case.

Memory: a scan keeps the Go heap near a soft limit of ten times the
evidence's size, at least 512 MiB (docs/performance.md); set GOMEMLIMIT to
choose another (GOMEMLIMIT=off for none, trading memory for speed).`,
		Example: `  safeguard scan testdata/clinic --as-of 2026-11-01
  safeguard scan evidence/ --format sarif --output safeguard.sarif
  safeguard scan evidence/ --report html=gap-report.html --report json=safeguard.json --fail-on high
  safeguard scan evidence/ --baseline main.json --fail-on medium`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p.Path = args[0]
			return app.Scan(cmd.Context(), p)
		},
	}
	f := cmd.Flags()
	f.StringVar(&p.AsOf, "as-of", "", "assess as of this date, YYYY-MM-DD (default today, UTC)")
	f.Var(newEnumFlag(&p.Format, "text", reports.Names()), "format", "output format: "+strings.Join(reports.Names(), ", "))
	f.StringVarP(&p.Output, "output", "o", "", "write the --format report to this file (default stdout)")
	f.Var(&reportFlag{specs: &p.Reports}, "report", "also write a report, FORMAT=PATH (repeatable)")
	f.Var(newEnumFlag(&p.FailOn, "", policies.SeverityNames()), "fail-on", "exit 1 when an open finding is at or above this severity: "+strings.Join(policies.SeverityNames(), ", ")+" (default low, or fail_on in the config)")
	f.Var(newEnumFlag(&p.Profile, "", policies.ProfileNames()), "profile", "rule profile: "+strings.Join(policies.ProfileNames(), ", ")+" (default hipaa, or profile in the config)")
	f.StringVar(&p.ConfigPath, "config", "", "configuration file (default PATH/.safeguard.yaml when present)")
	f.StringArrayVar(&p.PolicyDirs, "policy", nil, "folder of custom Rego policies (repeatable)")
	f.StringVar(&p.WaiversPath, "waivers", "", "waivers file (a YAML file with a waivers: list)")
	f.StringVar(&p.BaselinePath, "baseline", "", "JSON report of an earlier run; only new findings fail")
	f.BoolVar(&p.IncludeWaived, "include-waived", false, "put waived findings in SARIF as suppressed results")
	f.DurationVar(&p.Timeout, "timeout", 0, "stop the scan after this long, e.g. 2m (default no limit)")
	f.Int64Var(&p.MaxFileSize, "max-file-size", 0, "largest evidence file read, in bytes (default 256 MiB)")
	f.StringVar(&p.GitHubOutput, "github-output", "", "append finding counts and report paths as key=value lines to this file ($GITHUB_OUTPUT)")
	f.Var(newEnumFlag(&p.Color, "auto", []string{"auto", "always", "never"}), "color", "colour the text output: auto, always, never")
	_ = cmd.RegisterFlagCompletionFunc("format", enumCompletion(reports.Names()))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", enumCompletion(policies.SeverityNames()))
	_ = cmd.RegisterFlagCompletionFunc("profile", enumCompletion(policies.ProfileNames()))
	return cmd
}
