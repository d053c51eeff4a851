package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/safeguard-hipaa/safeguard/app"
)

func newExplainCmd(stdout io.Writer) *cobra.Command {
	p := app.ExplainParams{Stdout: stdout}
	cmd := &cobra.Command{
		Use:     "explain RULE-ID",
		Short:   "Print a check's citation, rationale and remediation",
		Example: "  safeguard explain SG-EN-001",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p.RuleID = args[0]
			return app.Explain(cmd.Context(), p)
		},
	}
	cmd.Flags().StringArrayVar(&p.PolicyDirs, "policy", nil, "folder of custom Rego policies (repeatable)")
	return cmd
}
