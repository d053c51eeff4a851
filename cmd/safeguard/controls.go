package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
	"github.com/safeguard-hipaa/safeguard/policies"
)

func newControlsCmd(version string, stdout io.Writer) *cobra.Command {
	p := app.ControlsParams{Version: version, Stdout: stdout}
	cmd := &cobra.Command{
		Use:   "controls [PATH]",
		Short: "Show every standard and implementation specification and its status",
		Long: `Controls lists the Security Rule matrix (45 CFR 164.308-164.316): each
standard and implementation specification, Required or Addressable, with the
checks that assess it and its status for the evidence at PATH: satisfied,
gap, waived, not_assessed (no evidence of the kind its checks read) or manual
(no check can decide it). Without PATH it shows the matrix and its checks.`,
		Example: `  safeguard controls
  safeguard controls testdata/clinic --as-of 2026-11-01 --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				p.Path = args[0]
			}
			return app.Controls(cmd.Context(), p)
		},
	}
	f := cmd.Flags()
	f.StringVar(&p.AsOf, "as-of", "", "assess as of this date, YYYY-MM-DD (default today, UTC)")
	f.Var(newEnumFlag(&p.Format, "table", []string{"table", "json"}), "format", "output format: table, json")
	f.Var(newEnumFlag(&p.Profile, "", policies.ProfileNames()), "profile", "rule profile: "+strings.Join(policies.ProfileNames(), ", "))
	f.StringVar(&p.ConfigPath, "config", "", "configuration file (default PATH/.safeguard.yaml when present)")
	f.StringArrayVar(&p.PolicyDirs, "policy", nil, "folder of custom Rego policies (repeatable)")
	return cmd
}
